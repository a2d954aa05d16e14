import type { Metadata } from 'next';
import { NewOrganizationForm } from '@/components/organizations/organization-forms';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { countryOptions } from '@/lib/domain/countries';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Add an organization' };

export default editorPage(async function NewOrganizationPage() {
  await requirePermission('organization.edit', routes.newOrganization());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add an organization</h1>
      <p>Organizations have no review step: this one is on the record at once, for roles and statements to name.</p>
      <NewOrganizationForm countryOptions={countryOptions()} />
    </div>
  );
});
