import { createHash, randomBytes } from 'node:crypto';

// Recovery codes: one-time codes for when the authenticator is lost. Each is 80 random bits,
// written as four groups of four base32 letters and digits ("k7q2-m4xa-…"), easy to copy by hand.
// The database keeps their SHA-256 only. Argon2 (as for passwords) is for secrets people choose,
// which are guessable and must be made slow to try; 80 random bits cannot be guessed however fast
// each try is, and an unsalted hash lets sign-in find a code by one indexed lookup instead of
// running argon2 against each of the account's codes.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'; // RFC 4648 base32, lower case: no 0/O or 1/l pairs
const CODE_LENGTH = 16; // 16 × 5 bits = 80 bits

/** New recovery codes, to show once. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    // 5 bits per character from one random byte each: 256 is a multiple of 32, so no bias.
    const characters = [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte % 32]).join('');
    return characters.match(/.{4}/g)!.join('-');
  });
}

/** What was typed, as it was generated: case, spaces and dashes do not matter. Null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const characters = input.toLowerCase().replace(/[\s-]/g, '');
  if (characters.length !== CODE_LENGTH || ![...characters].every((c) => ALPHABET.includes(c))) return null;
  return characters.match(/.{4}/g)!.join('-');
}

/** The stored form of a (normalized) code. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
