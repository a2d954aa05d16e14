import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { validateSessionToken, type SessionUser } from '../dal/sessions';
import { consumeRateLimit } from '../rate-limit/limiters';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { signInHref } from './redirect-target';
import { readSessionToken } from './session-cookie';

/** The signed-in user of this request, or null. Checked once per request however often it is asked. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  return token ? validateSessionToken(token) : null;
});

/**
 * The signed-in user of a server action about to write, counted against the account's write limit
 * (lib/domain/rate-limits.ts). Over it, throws a RateLimitedError, which the action's form shows
 * like any refusal. Signed out, null: the DAL refuses the write itself.
 */
export async function getCurrentUserForWrite(): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const verdict = await consumeRateLimit('writes', user.id);
  if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  return user;
}

/**
 * For pages behind sign-in: sends a visitor to the sign-in form, to come back to `returnTo`. A
 * convenience for the visitor, not a security check: the DAL checks every read and write itself.
 */
export async function requireSignedIn(returnTo: `/${string}`): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(returnTo));
  return user;
}
