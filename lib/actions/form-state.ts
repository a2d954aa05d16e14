import { z } from 'zod';
import { AppError, FieldError, InvalidError, ServiceUnavailableError, StaleError } from '../errors';

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

/** The form fields a schema names, less those the action reads apart (the record's id). */
export function formFields<Shape extends z.ZodRawShape, Apart extends keyof Shape & string = never>(
  schema: z.ZodObject<Shape>,
  apart: readonly Apart[] = [],
): Exclude<keyof Shape & string, Apart>[] {
  return Object.keys(schema.shape).filter(
    (field): field is Exclude<keyof Shape & string, Apart> => !(apart as readonly string[]).includes(field),
  );
}

/** A form state that may carry, after a save refused because someone saved first, the record as saved now. */
export type EditFormState<Field extends string, Snapshot> = FormState<Field> & { current?: Snapshot };

/** A save that went through: the version it made (or found, when nothing had changed) goes back to the form. */
export function savedFormState<Field extends string>(
  saved: { version: number; changed: boolean },
  values: Partial<Record<Field, string>>,
): FormState<Field | 'version'> {
  return {
    ok: true,
    message: saved.changed ? `Saved as version ${saved.version}.` : 'Nothing had changed: nothing was saved.',
    values: withVersion(values, saved.version),
  };
}

// The version the next save is based on, as the form's hidden field sends it.
const withVersion = <Field extends string>(values: Partial<Record<Field, string>>, version: number) =>
  ({ ...values, version: String(version) }) as Partial<Record<Field | 'version', string>>;

/**
 * An expected failure from the DAL as form state, the one place actions turn errors into what a form
 * shows: a stale save with the values saved meanwhile and the version to merge onto; an invalid
 * field next to that field; another refusal about a field next to it and as the form's message; an
 * outage as the message that nothing was saved;
 * any other refusal (signed out, forbidden, conflict) as the message. Anything else, Next.js's
 * redirect and notFound signals included, is rethrown. An action is a public POST endpoint: a
 * forged request gets the DAL's refusal here. `Snapshot` is what the action's DAL call saves.
 */
export function formStateFromError<Field extends string, Snapshot = never>(
  error: unknown,
  values: Partial<Record<Field, string>>,
): EditFormState<Field, Snapshot> {
  if (error instanceof StaleError)
    return {
      message: error.message,
      current: error.current as Snapshot,
      values: withVersion(values, error.version),
    };
  const errors = error instanceof FieldError ? ({ [error.field]: [error.message] } as FormState<Field>['errors']) : {};
  if (error instanceof InvalidError) return { errors, values };
  if (error instanceof FieldError) return { errors, message: error.message, values };
  if (error instanceof ServiceUnavailableError) return { message: error.refusedWriteMessage, values };
  if (error instanceof AppError) return { message: error.message, values };
  throw error;
}
