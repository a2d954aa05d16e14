'use server';

import { addExpectedParty, removeExpectedParty } from '../dal/expected-parties';
import { expectedPartySchema, type ExpectedPartyField } from '../validation/expected-parties';
import type { FormState } from './form-state';
import { savePickedListChange } from './picked-list-change';

// Adding and removing the parties expected to answer a claim, from its edit page. Each action is a
// public POST endpoint: the DAL checks the session's user, the claim and the organization.

export type ExpectedPartyState = FormState<ExpectedPartyField>;

const field = 'organizationId' as const;

export async function addExpectedPartyAction(
  _previous: ExpectedPartyState,
  formData: FormData,
): Promise<ExpectedPartyState> {
  return savePickedListChange(formData, {
    field,
    schema: expectedPartySchema,
    write: addExpectedParty,
    done: 'Listed: the claim’s page says whether it has answered.',
  });
}

export async function removeExpectedPartyAction(
  _previous: ExpectedPartyState,
  formData: FormData,
): Promise<ExpectedPartyState> {
  return savePickedListChange(formData, {
    field,
    schema: expectedPartySchema,
    write: removeExpectedParty,
    done: 'Removed.',
  });
}
