import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { validateSessionToken, type SessionUser } from '../dal/sessions';
import { signInHref } from './redirect-target';
import { readSessionToken } from './session-cookie';

/** The signed-in user of this request, or null. Checked once per request however often it is asked. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  return token ? validateSessionToken(token) : null;
});

/**
 * For pages behind sign-in: sends a visitor to the sign-in form, to come back to `returnTo`. A
 * convenience for the visitor, not a security check: the DAL checks every read and write itself.
 */
export async function requireSignedIn(returnTo: `/${string}`): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(returnTo));
  return user;
}
