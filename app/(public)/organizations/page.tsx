import { OrganizationsIndex, ORGANIZATIONS_METADATA } from '@/components/organizations/organizations-index';

// /organizations: the list's first page, cached whole. Its later pages are at /organizations/_page/<cursor>
// (app/(public)/organizations/%5Fpage/[page]).
export const metadata = ORGANIZATIONS_METADATA;

export default function OrganizationsPage() {
  return <OrganizationsIndex />;
}
