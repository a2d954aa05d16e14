import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { signOutAction } from '@/lib/actions/auth';
import { roleLabel } from '@/lib/domain/user-roles';
import { routes } from '@/lib/routes';

/** The header's account corner: who is signed in, their pages and a sign-out button, or a sign-in link. */
export async function AccountNav() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <p className="text-sm font-medium">
        <Link href={routes.signIn()}>Sign in</Link>
      </p>
    );
  }
  return (
    <nav aria-label="Account" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <p>
        Signed in as <strong>{user.name}</strong> ({roleLabel(user.role)})
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 font-medium">
        <li>
          <Link href={routes.accountPassword()}>Password</Link>
        </li>
        <li>
          <Link href={routes.accountTwoFactor()}>Two-factor sign-in</Link>
        </li>
        {can(user, 'claim.propose') ? (
          <li>
            <Link href={routes.newClaim()}>Propose a claim</Link>
          </li>
        ) : null}
        {can(user, 'draft.readOwn') ? (
          <li>
            <Link href={routes.submissions()}>My submissions</Link>
          </li>
        ) : null}
        {can(user, 'review.decide') ? (
          <li>
            <Link href={routes.review()}>Review</Link>
          </li>
        ) : null}
        {can(user, 'user.manage') ? (
          <li>
            <Link href={routes.users()}>Users</Link>
          </li>
        ) : null}
        {can(user, 'audit.read') ? (
          <li>
            <Link href={routes.auditLog()}>Audit log</Link>
          </li>
        ) : null}
      </ul>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-stone-500 bg-white px-2 py-1 font-medium">
          Sign out
        </button>
      </form>
    </nav>
  );
}
