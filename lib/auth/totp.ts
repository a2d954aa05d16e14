import { Secret, TOTP } from 'otpauth';

// Time-based one-time passwords (RFC 6238) through otpauth: SHA-1, 6 digits, 30-second steps, the
// parameters every authenticator app supports. The library computes and compares codes; what is
// ours is which time steps count and the refusal of a step already used (lib/dal/two-factor.ts).

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Countercheck';
/** One step either side of now: a phone's clock a little off, or a code typed as it changed. */
const WINDOW = 1;

const totpOf = (secret: string, email = '') =>
  new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret), period: TOTP_PERIOD_SECONDS });

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommended length), base32 as apps take it. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI that an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The secret grouped by four for typing it by hand; apps ignore the spaces. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The time step a moment falls in (Unix seconds / 30). */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** Six digits, spaces allowed between them (apps show "123 456"). */
export function isTotpCodeShaped(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

/**
 * The time step whose code `code` is, within one step of `now`, or null when it is none of them.
 * The caller refuses a step it has accepted before (replay).
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : totpStep(now) + delta;
}

/** The code of `secret` at `now`: for tests, which play the authenticator app. */
export function totpCodeAt(secret: string, now: Date): string {
  return totpOf(secret).generate({ timestamp: now.getTime() });
}
