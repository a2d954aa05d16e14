'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { deleteClaim, updateClaim } from '../dal/claim-edits';
import { proposeClaim, type ClaimProposalResult } from '../dal/claim-proposals';
import type { ClaimSnapshot } from '../domain/claim-revisions';
import { claimDeleteSchema, claimEditSchema } from '../validation/claim-edit';
import { CLAIM_PROPOSAL_TEXT_FIELDS, claimProposalSchema, type ClaimProposalField } from '../validation/claim-proposal';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';

// Proposing and editing claims. Each action is a public POST endpoint: the DAL checks the session's user and
// the version, whatever the form claimed.

export type ClaimEditField =
  'version' | 'summary' | 'verdict' | 'verdictExplanation' | 'topics' | 'reason' | 'correctionNote';

/** The edit form's state: with, after a refused stale save, the values saved meanwhile. */
export type ClaimEditState = FormState<ClaimEditField> & { current?: ClaimSnapshot };

const EDIT_FIELDS = ['version', 'summary', 'verdict', 'verdictExplanation', 'reason', 'correctionNote'] as const;

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
    const result = await updateClaim(parsed.data, await getCurrentUser());
    if (!result.ok) {
      if (result.reason === 'stale')
        return {
          message: result.message,
          current: result.current,
          values: { ...values, version: String(result.version) },
        };
      if (result.reason === 'correction_required') return { errors: { correctionNote: [result.message] }, values };
      return { errors: { topics: [result.message] }, values };
    }
    revalidatePath(routes.claim(result.slug), 'layout');
    return {
      ok: true,
      message: result.changed ? `Saved as version ${result.version}.` : 'Nothing had changed: nothing was saved.',
      values: { ...values, version: String(result.version) },
    };
  } catch (error) {
    return formStateFromError(error, values);
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
  let slug: string;
  try {
    const result = await deleteClaim(parsed.data, await getCurrentUser());
    if (!result.ok) return { message: result.message, values };
    slug = result.slug;
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(routes.claim(slug), 'layout');
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
    result = await proposeClaim(parsed.data, await getCurrentUser(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (result.status === 'PUBLISHED') {
    revalidatePath(routes.claims());
    redirect(routes.claim(result.slug));
  }
  revalidatePath(routes.review());
  redirect(routes.submission(result.claimId));
}
