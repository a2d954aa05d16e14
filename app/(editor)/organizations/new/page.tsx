import type { Metadata } from 'next';
import { NotAllowed } from '@/components/accounts/not-allowed';
import { NewOrganizationForm } from '@/components/organizations/organization-forms';
import { requireSignedIn } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { countryOptions } from '@/lib/domain/countries';

export const metadata: Metadata = { title: 'Add an organization' };

export default async function NewOrganizationPage() {
  const user = await requireSignedIn('/organizations/new');
  if (!can(user, 'organization.edit')) return <NotAllowed title="Add an organization" />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add an organization</h1>
      <p>Organizations have no review step: this one is on the record at once, for roles and statements to name.</p>
      <NewOrganizationForm countryOptions={countryOptions()} />
    </div>
  );
}
