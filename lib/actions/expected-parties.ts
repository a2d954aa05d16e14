'use server';

import { getCurrentUserForWrite } from '../auth/current-user';
import type { Actor } from '../auth/permissions';
import { expireTags } from '../cache/expire';
import { addExpectedParty, removeExpectedParty, type ExpectedPartyResult } from '../dal/expected-parties';
import { expectedPartySchema, type ExpectedPartyField, type ExpectedPartyInput } from '../validation/expected-parties';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

// Adding and removing the parties expected to answer a claim, from its edit page. Each action is a
// public POST endpoint: the DAL checks the session's user, the claim and the organization.

export type ExpectedPartyState = FormState<ExpectedPartyField>;

async function saveExpectedParty(
  formData: FormData,
  write: (input: ExpectedPartyInput, actor: Actor | null) => Promise<ExpectedPartyResult>,
  done: string,
): Promise<ExpectedPartyState> {
  const values = submittedValues(formData, ['organizationId'] as const);
  const parsed = expectedPartySchema.safeParse({ ...values, claimId: formData.get('claimId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await expireTags((await write(parsed.data, await getCurrentUserForWrite())).invalidates);
    return { ok: true, message: done };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function addExpectedPartyAction(
  _previous: ExpectedPartyState,
  formData: FormData,
): Promise<ExpectedPartyState> {
  return saveExpectedParty(formData, addExpectedParty, 'Listed: the claim’s page says whether it has answered.');
}

export async function removeExpectedPartyAction(
  _previous: ExpectedPartyState,
  formData: FormData,
): Promise<ExpectedPartyState> {
  return saveExpectedParty(formData, removeExpectedParty, 'Removed.');
}
