import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrganizationEditForm } from '@/components/organizations/organization-forms';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getOrganizationForEditOrNull } from '@/lib/dal/organization-edits';
import { countryOptions } from '@/lib/domain/countries';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit organization' };

type Props = { params: Promise<{ slug: string }> };

export default editorPage(async function EditOrganizationPage({ params }: Props) {
  const { slug } = await pageParams(params);
  const user = await requirePermission('organization.edit', routes.organizationEdit(slug));
  const organization = await getOrganizationForEditOrNull(slug, user);
  if (!organization) notFound();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit organization: {organization.current.name}</h1>
        <p className="text-sm text-stone-700">
          Version {organization.version}.{' '}
          <Link href={routes.organization(organization.slug)}>View the organization</Link>. Organizations are not
          deleted: roles and statements name them.
        </p>
      </div>
      <OrganizationEditForm
        organizationId={organization.id}
        slug={organization.slug}
        version={organization.version}
        initial={organization.current}
        countryOptions={countryOptions()}
      />
      <RevisionHistory entries={organization.history} currentVersion={organization.version} />
    </div>
  );
});
