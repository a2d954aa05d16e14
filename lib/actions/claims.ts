'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { deleteClaim, updateClaim } from '../dal/claim-edits';
import { proposeClaim, type ClaimProposalResult } from '../dal/claim-proposals';
import type { ClaimSnapshot } from '../domain/claim-revisions';
import { claimDeleteSchema, claimEditSchema } from '../validation/claim-edit';
import { CLAIM_PROPOSAL_TEXT_FIELDS, claimProposalSchema, type ClaimProposalField } from '../validation/claim-proposal';
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

// Proposing and editing claims. Each action is a public POST endpoint: the DAL checks the session's user and
// the version, whatever the form claimed.

// Topics (several checkboxes) travel apart from the text fields.
const EDIT_FIELDS = formFields(claimEditSchema, ['claimId', 'restoredFrom', 'topics']);

export type ClaimEditField = (typeof EDIT_FIELDS)[number] | 'topics';

/** The edit form's state: with, after a refused stale save, the values saved meanwhile. */
export type ClaimEditState = EditFormState<ClaimEditField, ClaimSnapshot>;

export async function updateClaimAction(_previous: ClaimEditState, formData: FormData): Promise<ClaimEditState> {
  const topics = formData.getAll('topics').filter((topic): topic is string => typeof topic === 'string');
  // Topic slugs hold no newline, so the chosen ones travel back to the form as one value.
  const values = { ...submittedValues(formData, EDIT_FIELDS), topics: topics.join('\n') };
  const parsed = claimEditSchema.safeParse({
    ...values,
    topics,
    claimId: formData.get('claimId'),
    restoredFrom: formData.get('restoredFrom') || undefined,
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await updateClaim(parsed.data, await getCurrentUserForWrite());
    await expireTags(result.invalidates);
    return savedFormState(result, values);
  } catch (error) {
    return formStateFromError<ClaimEditField, ClaimSnapshot>(error, values);
  }
}

export type ClaimDeleteField = 'reason';

export async function deleteClaimAction(
  _previous: FormState<ClaimDeleteField>,
  formData: FormData,
): Promise<FormState<ClaimDeleteField>> {
  const values = submittedValues(formData, ['reason'] as const);
  const parsed = claimDeleteSchema.safeParse({
    ...values,
    claimId: formData.get('claimId'),
    version: formData.get('version'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await expireTags((await deleteClaim(parsed.data, await getCurrentUserForWrite())).invalidates);
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(routes.claims());
}

/** A new claim: an editor's is published at once, a contributor's goes to the review queue. */
export async function proposeClaimAction(
  _previous: FormState<ClaimProposalField>,
  formData: FormData,
): Promise<FormState<ClaimProposalField>> {
  const topics = formData.getAll('topics').filter((topic): topic is string => typeof topic === 'string');
  // Everything typed comes back on an error, the long pasted source text included; the chosen
  // topics as one value, as on the edit form.
  const values = { ...submittedValues(formData, CLAIM_PROPOSAL_TEXT_FIELDS), topics: topics.join('\n') };
  const parsed = claimProposalSchema.safeParse({ ...values, topics });
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      values,
      message: 'Some fields need attention: see the messages next to them.',
    };
  let result: ClaimProposalResult;
  try {
    result = await proposeClaim(parsed.data, await getCurrentUserForWrite(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(result.invalidates);
  if (result.status === 'PUBLISHED') redirect(routes.claim(result.slug));
  revalidatePath(routes.review());
  redirect(routes.submission(result.claimId));
}
