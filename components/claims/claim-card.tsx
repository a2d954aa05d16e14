import Link from 'next/link';
import type { ClaimCard as ClaimCardData } from '@/lib/dal/claims';
import { RebuttalCounts } from './rebuttal-counts';
import { VerdictBadge } from './verdict-badge';

/** One claim in a list: what was claimed, by whom and when, the verdict, and who answered. */
export function ClaimCard({ claim, headingLevel = 'h2' }: { claim: ClaimCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const { claim: statement } = claim;
  return (
    <article className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={claim.verdict} />
      </div>
      <Heading className="text-lg font-semibold leading-snug">
        <Link href={`/claims/${claim.slug}`}>{claim.summary}</Link>
      </Heading>
      <p className="text-sm text-stone-700">
        Claimed by <span className="font-medium text-stone-900">{statement.speakerName}</span>
        {statement.speakerRole ? <>, {statement.speakerRole}</> : null}
        {statement.saidOn ? (
          <>
            {', '}
            <time dateTime={statement.saidOn.iso}>{statement.saidOn.label}</time>
          </>
        ) : null}
      </p>
      <RebuttalCounts total={claim.rebuttalCount} byAffiliation={claim.rebuttalsByAffiliation} />
    </article>
  );
}

export function ClaimCardList({ claims, headingLevel }: { claims: ClaimCardData[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="space-y-4">
      {claims.map((claim) => (
        <li key={claim.slug}>
          <ClaimCard claim={claim} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
