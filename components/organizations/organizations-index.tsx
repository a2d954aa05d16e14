import type { Metadata } from 'next';
import Link from 'next/link';
import { EditLink } from '@/components/accounts/edit-link';
import { PageLinks } from '@/components/layout/page-links';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/organization-kinds';
import { routes } from '@/lib/routes';
import { findOrganizations } from '@/lib/cache/public-record';

// The list of organizations, one page of it: the first at /organizations (rendered per request), each later one at
// /organizations/-page/<cursor>, where proxy.ts moves the ?cursor= of its links (lib/list-views.ts), a page
// cached whole.

export const ORGANIZATIONS_METADATA: Metadata = {
  title: 'Organizations',
  description:
    'Governments, armed groups and other organizations whose members or spokespeople are quoted on Countercheck.',
};

export async function OrganizationsIndex({ cursor }: { cursor?: string }) {
  const page = await findOrganizations({ cursor });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Organizations</h1>
        <p className="text-stone-800">
          Organizations whose members or spokespeople made or answered a published claim, in alphabetical order. See
          also <Link href={routes.whoAnsweredWhom()}>who answered whom</Link>.
        </p>
        <EditLink permission="organization.edit" href={routes.newOrganization()}>
          Add an organization
        </EditLink>
      </header>
      {page.items.length === 0 ? (
        <p>No organization has been quoted yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {page.items.map((organization) => (
            <li key={organization.slug} className="space-y-1 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={routes.organization(organization.slug)}>{organization.name}</Link>
              </h2>
              <p className="text-sm text-stone-700">
                {ORGANIZATION_KIND_LABELS[organization.kind]}
                {organization.country ? (
                  <>
                    {' · '}
                    <Link href={routes.country(organization.country.code)}>{organization.country.name}</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <PageLinks
        label="Pages of organizations"
        firstHref={routes.organizations()}
        nextHref={page.nextCursor && routes.organizations(page.nextCursor)}
        isFirstPage={!cursor}
      />
    </div>
  );
}
