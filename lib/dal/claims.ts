import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '../db';
import { published } from './published';
import type { Prisma, Stance, Verdict } from '../generated/prisma/client';
import { groupByAffiliation, type AffiliationGroup } from '../domain/affiliation';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { effectiveSort, type ClaimFilters, type ClaimSort } from '../validation/claim-filters';
import { rankClaimsForQuery } from './search';
import { organizationSelect, statementSelect, toStatementView, type StatementView } from './statement-view';

// Reads of claims for the public site: published claims and their published counter-statements
// only. Each read is a fixed number of queries whatever the number of rebuttals (Prisma batches
// the nested selects), and returns plain objects shaped for the page.


const claimCardSelect = {
  id: true,
  slug: true,
  claimedOn: true,
  rebuttalCount: true,
  summary: true,
  verdict: true,
  publishedAt: true,
  statement: { select: statementSelect },
  rebuttals: {
    where: published,
    select: { statement: { select: { role: { select: { organization: { select: organizationSelect } } }, speakerOrganization: { select: organizationSelect } } } },
  },
} satisfies Prisma.ClaimSelect;

type ClaimCardRow = Prisma.ClaimGetPayload<{ select: typeof claimCardSelect }>;

export type AffiliationCount = { key: string; label: string; count: number };

export type ClaimCard = {
  slug: string;
  summary: string;
  verdict: Verdict;
  claim: StatementView;
  rebuttalCount: number;
  /** How many counter-statements came from which country or organization, largest first. */
  rebuttalsByAffiliation: AffiliationCount[];
};

const countsOf = (groups: AffiliationGroup<unknown>[]): AffiliationCount[] =>
  groups.map((group) => ({ key: group.key, label: group.label, count: group.items.length }));

function toClaimCard(row: ClaimCardRow): ClaimCard {
  const groups = groupByAffiliation(row.rebuttals, ({ statement }) => statement.role?.organization ?? statement.speakerOrganization);
  return {
    slug: row.slug,
    summary: row.summary,
    verdict: row.verdict,
    claim: toStatementView(row.statement),
    rebuttalCount: row.rebuttals.length,
    rebuttalsByAffiliation: countsOf(groups),
  };
}

export type ClaimPage = { claims: ClaimCard[]; /** where the next page starts; absent on the last page */ nextCursor?: string };

export const CLAIMS_PAGE_SIZE = 20;

/**
 * Published claims matching the filters, one page at a time. Pages are cut by keyset (the last
 * row's sort key), not OFFSET: stable while claims are added, and as fast on page 500 as on page 1.
 */
export async function findPublishedClaims(filters: ClaimFilters, pageSize = CLAIMS_PAGE_SIZE): Promise<ClaimPage> {
  const sort = effectiveSort(filters);
  const ranked = filters.q ? await rankClaimsForQuery(filters.q) : undefined;
  const where: Prisma.ClaimWhereInput = { ...claimWhere(filters), ...(ranked ? { id: { in: ranked.map((hit) => hit.claimId) } } : {}) };

  if (sort === 'relevance' && ranked) {
    // Search results are bounded (MAX_SEARCH_RESULTS), so they are filtered in the database and
    // ordered by score here; the cursor is the last claim shown.
    const matching = new Set((await db.claim.findMany({ where, select: { id: true } })).map((row) => row.id));
    const ordered = ranked.filter((hit) => matching.has(hit.claimId)).map((hit) => hit.claimId);
    const after = decodeCursor(filters.cursor, relevanceCursor);
    const start = after ? ordered.indexOf(after.id) + 1 : 0;
    const pageIds = ordered.slice(start, start + pageSize);
    const rows = await db.claim.findMany({ where: { id: { in: pageIds } }, select: claimCardSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const claims = pageIds.flatMap((id) => (byId.has(id) ? [toClaimCard(byId.get(id)!)] : []));
    const last = pageIds.at(-1);
    return { claims, nextCursor: start + pageSize < ordered.length && last ? encodeCursor({ id: last }) : undefined };
  }

  const keyset = sort === 'relevance' ? undefined : keysetAfter(sort, filters.cursor);
  const rows = await db.claim.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    select: claimCardSelect,
    orderBy: ORDER_BY[sort === 'relevance' ? 'newest' : sort],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor = rows.length > pageSize && last
    ? encodeCursor({ claimedOn: toIsoDay(last.claimedOn), rebuttalCount: last.rebuttalCount, id: last.id })
    : undefined;
  return { claims: page.map(toClaimCard), nextCursor };
}

function claimWhere(filters: ClaimFilters): Prisma.ClaimWhereInput {
  // A counter-statement's organization is its speaker's role's, or the speaker's own.
  const answeredBy = (organization: Prisma.OrganizationWhereInput): Prisma.StatementWhereInput => ({
    OR: [{ role: { organization } }, { speakerOrganization: organization }],
  });
  const answeringOrganization: Prisma.OrganizationWhereInput = {
    ...(filters.org ? { slug: filters.org } : {}),
    ...(filters.country ? { countryCode: filters.country } : {}),
  };
  return {
    ...published,
    ...(filters.person ? { statement: { speakerPerson: { slug: filters.person } } } : {}),
    ...(filters.topic ? { topics: { some: { topic: { slug: filters.topic } } } } : {}),
    ...(filters.verdict ? { verdict: filters.verdict } : {}),
    ...(filters.from || filters.to
      ? { claimedOn: { ...(filters.from ? { gte: parseIsoDay(filters.from) } : {}), ...(filters.to ? { lte: parseIsoDay(filters.to) } : {}) } }
      : {}),
    ...(filters.rebutted === 'yes' ? { rebuttalCount: { gt: 0 } } : filters.rebutted === 'no' ? { rebuttalCount: 0 } : {}),
    ...(filters.org || filters.country ? { rebuttals: { some: { ...published, statement: answeredBy(answeringOrganization) } } } : {}),
  };
}

type KeysetSort = Exclude<ClaimSort, 'relevance'>;

const ORDER_BY: Record<KeysetSort, Prisma.ClaimOrderByWithRelationInput[]> = {
  newest: [{ claimedOn: 'desc' }, { id: 'desc' }],
  oldest: [{ claimedOn: 'asc' }, { id: 'asc' }],
  'most-rebutted': [{ rebuttalCount: 'desc' }, { claimedOn: 'desc' }, { id: 'desc' }],
};

const keysetCursor = z.object({ claimedOn: z.iso.date(), rebuttalCount: z.number().int().min(0), id: z.uuid() });
const relevanceCursor = z.object({ id: z.uuid() });

/** Rows strictly after the cursor in the sort's order. */
function keysetAfter(sort: KeysetSort, cursor: string | undefined): Prisma.ClaimWhereInput | undefined {
  const after = decodeCursor(cursor, keysetCursor);
  if (!after) return undefined;
  const claimedOn = parseIsoDay(after.claimedOn);
  if (sort === 'oldest') {
    return { OR: [{ claimedOn: { gt: claimedOn } }, { claimedOn, id: { gt: after.id } }] };
  }
  const newestAfter: Prisma.ClaimWhereInput[] = [{ claimedOn: { lt: claimedOn } }, { claimedOn, id: { lt: after.id } }];
  if (sort === 'newest') return { OR: newestAfter };
  return {
    OR: [
      { rebuttalCount: { lt: after.rebuttalCount } },
      ...newestAfter.map((condition) => ({ rebuttalCount: after.rebuttalCount, ...condition })),
    ],
  };
}

export type RebuttalView = { id: string; stance: Stance; note: string | null; statement: StatementView };

export type ClaimDetail = ClaimCard & {
  verdictExplanation: string;
  publishedAt: Date | null;
  updatedAt: Date;
  topics: { slug: string; name: string }[];
  rebuttalGroups: AffiliationGroup<RebuttalView>[];
};

const stanceOrder: Record<Stance, number> = { CONTRADICTS: 0, DISPUTES: 1, QUALIFIES: 2, SUPPORTS: 3 };

// cache(): a claim page's metadata and body ask for the same claim within one request.
export const getPublishedClaimBySlug = cache(async (slug: string): Promise<ClaimDetail | null> => {
  const row = await db.claim.findFirst({
    where: { slug, ...published },
    select: {
      ...claimCardSelect,
      verdictExplanation: true,
      updatedAt: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
      rebuttals: {
        where: published,
        select: { id: true, stance: true, note: true, statement: { select: statementSelect } },
        orderBy: [{ statement: { saidOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
      },
    },
  });
  if (!row) return null;
  const rebuttals: RebuttalView[] = row.rebuttals
    .map((rebuttal) => ({ id: rebuttal.id, stance: rebuttal.stance, note: rebuttal.note, statement: toStatementView(rebuttal.statement) }))
    .sort((a, b) => stanceOrder[a.stance] - stanceOrder[b.stance]);
  const groups = groupByAffiliation(rebuttals, (rebuttal) => rebuttal.statement.organization);
  return {
    slug: row.slug,
    summary: row.summary,
    verdict: row.verdict,
    claim: toStatementView(row.statement),
    rebuttalCount: rebuttals.length,
    rebuttalsByAffiliation: countsOf(groups),
    verdictExplanation: row.verdictExplanation,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    topics: row.topics.map(({ topic }) => topic),
    rebuttalGroups: groups,
  };
});

/**
 * The newest published claims among `where`, at most `limit`, as cards: for pages that show a
 * slice of claims for which /claims has no filter (what an organization's members claimed).
 */
export async function findLatestPublishedClaims(where: Prisma.ClaimWhereInput, limit: number): Promise<{ claims: ClaimCard[]; hasMore: boolean }> {
  const rows = await db.claim.findMany({ where: { AND: [published, where] }, select: claimCardSelect, orderBy: ORDER_BY.newest, take: limit + 1 });
  return { claims: rows.slice(0, limit).map(toClaimCard), hasMore: rows.length > limit };
}
