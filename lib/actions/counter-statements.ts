'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { proposeCounterStatement, type ProposalResult } from '../dal/counter-statements';
import {
  COUNTER_STATEMENT_FIELDS,
  counterStatementSchema,
  type CounterStatementField,
} from '../validation/counter-statements';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';
import { expireTags } from '../cache/expire';

// A public POST endpoint like every action: the DAL checks who may propose, publish and save an
// unverified quote, against the session's user, whatever the form sent.

export async function proposeCounterStatementAction(
  claimSlug: string,
  _previous: FormState<CounterStatementField>,
  formData: FormData,
): Promise<FormState<CounterStatementField>> {
  // Everything typed comes back on an error, the long pasted source text included.
  const values = submittedValues(formData, COUNTER_STATEMENT_FIELDS);
  const parsed = counterStatementSchema.safeParse(values);
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      values,
      message: 'Some fields need attention: see the messages next to them.',
    };
  let result: ProposalResult;
  try {
    result = await proposeCounterStatement(
      { claimSlug, input: parsed.data },
      await getCurrentUserForWrite(),
      await getRequestMetadata(),
    );
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(result.invalidates);
  if (result.status === 'PUBLISHED') redirect(routes.counterStatement(claimSlug, result.counterStatementId));
  revalidatePath(routes.review());
  redirect(routes.submission(result.counterStatementId));
}
