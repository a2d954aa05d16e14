import { createHash, randomBytes } from 'node:crypto';

// The cookie carries a random token; the database keeps only its SHA-256, so reading the sessions
// table (a backup, a replica, a log) gives nobody a usable cookie.

/** 32 random bytes, base64url: 256 bits, unguessable. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session's id in the database. */
export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
