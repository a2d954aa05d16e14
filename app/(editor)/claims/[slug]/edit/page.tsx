import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimEditForm, DeleteClaimForm } from '@/components/claims/claim-edit-form';
import { ExpectedPartiesEditor } from '@/components/claims/expected-parties-editor';
import { RelatedClaimsEditor } from '@/components/claims/related-claims-editor';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getClaimForEditOrNull, getClaimRevisionSnapshotOrNull } from '@/lib/dal/claim-edits';
import { getExpectedPartiesForEdit } from '@/lib/dal/expected-parties';
import { getRelatedClaimsForEdit } from '@/lib/dal/related-claims';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit claim' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ restore?: string | string[] }> };

export default editorPage(async function EditClaimPage({ params, searchParams }: Props) {
  const { slug } = await pageParams(params);
  const user = await requirePermission('claim.publish', routes.claimEdit(slug));
  const claim = await getClaimForEditOrNull(slug, user);
  if (!claim) notFound();
  // ?restore=N starts the form from revision N: saving it is an ordinary edit, itself a new revision.
  const { restore } = await searchParams;
  const restoredFrom =
    typeof restore === 'string' && /^\d{1,9}$/.test(restore) && can(user, 'revision.restore')
      ? Number(restore)
      : undefined;
  const restored = restoredFrom ? await getClaimRevisionSnapshotOrNull(claim.id, restoredFrom, user) : null;
  if (restoredFrom && !restored) notFound();
  const [related, expectedParties] = await Promise.all([
    getRelatedClaimsForEdit(claim.id, user),
    getExpectedPartiesForEdit(claim.id, user),
  ]);
  const published = claim.current.status === 'PUBLISHED';
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Edit claim: {claim.current.summary}</h1>
      <p className="text-sm text-stone-700">
        Version {claim.version}, {published ? 'published' : 'not published'}.{' '}
        {published ? (
          <>
            <Link href={routes.claim(claim.slug)}>View the claim</Link> ·{' '}
            <Link href={routes.claimHistory(claim.slug)}>History</Link> ·{' '}
          </>
        ) : null}
        {can(user, 'statement.edit') ? (
          <Link href={routes.statementEdit(claim.statementId)}>Edit the claim’s quote</Link>
        ) : null}
      </p>
      <ClaimEditForm
        claimId={claim.id}
        slug={claim.slug}
        version={claim.version}
        initial={restored ?? claim.current}
        published={published}
        topicOptions={claim.topicOptions}
        restoredFrom={restored ? restoredFrom : undefined}
      />
      {restoredFrom ? null : <RelatedClaimsEditor claimId={claim.id} related={related} />}
      {restoredFrom ? null : <ExpectedPartiesEditor claimId={claim.id} parties={expectedParties} />}
      {restoredFrom ? null : <DeleteClaimForm claimId={claim.id} version={claim.version} />}
    </div>
  );
});
