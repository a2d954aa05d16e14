import 'server-only';
import { db } from '../db';
import { publishedClaim } from './published';

/**
 * The current slug of the published claim that once had `oldSlug`, or null. The history is written
 * by database triggers when a claim's slug changes (see the claim_slug_redirects migration), so
 * this only reads it. Callers look for the slug as a current one first: a current slug wins.
 */
export async function findCurrentClaimSlug(oldSlug: string): Promise<string | null> {
  const row = await db.claimSlugRedirect.findUnique({
    where: { slug: oldSlug },
    select: { claim: { select: { slug: true, status: true } } },
  });
  return row && row.claim.status === publishedClaim.status ? row.claim.slug : null;
}
