import type { ReactNode } from 'react';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { StanceBadge } from '@/components/counter-statements/stance-badge';
import type { PersonProfile } from '@/lib/dal/people';
import { countOf } from '@/lib/domain/plural';
import { sumOf, type Tally } from '@/lib/domain/tally';

function TallyTable<K extends string>({
  caption,
  keyHeading,
  countHeading,
  tallies,
  renderKey,
}: {
  caption: string;
  keyHeading: string;
  countHeading: string;
  tallies: Tally<K>[];
  renderKey: (key: K) => ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-1 font-medium">
            {keyHeading}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {tallies.map((tally) => (
          <tr key={tally.key} className="border-b border-stone-200">
            <th scope="row" className="py-1.5 font-normal">
              {renderKey(tally.key)}
            </th>
            <td className="py-1.5 text-right tabular-nums">{tally.count}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-1.5">
            Total
          </th>
          <td className="py-1.5 text-right font-semibold tabular-nums">{sumOf(tallies)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A person's claims by verdict and counter-statements by stance, as numbers, labels written out. */
export function Scorecard({
  person,
}: {
  person: Pick<PersonProfile, 'claimsByVerdict' | 'answersByStance' | 'repetitionCount'>;
}) {
  return (
    <div className="grid gap-6 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
      {person.repetitionCount ? (
        <p className="sm:col-span-2">
          Said a claim on record again {countOf(person.repetitionCount, 'time', 'times')} (each listed on the
          claim&rsquo;s page).
        </p>
      ) : null}
      {person.claimsByVerdict.length ? (
        <TallyTable
          caption="Their claims by verdict"
          keyHeading="Verdict"
          countHeading="Claims"
          tallies={person.claimsByVerdict}
          renderKey={(verdict) => <VerdictBadge verdict={verdict} announce={false} />}
        />
      ) : (
        <p>No published claims.</p>
      )}
      {person.answersByStance.length ? (
        <TallyTable
          caption="Their counter-statements by stance"
          keyHeading="Stance"
          countHeading="Answers"
          tallies={person.answersByStance}
          renderKey={(stance) => <StanceBadge stance={stance} />}
        />
      ) : (
        <p>No published counter-statements.</p>
      )}
    </div>
  );
}
