'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { updateCounterStatement, withdrawCounterStatement } from '../dal/counter-statement-edits';
import { updateStatement } from '../dal/statement-edits';
import type { RebuttalSnapshot, StatementSnapshot } from '../domain/statement-revisions';
import {
  counterStatementEditSchema,
  counterStatementWithdrawSchema,
  statementEditSchema,
  type CounterStatementEditField,
  type StatementEditField,
} from '../validation/statement-edit';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';

// Editing quotes and counter-statements. Each action is a public POST endpoint: the DAL checks the
// session's user and the version, whatever the form claimed.

const STATEMENT_FIELDS = [
  'version',
  'quote',
  'quoteLanguage',
  'translation',
  'attribution',
  'saidOn',
  'saidOnPrecision',
  'unverifiedReason',
  'reason',
  'correctionNote',
] as const;

/** The quote form's state: with, after a refused stale save, the values saved meanwhile. */
export type StatementEditState = FormState<StatementEditField> & { current?: StatementSnapshot };

export async function updateStatementAction(
  _previous: StatementEditState,
  formData: FormData,
): Promise<StatementEditState> {
  const values = submittedValues(formData, STATEMENT_FIELDS);
  const parsed = statementEditSchema.safeParse({ ...values, statementId: formData.get('statementId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await updateStatement(parsed.data, await getCurrentUser());
    if (!result.ok) {
      if (result.reason === 'stale')
        return {
          message: result.message,
          current: result.current,
          values: { ...values, version: String(result.version) },
        };
      if (result.reason === 'correction_required') return { errors: { correctionNote: [result.message] }, values };
      if (result.reason === 'unverified_reason_required')
        return { errors: { unverifiedReason: [result.message] }, values };
      return { errors: { quote: [result.message] }, values };
    }
    for (const use of result.uses) revalidatePath(routes.claim(use.slug), 'layout');
    return {
      ok: true,
      message: result.changed ? `Saved as version ${result.version}.` : 'Nothing had changed: nothing was saved.',
      values: { ...values, version: String(result.version) },
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

const COUNTER_STATEMENT_FIELDS = ['version', 'stance', 'note', 'reason'] as const;

export type CounterStatementEditState = FormState<CounterStatementEditField> & { current?: RebuttalSnapshot };

export async function updateCounterStatementAction(
  _previous: CounterStatementEditState,
  formData: FormData,
): Promise<CounterStatementEditState> {
  const values = submittedValues(formData, COUNTER_STATEMENT_FIELDS);
  const parsed = counterStatementEditSchema.safeParse({ ...values, rebuttalId: formData.get('rebuttalId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await updateCounterStatement(parsed.data, await getCurrentUser());
    if (!result.ok)
      return {
        message: result.message,
        current: result.current,
        values: { ...values, version: String(result.version) },
      };
    revalidatePath(routes.claim(result.claimSlug), 'layout');
    return {
      ok: true,
      message: result.changed ? `Saved as version ${result.version}.` : 'Nothing had changed: nothing was saved.',
      values: { ...values, version: String(result.version) },
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function withdrawCounterStatementAction(
  _previous: FormState<'reason'>,
  formData: FormData,
): Promise<FormState<'reason'>> {
  const values = submittedValues(formData, ['reason'] as const);
  const parsed = counterStatementWithdrawSchema.safeParse({
    ...values,
    rebuttalId: formData.get('rebuttalId'),
    version: formData.get('version'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let claimSlug: string;
  try {
    const result = await withdrawCounterStatement(parsed.data, await getCurrentUser());
    if (!result.ok) return { message: result.message, values };
    claimSlug = result.claimSlug;
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(routes.claim(claimSlug), 'layout');
  redirect(routes.claim(claimSlug));
}
