import Link from 'next/link';
import { AccountNav } from '@/components/accounts/account-nav';
import { SiteSearch } from '@/components/search/site-search';
import { routes } from '@/lib/routes';

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
        <AccountNav />
      </div>
    </header>
  );
}
