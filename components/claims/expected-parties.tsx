import type { Delay } from '@/lib/domain/delays';
import type { ExpectedParties as Parties } from '@/lib/domain/expected-parties';

/** "France: 1 day" for a government answered through its country, "53 days" for an organization itself. */
function answeredAfter(name: string, partyLabel: string, delay: Delay | null): string {
  const after = delay?.label ?? 'date not known';
  return partyLabel === name ? after : `${partyLabel}: ${after}`;
}

/**
 * The parties an editor expects to answer the claim: who has not, with how long they have let pass
 * since the claim, and who has, with how long it took. Names only: an organization that has said
 * nothing on record may have no page.
 */
export function ExpectedParties({ parties }: { parties: Parties }) {
  return (
    <section
      aria-labelledby="expected-parties-heading"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="expected-parties-heading" className="text-xl font-bold">
        Who was expected to answer
      </h2>
      {parties.notAnswered.length ? (
        <p>
          <span className="font-semibold">Not answered yet:</span>{' '}
          {parties.notAnswered.map((organization) => organization.name).join(', ')}
          {parties.sinceClaim ? ` (${parties.sinceClaim.label} since the claim)` : null}.
        </p>
      ) : (
        <p>Every party expected to answer has answered.</p>
      )}
      {parties.answered.length ? (
        <p>
          <span className="font-semibold">Answered:</span>{' '}
          {parties.answered
            .map(
              ({ organization, partyLabel, delay }) =>
                `${organization.name} (${answeredAfter(organization.name, partyLabel, delay)})`,
            )
            .join(', ')}
          .
        </p>
      ) : null}
    </section>
  );
}
