import type { Metadata } from 'next';
import Link from 'next/link';
import { STANCES } from '@/lib/domain/stances';
import { VERDICT_SCALE } from '@/lib/domain/verdicts';
import { VerdictBadge } from '@/components/claims/verdict-badge';
import { StanceBadge } from '@/components/counter-statements/stance-badge';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Methodology',
  description:
    'How Countercheck rates claims, how counter-statements answer them, and how every quote is checked against its source.',
  alternates: { canonical: routes.methodology() },
};

export default function MethodologyPage() {
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Methodology</h1>
        <p className="text-lg text-stone-800">
          A claim on Countercheck is a verbatim quote. Beside it stand the counter-statements that answer it, also
          verbatim, each with who said it, in what role, when, and the source it was quoted from.
        </p>
      </header>

      <section id="verdicts" aria-labelledby="verdicts-heading" className="space-y-4">
        <h2 id="verdicts-heading" className="text-2xl font-bold">
          Verdicts
        </h2>
        <p>Each claim gets one verdict on this scale, with an explanation that cites the sources behind it.</p>
        <dl className="space-y-4">
          {VERDICT_SCALE.map((entry) => (
            <div key={entry.verdict} className="space-y-1">
              <dt>
                <VerdictBadge verdict={entry.verdict} />
              </dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="stances" aria-labelledby="stances-heading" className="space-y-4">
        <h2 id="stances-heading" className="text-2xl font-bold">
          How a counter-statement answers a claim
        </h2>
        <dl className="space-y-4">
          {STANCES.map((entry) => (
            <div key={entry.stance} className="space-y-1">
              <dt>
                <StanceBadge stance={entry.stance} />
              </dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="quotes" aria-labelledby="quotes-heading" className="space-y-3">
        <h2 id="quotes-heading" className="text-2xl font-bold">
          How quotes are checked
        </h2>
        <p>
          We keep an archived plain-text copy of every source, with its SHA-256 fingerprint. A quote is marked verified
          only when it is found in that copy word for word. The check forgives two things that copying text routinely
          changes, runs of white space and curly versus straight quotation marks, and nothing else. Nobody marks a quote
          verified by hand: the software checks it. A quote that fails the check is shown as unverified.
        </p>
      </section>

      <section id="sources" aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-2xl font-bold">
          Sources
        </h2>
        <p>
          We record a source’s outlet, headline, URL and publication date only as far as they are known. Where a capture
          does not name its outlet or no URL is known, we say so rather than guess, and the source’s page explains what
          is known of it.
        </p>
      </section>

      <section id="corrections" aria-labelledby="corrections-heading" className="space-y-3">
        <h2 id="corrections-heading" className="text-2xl font-bold">
          Corrections
        </h2>
        <p>
          When we get something wrong, a quote, a source’s details or a verdict, we correct it on the claim’s page and
          say there what changed and when. We do not change a verdict silently. Every correction is also listed, newest
          first, in our <Link href={routes.corrections()}>corrections log</Link>, and each claim’s history shows every
          change to it.
        </p>
      </section>
    </article>
  );
}
