import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotAllowed } from '@/components/accounts/not-allowed';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { DeleteSourceForm, SourceEditForm } from '@/components/sources/source-edit-form';
import { requireSignedIn } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { getSourceForEdit } from '@/lib/dal/source-edits';
import { countOf } from '@/lib/domain/plural';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit source' };

type Props = { params: Promise<{ id: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { id } = await pageParams(params);
  const user = await requireSignedIn(`/sources/${id}/edit`);
  if (!can(user, 'source.edit')) return <NotAllowed title="Edit source" />;
  const source = await getSourceForEdit(id, user);
  if (!source) notFound();
  const { current } = source;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit source: {current.title ?? 'Untitled report'}</h1>
        <p className="text-sm text-stone-700">
          Version {source.version},{' '}
          {current.status === 'PUBLISHED' ? 'published' : 'awaiting review with the proposal that brought it'}.{' '}
          <Link href={`/sources/${source.id}`}>View the source</Link>
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
}
