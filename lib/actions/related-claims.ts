'use server';

import { getCurrentUserForWrite } from '../auth/current-user';
import { expireTags } from '../cache/expire';
import {
  linkRelatedClaims,
  unlinkRelatedClaims,
  type RelatedClaimsInput,
  type RelatedClaimsResult,
} from '../dal/related-claims';
import type { Actor } from '../auth/permissions';
import { relatedClaimsSchema, type RelatedClaimsField } from '../validation/related-claims';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

// Linking and unlinking related claims from a claim's edit page. Each action is a public POST
// endpoint: the DAL checks the session's user and both claims, whatever the form claimed.

export type RelatedClaimsState = FormState<RelatedClaimsField>;

async function saveLink(
  formData: FormData,
  write: (input: RelatedClaimsInput, actor: Actor | null) => Promise<RelatedClaimsResult>,
  done: string,
): Promise<RelatedClaimsState> {
  const values = submittedValues(formData, ['relatedClaimSlug'] as const);
  const parsed = relatedClaimsSchema.safeParse({ ...values, claimId: formData.get('claimId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    // Both claims' pages and API entries show the link: their tags expire together.
    await expireTags((await write(parsed.data, await getCurrentUserForWrite())).invalidates);
    return { ok: true, message: done };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function linkRelatedClaimsAction(
  _previous: RelatedClaimsState,
  formData: FormData,
): Promise<RelatedClaimsState> {
  return saveLink(formData, linkRelatedClaims, 'Linked: both claims’ pages now list each other.');
}

export async function unlinkRelatedClaimsAction(
  _previous: RelatedClaimsState,
  formData: FormData,
): Promise<RelatedClaimsState> {
  return saveLink(formData, unlinkRelatedClaims, 'Unlinked.');
}
