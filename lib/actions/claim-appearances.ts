'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { expireTags } from '../cache/expire';
import { recordClaimAppearance, type ClaimAppearanceResult } from '../dal/claim-appearances';
import { routes } from '../routes';
import {
  CLAIM_APPEARANCE_FIELDS,
  claimAppearanceSchema,
  type ClaimAppearanceField,
} from '../validation/claim-appearances';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

// A public POST endpoint like every action: the DAL checks that the session's user is an editor,
// and checks the quote against its source, whatever the form sent.

export async function recordClaimAppearanceAction(
  claimSlug: string,
  _previous: FormState<ClaimAppearanceField>,
  formData: FormData,
): Promise<FormState<ClaimAppearanceField>> {
  // Everything typed comes back on an error, the long pasted source text included.
  const values = submittedValues(formData, CLAIM_APPEARANCE_FIELDS);
  const parsed = claimAppearanceSchema.safeParse(values);
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      values,
      message: 'Some fields need attention: see the messages next to them.',
    };
  let result: ClaimAppearanceResult;
  try {
    result = await recordClaimAppearance(
      { claimSlug, input: parsed.data },
      await getCurrentUserForWrite(),
      await getRequestMetadata(),
    );
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(result.invalidates);
  redirect(routes.repetition(claimSlug, result.claimAppearanceId));
}
