import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import type { SessionUser } from '../dal/sessions';
import { ForbiddenError, NotFoundError } from '../errors';
import { resendAddressAfterOutage } from '../interrupted-form-post';
import { requireSignedIn } from './current-user';
import { assertCan, type Permission } from './permissions';

// The one guard of editor pages: the DAL's refusals as the page's answer. A convenience for the
// visitor, not the security check: the DAL checks every read and write itself with the same assertCan.

/**
 * The signed-in user, who holds `permission`. A visitor is sent to sign in, to come back to
 * `returnTo`; an account whose role lacks the permission gets the 403 page (app/forbidden.tsx).
 */
export async function requirePermission(permission: Permission, returnTo: `/${string}`): Promise<SessionUser> {
  const user = await requireSignedIn(returnTo);
  try {
    assertCan(user, permission);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  return user;
}

/** What `read` finds, or the 404 page when it throws NotFoundError (an `OrThrow` getter). */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * An editor page (every page of app/(editor)/ is wrapped in it). When the database stops while the
 * page answers a form posted without JavaScript, in whichever of its reads, the session's or the
 * record's, the form is sent again with a 307, to be answered with what was typed
 * (lib/interrupted-form-post.ts), rather than lost in a 500. Every other failure is thrown on.
 */
export function editorPage<Props>(render: (props: Props) => Promise<ReactNode>): (props: Props) => Promise<ReactNode> {
  return async function EditorPage(props) {
    try {
      return await render(props);
    } catch (error) {
      const resend = resendAddressAfterOutage(error, await headers());
      if (resend) redirect(resend); // 307, which a browser answers by sending the same form again
      throw error;
    }
  };
}
