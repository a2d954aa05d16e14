import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../env';

// The cookie of a sign-in halfway (the password was right, the second factor is still to come): a
// random token whose SHA-256 is a row of pending_sign_ins (lib/dal/sessions.ts). It opens nothing
// but the code form. HttpOnly, and Secure with the __Host- prefix over https, as the session cookie is.
const secure = env.SITE_URL.startsWith('https:');
const PENDING_SIGN_IN_COOKIE = secure ? '__Host-pending-sign-in' : 'pending-sign-in';
const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;

export async function readPendingSignInToken(): Promise<string | undefined> {
  return (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
}

export async function setPendingSignInCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(PENDING_SIGN_IN_COOKIE, token, { ...options, expires: expiresAt });
}

export async function clearPendingSignInCookie(): Promise<void> {
  (await cookies()).set(PENDING_SIGN_IN_COOKIE, '', { ...options, maxAge: 0 });
}
