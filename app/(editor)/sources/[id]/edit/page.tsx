import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { DeleteSourceForm, SourceEditForm } from '@/components/sources/source-edit-form';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getSourceForEditOrNull } from '@/lib/dal/source-edits';
import { countOf } from '@/lib/domain/plural';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit source' };

type Props = { params: Promise<{ id: string }> };

export default editorPage(async function EditSourcePage({ params }: Props) {
  const { id } = await pageParams(params);
  const user = await requirePermission('source.edit', routes.sourceEdit(id));
  const source = await getSourceForEditOrNull(id, user);
  if (!source) notFound();
  const { current } = source;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit source: {current.title ?? 'Untitled report'}</h1>
        <p className="text-sm text-stone-700">
          Version {source.version},{' '}
          {current.status === 'PUBLISHED' ? 'published' : 'awaiting review with the proposal that brought it'}.{' '}
          <Link href={routes.source(source.id)}>View the source</Link>
        </p>
      </div>
      <SourceEditForm sourceId={source.id} version={source.version} initial={current} quotedBy={source.quotedBy} />
      {source.quotedBy ? (
        <p className="text-sm text-stone-700">
          {countOf(source.quotedBy, 'statement quotes', 'statements quote')} this source, so it cannot be deleted.
        </p>
      ) : (
        <DeleteSourceForm key={source.version} sourceId={source.id} version={source.version} />
      )}
      <RevisionHistory entries={source.history} currentVersion={source.version} />
    </div>
  );
});
