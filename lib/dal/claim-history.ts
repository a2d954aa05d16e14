import 'server-only';
import { db } from '../db';
import { claimRevisions } from '../domain/claim-revisions';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { momentCursor } from '../validation/cursors';
import { publishedClaim } from './published';
import { historyOf } from './versioned-records';

// What readers see of a claim's past: its revisions with their differences, and the public log of
// corrections. Published claims only.

/** A published claim's revisions, newest first, each with what it changed from the one before. */
export async function getPublishedClaimHistoryOrNull(slug: string) {
  const claim = await db.claim.findFirst({
    where: { slug, ...publishedClaim },
    select: { id: true, slug: true, summary: true, version: true, publishedAt: true },
  });
  if (!claim) return null;
  const entries = await historyOf(claimRevisions, claim.id);
  return { ...claim, entries: entries.reverse() };
}

export const CORRECTIONS_PAGE_SIZE = 30;

/** What a reader sees of a correction, here and on the claim page (lib/dal/claims.ts). */
export const correctionSelect = { id: true, changed: true, note: true, createdAt: true } as const;

/** Every published claim's corrections, newest first, cut by keyset on (createdAt, id). */
export async function listCorrections({ cursor }: { cursor?: string }, pageSize = CORRECTIONS_PAGE_SIZE) {
  const after = decodeCursor(cursor, momentCursor);
  const keyset = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const rows = await db.correction.findMany({
    where: { ...keyset, claim: publishedClaim },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageSize + 1,
    select: { ...correctionSelect, claim: { select: { slug: true, summary: true } } },
  });
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > pageSize && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : undefined,
  };
}
