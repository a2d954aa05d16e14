import { z } from 'zod';
import { AppError, FieldError } from '../errors';

// The one shape every form's action returns to useActionState: errors next to their fields, a
// message for the whole form, and what was typed, so that nothing is lost on an error.
export type FormState<Field extends string> = {
  errors?: Partial<Record<Field, string[]>>;
  message?: string;
  /** Whether the last submission succeeded (the message then reports it rather than a problem). */
  ok?: boolean;
  /** What was typed, to put back in the fields. Passwords are never sent back. */
  values?: Partial<Record<Field, string>>;
};

/** The submitted text of `fields`: what a form gets back to show again. */
export function submittedValues<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** The field errors of a failed parse, keyed by field. */
export function fieldErrors<Field extends string>(error: z.ZodError): Partial<Record<Field, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<Field, string[]>>;
}

/**
 * An expected failure from the DAL (signed out, forbidden, conflict) as a form message, next to its
 * field when it names one; anything else is rethrown to reach the error page. An action is a public
 * POST endpoint: a forged request gets the DAL's refusal here.
 */
export function formStateFromError<Field extends string>(
  error: unknown,
  values: Partial<Record<Field, string>>,
): FormState<Field> {
  if (error instanceof FieldError)
    return { errors: { [error.field]: [error.message] } as FormState<Field>['errors'], message: error.message, values };
  if (error instanceof AppError) return { message: error.message, values };
  throw error;
}
