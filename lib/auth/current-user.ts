import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { validateSessionToken, type SessionUser } from '../dal/sessions';
import { consumeRateLimit } from '../rate-limit/limiters';
import { RateLimitedError } from '../rate-limit/rate-limited-error';
import { pendingStepPage } from './pending-step-page';
import { signInHref, withNext } from './redirect-target';
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
 * For pages behind sign-in: sends a visitor to the sign-in form, to come back to `returnTo`, and an
 * account with a step to take first (a new password, an admin's two-factor enrolment:
 * lib/auth/pending-step.ts) to that step's page, unless `returnTo` is that page. The security check
 * is the DAL's: can() grants such an account nothing, so every read of a draft and every write is
 * refused whatever page or action asks.
 */
export async function requireSignedIn(returnTo: `/${string}`): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(returnTo));
  if (user.pendingStep) {
    const stepPage = pendingStepPage(user.pendingStep);
    if (new URL(returnTo, 'http://countercheck.invalid').pathname !== stepPage) redirect(withNext(stepPage, returnTo));
  }
  return user;
}
