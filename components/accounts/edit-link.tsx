import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can, type Permission } from '@/lib/auth/permissions';

/**
 * A link shown only to a signed-in user whose role has `permission` (an editor's "Edit" on a
 * public page). A reader without a session cookie costs no query: getCurrentUser reads the cookie
 * first, once per request. The page the link leads to checks again, and so does the DAL.
 */
export async function EditLink({
  permission,
  href,
  children,
}: {
  permission: Permission;
  href: string;
  children: string;
}) {
  if (!can(await getCurrentUser(), permission)) return null;
  return (
    <p className="text-sm">
      <Link href={href} className="font-medium">
        {children}
      </Link>
    </p>
  );
}
