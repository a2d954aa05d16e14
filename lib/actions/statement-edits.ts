'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import {
  updateCounterStatement,
  withdrawCounterStatement,
  type CounterStatementEditResult,
} from '../dal/counter-statement-edits';
import { updateStatement } from '../dal/statement-edits';
import type { CounterStatementSnapshot, StatementSnapshot } from '../domain/statement-revisions';
import {
  counterStatementEditSchema,
  counterStatementWithdrawSchema,
  statementEditSchema,
  type CounterStatementEditField,
  type StatementEditField,
} from '../validation/statement-edit';
import {
  fieldErrors,
  formFields,
  formStateFromError,
  savedFormState,
  submittedValues,
  type EditFormState,
  type FormState,
} from './form-state';
import { routes } from '../routes';
import { expireTags } from '../cache/expire';

// Editing quotes and counter-statements. Each action is a public POST endpoint: the DAL checks the
// session's user and the version, whatever the form claimed.

const STATEMENT_FIELDS = formFields(statementEditSchema, ['statementId']);

/** The quote form's state: with, after a refused stale save, the values saved meanwhile. */
export type StatementEditState = EditFormState<StatementEditField, StatementSnapshot>;

export async function updateStatementAction(
  _previous: StatementEditState,
  formData: FormData,
): Promise<StatementEditState> {
  const values = submittedValues(formData, STATEMENT_FIELDS);
  const parsed = statementEditSchema.safeParse({ ...values, statementId: formData.get('statementId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await updateStatement(parsed.data, await getCurrentUserForWrite());
    await expireTags(result.invalidates);
    return savedFormState(result, values);
  } catch (error) {
    return formStateFromError<StatementEditField, StatementSnapshot>(error, values);
  }
}

const COUNTER_STATEMENT_FIELDS = formFields(counterStatementEditSchema, ['counterStatementId']);

export type CounterStatementEditState = EditFormState<CounterStatementEditField, CounterStatementSnapshot>;

export async function updateCounterStatementAction(
  _previous: CounterStatementEditState,
  formData: FormData,
): Promise<CounterStatementEditState> {
  const values = submittedValues(formData, COUNTER_STATEMENT_FIELDS);
  const parsed = counterStatementEditSchema.safeParse({
    ...values,
    counterStatementId: formData.get('counterStatementId'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await updateCounterStatement(parsed.data, await getCurrentUserForWrite());
    await expireTags(result.invalidates);
    return savedFormState(result, values);
  } catch (error) {
    return formStateFromError<CounterStatementEditField, CounterStatementSnapshot>(error, values);
  }
}

export async function withdrawCounterStatementAction(
  _previous: FormState<'reason'>,
  formData: FormData,
): Promise<FormState<'reason'>> {
  const values = submittedValues(formData, ['reason'] as const);
  const parsed = counterStatementWithdrawSchema.safeParse({
    ...values,
    counterStatementId: formData.get('counterStatementId'),
    version: formData.get('version'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: CounterStatementEditResult;
  try {
    result = await withdrawCounterStatement(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(result.invalidates);
  redirect(routes.claim(result.claimSlug));
}
