import type { Metadata } from 'next';
import { NotAllowed } from '@/components/accounts/not-allowed';
import { ClaimProposalForm } from '@/components/claims/claim-proposal-form';
import { requireSignedIn } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { getClaimProposalFormOptions } from '@/lib/dal/claim-proposals';

export const metadata: Metadata = { title: 'Propose a claim' };

export default async function NewClaimPage() {
  const user = await requireSignedIn('/claims/new');
  if (!can(user, 'claim.propose')) return <NotAllowed title="Propose a claim" />;
  const options = await getClaimProposalFormOptions(user);
  const publishesDirectly = can(user, 'claim.publish');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Propose a claim</h1>
      <p>
        A statement to fact-check: who said it, the source it is quoted from, and what the record shows.{' '}
        {publishesDirectly ? 'As an editor, you publish it at once.' : 'An editor reviews it before readers see it.'}
      </p>
      <ClaimProposalForm
        {...options}
        maySaveUnverified={can(user, 'statement.saveUnverified')}
        publishesDirectly={publishesDirectly}
      />
    </div>
  );
}
