import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotAllowed } from '@/components/accounts/not-allowed';
import { OrganizationEditForm } from '@/components/organizations/organization-forms';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { requireSignedIn } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { getOrganizationForEdit } from '@/lib/dal/organization-edits';
import { countryOptions } from '@/lib/domain/countries';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit organization' };

type Props = { params: Promise<{ slug: string }> };

export default async function EditOrganizationPage({ params }: Props) {
  const { slug } = await pageParams(params);
  const user = await requireSignedIn(`/organizations/${slug}/edit`);
  if (!can(user, 'organization.edit')) return <NotAllowed title="Edit organization" />;
  const organization = await getOrganizationForEdit(slug, user);
  if (!organization) notFound();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit organization: {organization.current.name}</h1>
        <p className="text-sm text-stone-700">
          Version {organization.version}.{' '}
          <Link href={`/organizations/${organization.slug}`}>View the organization</Link>. Organizations are not
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
}
