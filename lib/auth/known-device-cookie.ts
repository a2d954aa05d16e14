import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../env';

// The known-device cookie: a random token whose SHA-256 the known_devices table keeps, showing that
// this browser signed in to an account before (lib/dal/sessions.ts). It outlives sessions and
// sign-outs; Secure and __Host- over https, as the session cookie is.
const secure = env.SITE_URL.startsWith('https:');
const KNOWN_DEVICE_COOKIE = secure ? '__Host-known-device' : 'known-device';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function readKnownDeviceToken(): Promise<string | undefined> {
  return (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value;
}

export async function setKnownDeviceCookie(token: string): Promise<void> {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
  });
}
