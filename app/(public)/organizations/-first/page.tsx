import { OrganizationsIndex, ORGANIZATIONS_METADATA } from '@/components/organizations/organizations-index';

// /organizations asked for as a document without a cursor, served here: proxy.ts moves it to this path
// (lib/proxy/list-view.ts), so that the first page is cached whole, as the later ones are. The
// public URL stays /organizations; this path is never linked. The app's own navigations to /organizations stay
// on app/(public)/organizations/page.tsx.
export const metadata = ORGANIZATIONS_METADATA;

export default function OrganizationsFirstPage() {
  return <OrganizationsIndex />;
}
