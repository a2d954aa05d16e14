import Link from 'next/link';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { CounterStatementLinks } from '@/components/counter-statements/counter-statement-links';
import { StatementQuote } from '@/components/quotes/statement-quote';
import type { TimelineEntry } from '@/lib/dal/topics';
import { routes } from '@/lib/routes';

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  return (
    <article className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-700">
        {entry.claim ? 'Claim' : 'Counter-statement'}
      </p>
      {entry.claim ? (
        <p className="flex flex-wrap items-center gap-2">
          <Link href={routes.claim(entry.claim.slug)} className="font-semibold">
            {entry.claim.summary}
          </Link>
          {entry.claim.verdict ? (
            <VerdictBadge verdict={entry.claim.verdict} />
          ) : (
            <span className="text-sm text-stone-800">Not yet rated here then</span>
          )}
        </p>
      ) : null}
      <StatementQuote statement={entry.statement} />
      {entry.counterStatements.length ? <CounterStatementLinks counterStatements={entry.counterStatements} /> : null}
    </article>
  );
}

/**
 * A topic's statements in the order they were said, each under its date, so a reader sees what
 * had been claimed and answered as of any day. Statements whose source gives no date cannot be
 * placed: they come after, under their own heading.
 */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const dated = entries.flatMap((entry) => (entry.statement.saidOn ? [{ entry, saidOn: entry.statement.saidOn }] : []));
  const undated = entries.filter((entry) => !entry.statement.saidOn);
  return (
    <>
      {dated.length ? (
        <section aria-labelledby="dated-heading" className="space-y-4">
          <h2 id="dated-heading" className="text-2xl font-bold">
            In the order they were said
          </h2>
          <ol className="space-y-6 border-l-2 border-stone-300 pl-4 sm:pl-6">
            {dated.map(({ entry, saidOn }) => (
              <li key={entry.statement.id} className="space-y-2">
                <p className="font-semibold">
                  <time dateTime={saidOn.iso}>{saidOn.label}</time>
                </p>
                <TimelineItem entry={entry} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {undated.length ? (
        <section aria-labelledby="undated-heading" className="space-y-4">
          <h2 id="undated-heading" className="text-2xl font-bold">
            Date not known
          </h2>
          <p className="text-stone-800">
            Their sources do not say when these were said, so they cannot be placed in the timeline above.
          </p>
          <ul className="space-y-6">
            {undated.map((entry) => (
              <li key={entry.statement.id}>
                <TimelineItem entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
