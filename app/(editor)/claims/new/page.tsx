import type { Metadata } from 'next';
import { ClaimProposalForm } from '@/components/claims/claim-proposal-form';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { countryOptions } from '@/lib/domain/countries';
import { getClaimProposalFormOptions } from '@/lib/dal/claim-proposals';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Propose a claim' };

export default editorPage(async function NewClaimPage() {
  const user = await requirePermission('claim.propose', routes.newClaim());
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
        newOrganization={can(user, 'organization.edit') ? { countryOptions: countryOptions() } : undefined}
        publishesDirectly={publishesDirectly}
        mayRecordRepetitions={can(user, 'claim.publish')}
      />
    </div>
  );
});
