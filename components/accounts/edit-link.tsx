'use client';

import Link from 'next/link';
import type { Permission } from '@/lib/auth/permissions';
import { IfPermitted } from './viewer';

/**
 * A link shown only to a signed-in user whose role has `permission` (an editor's "Edit" on a public
 * page), decided in the browser so that the page stays one cached copy for all (./viewer.tsx). The
 * page the link leads to checks again, and so does the DAL.
 */
export function EditLink({ permission, href, children }: { permission: Permission; href: string; children: string }) {
  return (
    <IfPermitted permission={permission}>
      <p className="text-sm">
        <Link href={href} className="font-medium">
          {children}
        </Link>
      </p>
    </IfPermitted>
  );
}
