'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { FormMessage, SubmitButton } from '@/components/forms/form-controls';
import {
  linkRelatedClaimsAction,
  unlinkRelatedClaimsAction,
  type RelatedClaimsState,
} from '@/lib/actions/related-claims';
import type { RelatedClaimForEdit } from '@/lib/dal/related-claims';
import { routes } from '@/lib/routes';

// A claim's related claims on its edit page: each with a button that unlinks it, and a picker that
// links another published claim. Each save refreshes this page (the action expires the claims'
// tags), so the list is always the server's.

export function RelatedClaimsEditor({ claimId, related }: { claimId: string; related: RelatedClaimForEdit[] }) {
  // The choice survives a refused link (the hidden input sending it is controlled); a link made clears it.
  const [selected, setSelected] = useState<ComboboxOption | null>(null);
  const [state, formAction] = useActionState(async (previous: RelatedClaimsState, formData: FormData) => {
    const next = await linkRelatedClaimsAction(previous, formData);
    if (next.ok) setSelected(null);
    return next;
  }, {});
  return (
    <section
      aria-labelledby="related-claims-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="related-claims-heading" className="text-xl font-semibold">
        Related claims
      </h2>
      <p className="text-sm text-stone-700">
        Claims that make the same point in other words. Readers see those that are published, on both claims’ pages.
      </p>
      {related.length ? (
        <ul className="space-y-2">
          {related.map((claim) => (
            <RelatedClaimItem key={claim.id} claimId={claimId} claim={claim} />
          ))}
        </ul>
      ) : (
        <p>No related claims yet.</p>
      )}
      <form action={formAction} noValidate aria-labelledby="link-claim-heading" className="space-y-3">
        <h3 id="link-claim-heading" className="font-semibold">
          Link a claim
        </h3>
        <input type="hidden" name="claimId" value={claimId} />
        <FormMessage message={state.message} ok={state.ok} />
        <ComboboxField
          id="relatedClaimSlug"
          name="relatedClaimSlug"
          label="Related claim"
          hint="Type words of its summary; published claims only."
          endpoint={routes.lookup.claims()}
          selected={selected}
          onSelectedChange={setSelected}
          errors={state.errors?.relatedClaimSlug}
        />
        <SubmitButton>Link claim</SubmitButton>
      </form>
    </section>
  );
}

function RelatedClaimItem({ claimId, claim }: { claimId: string; claim: RelatedClaimForEdit }) {
  const [state, formAction] = useActionState(unlinkRelatedClaimsAction, {});
  const error = state.message ?? state.errors?.relatedClaimSlug?.[0];
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 pb-2">
      <span>
        {claim.status === 'PUBLISHED' ? (
          <Link href={routes.claim(claim.slug)}>{claim.summary}</Link>
        ) : (
          <>
            {claim.summary} <span className="text-sm text-stone-700">(not published: readers do not see it)</span>
          </>
        )}
      </span>
      <form action={formAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="relatedClaimSlug" value={claim.slug} />
        <SubmitButton className="rounded border border-stone-700 px-3 py-1 text-sm font-medium disabled:opacity-60">
          Unlink<span className="sr-only"> “{claim.summary}”</span>
        </SubmitButton>
      </form>
      {error && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </li>
  );
}
