import type { Metadata } from 'next';
import { IntakeForm } from '@/components/intake/intake-form';
import { intakeAction } from '@/lib/actions/intake';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getClaimProposalFormOptions } from '@/lib/dal/claim-proposals';
import { countryOptions } from '@/lib/domain/countries';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Read an article' };

export default editorPage(async function IntakePage() {
  const user = await requirePermission('counterStatement.propose', routes.intake());
  const publishesDirectly = can(user, 'counterStatement.publish');
  const { topics } = await getClaimProposalFormOptions(user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Read an article</h1>
      <p>
        Paste a news article: its quotes are listed with who said them and when, matched to the people and claims on
        record. Accept, correct or discard each one; the accepted ones cite the article as their source.{' '}
        {publishesDirectly
          ? 'As an editor, you publish them at once.'
          : 'An editor reviews them before readers see them.'}
      </p>
      <IntakeForm
        intake={intakeAction}
        publishesDirectly={publishesDirectly}
        topics={topics}
        recordsRepetitions={can(user, 'claim.publish')}
        newOrganization={can(user, 'organization.edit') ? { countryOptions: countryOptions() } : undefined}
      />
    </div>
  );
});
