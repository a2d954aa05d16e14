import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import type { SessionUser } from '../dal/sessions';
import { ForbiddenError, NotFoundError } from '../errors';
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
