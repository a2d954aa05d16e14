import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../env';

// The session cookie. Secure when the site is served over https, decided by SITE_URL (the
// configured public origin), never by the request, which a proxy in front may have rewritten.
// Over https the __Host- prefix also makes the browser refuse the cookie from any subdomain or path.
const secure = env.SITE_URL.startsWith('https:');
export const SESSION_COOKIE = secure ? '__Host-session' : 'session';

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Lives until the session's absolute expiry; the idle expiry is the server's to enforce. */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
