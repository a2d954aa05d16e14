import Link from 'next/link';
import { QuoteExcerptText } from '@/components/quotes/quote-excerpt-text';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { StanceBadge } from '@/components/counter-statements/stance-badge';
import { StatementQuote } from '@/components/quotes/statement-quote';
import type { Submission } from '@/lib/dal/submissions';
import { displayTimestamp } from '@/lib/domain/dates';
import { routes } from '@/lib/routes';

const STATUS_LABELS: Record<Submission['status'], string> = {
  SUBMITTED: 'Awaiting review',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  DRAFT: 'Draft',
};

/** A submission as editors and its contributor see it: the claim (answered or proposed), the quote, the verbatim check, the decision. */
export function SubmissionDetails({
  submission,
  headingLevel: Heading = 'h2',
}: {
  submission: Submission;
  headingLevel?: 'h1' | 'h2';
}) {
  const submitted = displayTimestamp(submission.createdAt);
  const reviewed = submission.reviewedAt ? displayTimestamp(submission.reviewedAt) : null;
  const { excerpt } = submission;
  return (
    <div className="space-y-3">
      <Heading className={Heading === 'h1' ? 'text-3xl font-bold tracking-tight' : 'text-xl font-semibold'}>
        {submission.kind === 'counterStatement' ? (
          <>
            Answer to “<Link href={routes.claim(submission.claim.slug)}>{submission.claim.summary}</Link>”
          </>
        ) : submission.status === 'PUBLISHED' ? (
          <>
            New claim: “<Link href={routes.claim(submission.slug)}>{submission.summary}</Link>”
          </>
        ) : (
          // Readers cannot open a claim before it is published: no link that would answer "not found".
          <>New claim: “{submission.summary}”</>
        )}
      </Heading>
      <p className="text-sm text-stone-700">
        <strong>{STATUS_LABELS[submission.status]}</strong>. Submitted
        {submission.proposerName ? ` by ${submission.proposerName}` : ''} on{' '}
        <time dateTime={submitted.iso}>{submitted.label}</time>.
      </p>
      {submission.kind === 'counterStatement' ? (
        <StanceBadge stance={submission.stance} />
      ) : (
        <VerdictBadge verdict={submission.verdict} />
      )}
      <StatementQuote statement={submission.statement} />
      <div className="rounded border border-stone-300 bg-stone-50 p-3 text-sm">
        {excerpt ? (
          <p>
            <span className="font-semibold text-green-900">Found verbatim in the source text: </span>
            <QuoteExcerptText excerpt={excerpt} />
          </p>
        ) : (
          <p className="font-semibold text-red-900">
            Not found verbatim in the source text. Reason given: {submission.unverifiedReason ?? 'none'}.
          </p>
        )}
      </div>
      {submission.kind === 'counterStatement' && submission.note ? (
        <p className="text-sm">
          <span className="font-semibold">Editor’s note:</span> {submission.note}
        </p>
      ) : null}
      {submission.kind === 'claim' ? (
        <>
          <p className="text-sm">
            <span className="font-semibold">Verdict explanation:</span> {submission.verdictExplanation}
          </p>
          <p className="text-sm">
            <span className="font-semibold">Topics:</span>{' '}
            {submission.topics.length ? submission.topics.join(', ') : 'none'}
          </p>
        </>
      ) : null}
      {reviewed ? (
        <p className="text-sm">
          Decided{submission.reviewerName ? ` by ${submission.reviewerName}` : ''} on{' '}
          <time dateTime={reviewed.iso}>{reviewed.label}</time>
          {submission.reviewNote ? (
            <>
              : <span className="font-semibold">{submission.reviewNote}</span>
            </>
          ) : (
            '.'
          )}
        </p>
      ) : null}
    </div>
  );
}
