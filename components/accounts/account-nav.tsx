'use client';

import Link from 'next/link';
import { can, type Permission } from '@/lib/auth/permissions';
import { roleLabel } from '@/lib/domain/user-roles';
import { useViewer } from './viewer';

/** A page of the account menu, shown to a viewer whose role has `permission` (to everyone signed in without one). */
export type AccountLink = { href: string; label: string; permission?: Permission };

/**
 * The header's account corner: who is signed in, their pages and a sign-out button, or a sign-in
 * link. The server renders the sign-in link (pages are cached, the same for everyone); a signed-in
 * browser replaces it once it knows who it is (./viewer.tsx). The links come from the server
 * (components/layout/site-header.tsx): lib/routes.ts would bring zod into every page's JavaScript.
 */
export function AccountNav({
  signInHref,
  signOutHref,
  links,
}: {
  signInHref: string;
  signOutHref: string;
  links: AccountLink[];
}) {
  const user = useViewer();
  if (!user) {
    return (
      <p className="text-sm font-medium">
        <Link href={signInHref}>Sign in</Link>
      </p>
    );
  }
  return (
    <nav aria-label="Account" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <p>
        Signed in as <strong>{user.name}</strong> ({roleLabel(user.role)})
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 font-medium">
        {links
          .filter((link) => !link.permission || can(user, link.permission))
          .map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
      </ul>
      {/* A plain post and a full page load (app/sign-out/route.ts says why). */}
      <form action={signOutHref} method="post">
        <button type="submit" className="rounded border border-stone-500 bg-white px-2 py-1 font-medium">
          Sign out
        </button>
      </form>
    </nav>
  );
}
