'use client';

import Link from 'next/link';
import { PickedListEditor } from '@/components/forms/picked-list-editor';
import { linkRelatedClaimsAction, unlinkRelatedClaimsAction } from '@/lib/actions/related-claims';
import type { RelatedClaimForEdit } from '@/lib/dal/related-claims';
import { routes } from '@/lib/routes';

/** A claim's related claims on its edit page: each may be unlinked, and another published claim linked. */
export function RelatedClaimsEditor({ claimId, related }: { claimId: string; related: RelatedClaimForEdit[] }) {
  return (
    <PickedListEditor
      claimId={claimId}
      field="relatedClaimSlug"
      heading="Related claims"
      description="Claims that make the same point in other words. Readers see those that are published, on both claims’ pages."
      empty="No related claims yet."
      items={related.map((claim) => ({
        value: claim.slug,
        name: `“${claim.summary}”`,
        label:
          claim.status === 'PUBLISHED' ? (
            <Link href={routes.claim(claim.slug)}>{claim.summary}</Link>
          ) : (
            <>
              {claim.summary} <span className="text-sm text-stone-700">(not published: readers do not see it)</span>
            </>
          ),
      }))}
      add={{
        heading: 'Link a claim',
        label: 'Related claim',
        hint: 'Type words of its summary; published claims only.',
        endpoint: routes.lookup.claims(),
        button: 'Link claim',
        action: linkRelatedClaimsAction,
      }}
      remove={{ verb: 'Unlink', action: unlinkRelatedClaimsAction }}
    />
  );
}
