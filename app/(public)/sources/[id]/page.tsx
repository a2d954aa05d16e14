import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchivedText } from '@/components/sources/archived-text';
import { toIsoDay } from '@/lib/domain/dates';
import { PageHeader } from '@/components/layout/page-header';
import { EditLink } from '@/components/accounts/edit-link';
import { quoteAnchor, routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getSourceByIdOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ id: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('id');
}

const kindLabels = {
  NEWS_ARTICLE: 'News article',
  SOCIAL_MEDIA_POST: 'Social media post',
  OFFICIAL_STATEMENT: 'Official statement',
  TRANSCRIPT: 'Transcript',
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceByIdOrNull((await pageParams(params)).id);
  if (!source) return { title: 'Source not found' };
  return {
    title: `Source: ${source.title ?? 'Untitled report'}`,
    description: 'The archived text of a source, with every quote taken from it highlighted.',
    alternates: { canonical: routes.source(source.id) },
  };
}

export default async function SourcePage({ params }: Props) {
  const source = await getSourceByIdOrNull((await pageParams(params)).id);
  if (!source) notFound();
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow={`Source · ${kindLabels[source.kind]}`}
        title={source.title ?? 'Untitled report (no headline in the capture)'}
      >
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Outlet</dt>
          <dd>{source.outlet ?? 'Not named in the capture'}</dd>
          <dt className="font-semibold">Published</dt>
          <dd>
            {source.publishedOn ? (
              <time dateTime={source.publishedOn.iso}>{source.publishedOn.label}</time>
            ) : (
              'Not known exactly'
            )}
          </dd>
          <dt className="font-semibold">Original</dt>
          <dd>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.url}
              </a>
            ) : (
              'No URL known'
            )}
          </dd>
          <dt className="font-semibold">Archived</dt>
          <dd>
            <time dateTime={source.archivedAt.toISOString()}>{toIsoDay(source.archivedAt)}</time>, SHA-256{' '}
            <code className="break-all text-xs">{source.archiveSha256}</code>
          </dd>
        </dl>
        {source.provenanceNote ? <p className="text-sm text-stone-800">{source.provenanceNote}</p> : null}
        <EditLink permission="source.edit" href={routes.sourceEdit(source.id)}>
          Edit this source
        </EditLink>
      </PageHeader>

      <section aria-labelledby="quotes-heading" className="space-y-3">
        <h2 id="quotes-heading" className="text-xl font-bold">
          Quotes taken from this source
        </h2>
        {source.quotes.length === 0 ? (
          <p>No published quote has been taken from this source yet.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {source.quotes.map((quote) => (
              <li key={quote.statementId}>
                <a href={`#${quoteAnchor(quote.statementId)}`}>{quote.speakerName}</a>
                {quote.links.map((link) => (
                  <span key={`${link.claimSlug}-${link.counterStatementId}`}>
                    {' · '}
                    {link.counterStatementId ? 'answers ' : 'the claim '}
                    <Link href={link.href}>{link.claimSummary}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="archive-heading" className="space-y-3">
        <h2 id="archive-heading" className="text-xl font-bold">
          Archived text
        </h2>
        <p className="text-sm text-stone-700">
          As captured, page furniture included. Highlighted passages are quoted on Countercheck.
        </p>
        <ArchivedText text={source.archiveText} quotes={source.quotes} />
      </section>
    </article>
  );
}
