'use client';

import { PickedListEditor } from '@/components/forms/picked-list-editor';
import { addExpectedPartyAction, removeExpectedPartyAction } from '@/lib/actions/expected-parties';
import type { ExpectedPartyForEdit } from '@/lib/dal/expected-parties';
import { routes } from '@/lib/routes';

/** The parties expected to answer a claim, on its edit page: each may be removed, and another organization added. */
export function ExpectedPartiesEditor({ claimId, parties }: { claimId: string; parties: ExpectedPartyForEdit[] }) {
  return (
    <PickedListEditor
      claimId={claimId}
      field="organizationId"
      heading="Expected to answer"
      description="Organizations expected to answer this claim (a coalition’s members, say). The claim’s page says which of them has not answered yet; a government counts as answered when its country has."
      empty="No expected parties listed."
      items={parties.map((party) => ({ value: party.id, name: party.name, label: party.name }))}
      add={{
        heading: 'Add a party',
        label: 'Expected party',
        hint: 'Type words of the organization’s name.',
        endpoint: routes.lookup.organizations(),
        button: 'Add party',
        action: addExpectedPartyAction,
      }}
      remove={{ verb: 'Remove', action: removeExpectedPartyAction }}
    />
  );
}
