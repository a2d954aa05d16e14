'use server';

import { linkRelatedClaims, unlinkRelatedClaims } from '../dal/related-claims';
import { relatedClaimsSchema, type RelatedClaimsField } from '../validation/related-claims';
import type { FormState } from './form-state';
import { savePickedListChange } from './picked-list-change';

// Linking and unlinking related claims from a claim's edit page. Each action is a public POST
// endpoint: the DAL checks the session's user and both claims, whatever the form claimed. Both
// claims' pages and API entries show the link: the DAL names both claims' tags, expired together.

export type RelatedClaimsState = FormState<RelatedClaimsField>;

const field = 'relatedClaimSlug' as const;

export async function linkRelatedClaimsAction(
  _previous: RelatedClaimsState,
  formData: FormData,
): Promise<RelatedClaimsState> {
  return savePickedListChange(formData, {
    field,
    schema: relatedClaimsSchema,
    write: linkRelatedClaims,
    done: 'Linked: both claims’ pages now list each other.',
  });
}

export async function unlinkRelatedClaimsAction(
  _previous: RelatedClaimsState,
  formData: FormData,
): Promise<RelatedClaimsState> {
  return savePickedListChange(formData, {
    field,
    schema: relatedClaimsSchema,
    write: unlinkRelatedClaims,
    done: 'Unlinked.',
  });
}
