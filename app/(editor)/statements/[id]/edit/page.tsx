import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { StatementEditForm } from '@/components/quotes/statement-edit-form';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getStatementForEditOrNull } from '@/lib/dal/statement-edits';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit quote' };

type Props = { params: Promise<{ id: string }> };

export default editorPage(async function EditStatementPage({ params }: Props) {
  const { id } = await pageParams(params);
  const user = await requirePermission('statement.edit', routes.statementEdit(id));
  // A malformed id is simply not a quote on record.
  const statement = /^[0-9a-f-]{36}$/i.test(id) ? await getStatementForEditOrNull(id, user) : null;
  if (!statement) notFound();
  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Edit quote" title={`${statement.speakerName}: “${statement.current.text}”`}>
        <p>
          Version {statement.version}, quoted from{' '}
          <Link href={routes.source(statement.source.id)}>{statement.source.label}</Link>.
        </p>
      </PageHeader>
      <section aria-labelledby="uses-heading" className="space-y-2">
        <h2 id="uses-heading" className="text-xl font-semibold">
          Where it is quoted
        </h2>
        {statement.uses.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {statement.uses.map((use) => (
              <li key={`${use.as}-${use.claimId}`}>
                {use.as === 'claim' ? 'The claim ' : 'Answering the claim '}
                <Link href={routes.claim(use.slug)}>{use.summary}</Link>
                {use.shownToReaders ? '' : ' (not shown to readers)'}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nowhere yet.</p>
        )}
      </section>
      <StatementEditForm
        statementId={statement.id}
        version={statement.version}
        initial={statement.current}
        sourceText={statement.source.archiveText}
        shownToReaders={statement.uses.some((use) => use.shownToReaders)}
      />
      <RevisionHistory entries={statement.history} currentVersion={statement.version} />
    </div>
  );
});
