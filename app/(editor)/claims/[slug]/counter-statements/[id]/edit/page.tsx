import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { RevisionHistory } from '@/components/revisions/revision-history';
import {
  CounterStatementEditForm,
  WithdrawCounterStatementForm,
} from '@/components/counter-statements/counter-statement-edit-form';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getCounterStatementForEditOrNull } from '@/lib/dal/counter-statement-edits';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit counter-statement' };

type Props = { params: Promise<{ slug: string; id: string }> };

export default editorPage(async function EditCounterStatementPage({ params }: Props) {
  const { slug, id } = await pageParams(params);
  const user = await requirePermission('counterStatement.edit', routes.counterStatementEdit(slug, id));
  // A malformed id is simply not a counter-statement on record.
  const answer = /^[0-9a-f-]{36}$/i.test(id)
    ? await getCounterStatementForEditOrNull({ claimSlug: slug, counterStatementId: id }, user)
    : null;
  if (!answer) notFound();
  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Edit counter-statement" title={`${answer.speakerName}: “${answer.quote}”`}>
        <p>
          Version {answer.version}, answering <Link href={routes.claim(answer.claim.slug)}>{answer.claim.summary}</Link>
          .{' '}
          {can(user, 'statement.edit') ? (
            <Link href={routes.statementEdit(answer.statementId)}>Edit the quote itself</Link>
          ) : null}
        </p>
      </PageHeader>
      <CounterStatementEditForm counterStatementId={answer.id} version={answer.version} initial={answer.current} />
      <WithdrawCounterStatementForm
        counterStatementId={answer.id}
        version={answer.version}
        published={answer.current.status === 'PUBLISHED'}
      />
      <RevisionHistory entries={answer.history} currentVersion={answer.version} />
    </div>
  );
});
