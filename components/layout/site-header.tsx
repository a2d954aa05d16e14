import Link from 'next/link';
import { AccountNav, type AccountLink } from '@/components/accounts/account-nav';
import { SiteSearch } from '@/components/search/site-search';
import { routes } from '@/lib/routes';

// The account menu's pages, in order; the menu shows each to the roles with its permission.
const ACCOUNT_LINKS: AccountLink[] = [
  { href: routes.accountPassword(), label: 'Password' },
  { href: routes.accountTwoFactor(), label: 'Two-factor sign-in' },
  { href: routes.newClaim(), label: 'Propose a claim', permission: 'claim.propose' },
  { href: routes.intake(), label: 'Read an article', permission: 'counterStatement.propose' },
  { href: routes.submissions(), label: 'My submissions', permission: 'draft.readOwn' },
  { href: routes.review(), label: 'Review', permission: 'review.decide' },
  { href: routes.users(), label: 'Users', permission: 'user.manage' },
  { href: routes.auditLog(), label: 'Audit log', permission: 'audit.read' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href="/" className="text-xl font-bold tracking-tight no-underline">
          Countercheck
        </Link>
        <nav aria-label="Main">
          {/* Wraps onto a second line on narrow phones rather than overflowing. */}
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            <li>
              <Link href={routes.claims()}>Claims</Link>
            </li>
            <li>
              <Link href={routes.people()}>People</Link>
            </li>
            <li>
              <Link href={routes.organizations()}>Organizations</Link>
            </li>
            <li>
              <Link href={routes.topics()}>Topics</Link>
            </li>
            <li>
              <Link href={routes.methodology()}>Methodology</Link>
            </li>
          </ul>
        </nav>
        <SiteSearch />
        <AccountNav signInHref={routes.signIn()} signOutHref={routes.signOut()} links={ACCOUNT_LINKS} />
      </div>
    </header>
  );
}
