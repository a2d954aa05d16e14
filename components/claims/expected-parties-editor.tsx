'use client';

import { useActionState, useState } from 'react';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { FormMessage, SubmitButton } from '@/components/forms/form-controls';
import {
  addExpectedPartyAction,
  removeExpectedPartyAction,
  type ExpectedPartyState,
} from '@/lib/actions/expected-parties';
import type { ExpectedPartyForEdit } from '@/lib/dal/expected-parties';
import { routes } from '@/lib/routes';

// The parties expected to answer a claim, on its edit page: each with a button that removes it,
// and the organization picker that adds another. Each save refreshes this page (the action expires
// the claim's tag), so the list is always the server's.

export function ExpectedPartiesEditor({ claimId, parties }: { claimId: string; parties: ExpectedPartyForEdit[] }) {
  // The choice survives a refused addition (the hidden input sending it is controlled); an addition clears it.
  const [selected, setSelected] = useState<ComboboxOption | null>(null);
  const [state, formAction] = useActionState(async (previous: ExpectedPartyState, formData: FormData) => {
    const next = await addExpectedPartyAction(previous, formData);
    if (next.ok) setSelected(null);
    return next;
  }, {});
  return (
    <section
      aria-labelledby="expected-parties-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="expected-parties-heading" className="text-xl font-semibold">
        Expected to answer
      </h2>
      <p className="text-sm text-stone-700">
        Organizations expected to answer this claim (a coalition’s members, say). The claim’s page says which of them
        has not answered yet; a government counts as answered when its country has.
      </p>
      {parties.length ? (
        <ul className="space-y-2">
          {parties.map((party) => (
            <ExpectedPartyItem key={party.id} claimId={claimId} party={party} />
          ))}
        </ul>
      ) : (
        <p>No expected parties listed.</p>
      )}
      <form action={formAction} noValidate aria-labelledby="add-expected-party-heading" className="space-y-3">
        <h3 id="add-expected-party-heading" className="font-semibold">
          Add a party
        </h3>
        <input type="hidden" name="claimId" value={claimId} />
        <FormMessage message={state.message} ok={state.ok} />
        <ComboboxField
          id="organizationId"
          name="organizationId"
          label="Expected party"
          hint="Type words of the organization’s name."
          endpoint={routes.lookup.organizations()}
          selected={selected}
          onSelectedChange={setSelected}
          errors={state.errors?.organizationId}
        />
        <SubmitButton>Add party</SubmitButton>
      </form>
    </section>
  );
}

function ExpectedPartyItem({ claimId, party }: { claimId: string; party: ExpectedPartyForEdit }) {
  const [state, formAction] = useActionState(removeExpectedPartyAction, {});
  const error = state.message ?? state.errors?.organizationId?.[0];
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 pb-2">
      <span>{party.name}</span>
      <form action={formAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="organizationId" value={party.id} />
        <SubmitButton className="rounded border border-stone-700 px-3 py-1 text-sm font-medium disabled:opacity-60">
          Remove<span className="sr-only"> {party.name}</span>
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
