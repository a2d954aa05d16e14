import Link from 'next/link';
import type { ClaimCard as ClaimCardData } from '@/lib/dal/claims';
import { HighlightedText } from '@/components/search/highlighted-text';
import { SpeakerName } from '@/components/quotes/speaker-name';
import { CounterStatementCounts } from '@/components/counter-statements/counter-statement-counts';
import { SaidTimes } from './said-times';
import { VerdictBadge } from './verdict-badge';
import { routes } from '@/lib/routes';

/** One claim in a list: what was claimed, by whom and when, the verdict, and who answered. */
/** `highlight`: the reader's search, whose terms are marked in the summary and the quote. */
export function ClaimCard({
  claim,
  headingLevel = 'h2',
  highlight,
}: {
  claim: ClaimCardData;
  headingLevel?: 'h2' | 'h3';
  highlight?: string;
}) {
  const Heading = headingLevel;
  const { claim: statement } = claim;
  return (
    <article className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={claim.verdict} />
      </div>
      <Heading className="text-lg font-semibold leading-snug">
        <Link href={routes.claim(claim.slug)}>
          <HighlightedText text={claim.summary} query={highlight} />
        </Link>
      </Heading>
      <p className="font-serif text-stone-800">
        <q lang={statement.language}>
          <HighlightedText text={statement.text} query={highlight} />
        </q>
      </p>
      <p className="text-sm text-stone-700">
        Claimed by <SpeakerName statement={statement} className="font-medium text-stone-900" />
        {statement.speakerRole ? <>, {statement.speakerRole}</> : null}
        {statement.saidOn ? (
          <>
            {', '}
            <time dateTime={statement.saidOn.iso}>{statement.saidOn.label}</time>
          </>
        ) : null}
      </p>
      <SaidTimes span={claim.appearances} className="text-sm text-stone-700" />
      <CounterStatementCounts
        total={claim.counterStatementCount}
        byAffiliation={claim.counterStatementsByAffiliation}
      />
    </article>
  );
}

export function ClaimCardList({
  claims,
  headingLevel,
  highlight,
}: {
  claims: ClaimCardData[];
  headingLevel?: 'h2' | 'h3';
  highlight?: string;
}) {
  return (
    <ul className="space-y-4">
      {claims.map((claim) => (
        <li key={claim.slug}>
          <ClaimCard claim={claim} headingLevel={headingLevel} highlight={highlight} />
        </li>
      ))}
    </ul>
  );
}
