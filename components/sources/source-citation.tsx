import Link from 'next/link';
import type { SourceReference } from '@/lib/dal/statement-view';
import { routes } from '@/lib/routes';

/** "Title", Outlet, date · original · archived text. Unknown outlets and titles are said to be unknown. */
export function SourceCitation({ source, statementId }: { source: SourceReference; statementId?: string }) {
  const archiveHref = routes.source(source.id, { quote: statementId });
  return (
    <span className="text-sm text-stone-700">
      Source: <cite>{source.title ?? 'Untitled report'}</cite>
      {', '}
      {source.outlet ?? <span>outlet not named</span>}
      {source.publishedOn ? (
        <>
          {', '}
          <time dateTime={source.publishedOn.iso}>{source.publishedOn.label}</time>
        </>
      ) : null}
      {' · '}
      {source.url ? (
        <>
          <a href={source.url} rel="noopener noreferrer">
            original
          </a>
          {' · '}
        </>
      ) : null}
      <Link href={archiveHref}>archived text</Link>
    </span>
  );
}
