import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../env';
import { SIGNED_IN_HINT_COOKIE } from './signed-in-hint';

// The session cookie. Secure when the site is served over https, decided by SITE_URL (the
// configured public origin), never by the request, which a proxy in front may have rewritten.
// Over https the __Host- prefix also makes the browser refuse the cookie from any subdomain or path.
const secure = env.SITE_URL.startsWith('https:');
export const SESSION_COOKIE = secure ? '__Host-session' : 'session';

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/**
 * Lives until the session's absolute expiry; the idle expiry is the server's to enforce. Beside it, a
 * hint that scripts may read and that carries no secret (lib/auth/signed-in-hint.ts): public pages are
 * the same cached HTML for everyone, and only a browser holding the hint asks who is signed in.
 */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
  jar.set(SIGNED_IN_HINT_COOKIE, '1', { httpOnly: false, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
  jar.set(SIGNED_IN_HINT_COOKIE, '', { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
