import { createHash } from 'node:crypto';

/** The fingerprint stored with every archived source text, so a snapshot can be checked later. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
