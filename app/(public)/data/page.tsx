import type { Metadata } from 'next';
import Link from 'next/link';
import { CSV_COLUMNS } from '@/lib/export/chunks';
import { exportDownloadPath } from '@/lib/export/files';
import { RECORD_TYPES } from '@/lib/validation/export-records';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Data and API',
  description:
    'Download every published claim with its counter-statements and sources as JSON Lines, CSV or schema.org ClaimReview, or read them through the JSON API.',
  alternates: { canonical: routes.data() },
};

const Code = ({ children }: { children: React.ReactNode }) => (
  <code className="rounded bg-stone-100 px-1 text-sm">{children}</code>
);

export default function DataPage() {
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Data and API</h1>
        <p className="text-lg text-stone-800">
          Everything published here can be reused: every claim, its verdict, and the counter-statements that answer it,
          each with who said it, when, and the source it was quoted from. Download it whole, or read it a piece at a
          time through the API.
        </p>
      </header>

      <section aria-labelledby="downloads-heading" className="space-y-4">
        <h2 id="downloads-heading" className="text-2xl font-bold">
          Downloads
        </h2>
        <p>Each file is made when you ask for it, from what is published at that moment. Drafts are never included.</p>
        <dl className="space-y-4">
          <div className="space-y-1">
            <dt className="font-semibold">
              <a href={exportDownloadPath('jsonl')} download>
                Full dataset, JSON Lines
              </a>
            </dt>
            <dd>
              One JSON object per line, each with a <Code>type</Code>: {RECORD_TYPES.join(', ')}, in that order, with
              their ids, so the dataset can be rebuilt exactly (including the archived text of every source). This is
              the format to import into another copy of Countercheck.
            </dd>
          </div>
          <div className="space-y-1">
            <dt className="font-semibold">
              <a href={exportDownloadPath('csv')} download>
                Claims and counter-statements, CSV
              </a>
            </dt>
            <dd>
              One row per counter-statement, with its claim repeated on each row; a claim nobody has answered yet has
              one row with empty counter-statement columns. UTF-8, comma-separated, quoted as RFC 4180 describes, for
              spreadsheets and statistics tools.
            </dd>
          </div>
          <div className="space-y-1">
            <dt className="font-semibold">
              <a href={exportDownloadPath('claimreview')} download>
                Fact checks, schema.org ClaimReview
              </a>
            </dt>
            <dd>
              A JSON array with the same ClaimReview markup that each claim page carries, for fact-check aggregators and
              search tools.
            </dd>
          </div>
        </dl>
        <details className="rounded-lg border border-stone-300 p-3">
          <summary className="cursor-pointer font-semibold">The CSV’s columns</summary>
          <ul className="mt-2 columns-1 text-sm sm:columns-2">
            {CSV_COLUMNS.map((column) => (
              <li key={column}>
                <Code>{column}</Code>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="api-heading" className="space-y-3">
        <h2 id="api-heading" className="text-2xl font-bold">
          API
        </h2>
        <p>
          A read-only JSON API serves the same data under <Code>/api/v1</Code>: claims with the same filters as the{' '}
          <Link href={routes.claims()}>claims page</Link>, one claim with its counter-statements and sources, people,
          organizations, sources and topics. Lists come a page at a time; follow <Code>links.next</Code> until it is
          null. Any website may call it from the browser. It is described, endpoint by endpoint, in its{' '}
          <a href={routes.openApiDocument()}>OpenAPI document</a>.
        </p>
      </section>

      <section aria-labelledby="use-heading" className="space-y-3">
        <h2 id="use-heading" className="text-2xl font-bold">
          Using the data
        </h2>
        <p>
          The quotes belong to the people who said them and were published by the sources named beside them; the
          verdicts, notes and summaries are ours. When you reuse the data, say where it came from and link to the
          claim’s page, so readers can see the quotes in full beside their sources and any correction we make later.
          Check the terms of each source before republishing its archived text at length.
        </p>
      </section>
    </article>
  );
}
