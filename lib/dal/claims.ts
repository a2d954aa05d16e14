import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { publishedClaim, publishedClaimAppearance, publishedCounterStatement } from './published';
import { Prisma, type Stance, type Verdict } from '../generated/prisma/client';
import {
  countByAffiliation,
  groupByAffiliation,
  type AffiliationCount,
  type AffiliationGroup,
} from '../domain/affiliation';
import { appearanceDateOf, appearanceSpan, type AppearanceDate, type AppearanceSpan } from '../domain/appearances';
import { CLAIM_PAGE_COUNTER_STATEMENTS } from '../domain/claim-page';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { claimKeysetCursor, relevanceCursor } from '../validation/cursors';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { effectiveSort, type ClaimFilters, type ClaimSort } from '../validation/claim-filters';
import { correctionSelect } from './claim-history';
import { getClaimFilterSubjects, type ClaimFilterSubjects } from './claim-filter-options';
import { rankClaimsForQuery } from './search';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// Reads of claims for the public site: published claims and their published counter-statements
// only. Each read is a fixed number of queries whatever the number of counter-statements (Prisma batches
// the nested selects), and returns plain objects shaped for the page.

const claimCardSelect = {
  id: true,
  slug: true,
  claimedOn: true,
  counterStatementCount: true,
  summary: true,
  verdict: true,
  publishedAt: true,
  statement: { select: statementSelect },
} satisfies Prisma.ClaimSelect;

type ClaimCardRow = Prisma.ClaimGetPayload<{ select: typeof claimCardSelect }>;

export type ClaimCard = {
  slug: string;
  summary: string;
  verdict: Verdict;
  claim: StatementView;
  counterStatementCount: number;
  /** How many counter-statements came from which country or organization, largest first. */
  counterStatementsByAffiliation: AffiliationCount[];
  /** How often and over what span the claim was made: its own statement and its published repetitions. */
  appearances: AppearanceSpan;
};

/** The dates of the published repetitions of these claims, by claim: one indexed query for a whole page. */
async function repetitionDatesByClaim(claimIds: string[]): Promise<Map<string, (AppearanceDate | null)[]>> {
  const rows = await db.claimAppearance.findMany({
    where: { claimId: { in: claimIds }, ...publishedClaimAppearance },
    select: { claimId: true, statement: { select: { saidOn: true, saidOnPrecision: true } } },
  });
  const byClaim = new Map<string, (AppearanceDate | null)[]>();
  for (const row of rows)
    byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), appearanceDateOf(row.statement)]);
  return byClaim;
}

/**
 * Cards for claim rows, in their order. A card shows how many counter-statements came from where,
 * not the statements themselves: the database counts them per organization in one query for the
 * whole page, so a claim with 200 counter-statements costs a card no more than one with 2.
 */
async function toClaimCards(rows: ClaimCardRow[]): Promise<ClaimCard[]> {
  if (!rows.length) return [];
  // Both queries at once, awaited together: a query started and awaited later would be an unhandled
  // rejection if it failed while the other was awaited (seen when the database stopped under load).
  const [repetitionsByClaim, counts] = await Promise.all([
    repetitionDatesByClaim(rows.map((row) => row.id)),
    db.$queryRaw<
      { claim_id: string; slug: string | null; name: string | null; country_code: string | null; count: number }[]
    >`
    SELECT r.claim_id, o.slug, o.name, o.country_code, count(*)::int AS count
      FROM rebuttals r
      JOIN statements s ON s.id = r.statement_id
      LEFT JOIN organizations o ON o.id = s.affiliated_organization_id
     WHERE r.claim_id IN (${Prisma.join(rows.map((row) => Prisma.sql`${row.id}::uuid`))}) AND r.status = 'published'
     GROUP BY r.claim_id, o.id`,
  ]);
  const countsByClaim = new Map<string, typeof counts>();
  for (const count of counts) countsByClaim.set(count.claim_id, [...(countsByClaim.get(count.claim_id) ?? []), count]);
  return rows.map((row) => ({
    slug: row.slug,
    summary: row.summary,
    verdict: row.verdict,
    claim: toStatementView(row.statement),
    counterStatementCount: row.counterStatementCount,
    counterStatementsByAffiliation: countByAffiliation(
      (countsByClaim.get(row.id) ?? []).map(({ slug, name, country_code, count }) => ({
        organization: slug && name ? { slug, name, countryCode: country_code } : null,
        count,
      })),
    ),
    appearances: appearanceSpan([appearanceDateOf(row.statement), ...(repetitionsByClaim.get(row.id) ?? [])]),
  }));
}

export type ClaimPage = {
  claims: ClaimCard[];
  /** where the next page starts; absent on the last page */ nextCursor?: string;
};

export const CLAIMS_PAGE_SIZE = 20;

/**
 * Published claims matching the filters, one page at a time. Pages are cut by keyset (the last
 * row's sort key), not OFFSET: stable while claims are added, and as fast on page 500 as on page 1.
 */
export async function findPublishedClaims(filters: ClaimFilters, pageSize = CLAIMS_PAGE_SIZE): Promise<ClaimPage> {
  const sort = effectiveSort(filters);
  const [subjects, ranked] = await Promise.all([
    getClaimFilterSubjects(filters),
    filters.q ? rankClaimsForQuery(filters.q) : undefined,
  ]);
  const filtered = claimWhere(filters, subjects);
  if (!filtered) return { claims: [] };
  const where: Prisma.ClaimWhereInput = {
    ...filtered,
    ...(ranked ? { id: { in: ranked.map((hit) => hit.claimId) } } : {}),
  };

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
    const claims = await toClaimCards(pageIds.flatMap((id) => byId.get(id) ?? []));
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
  const nextCursor =
    rows.length > pageSize && last
      ? encodeCursor({
          claimedOn: toIsoDay(last.claimedOn),
          counterStatementCount: last.counterStatementCount,
          id: last.id,
        })
      : undefined;
  return { claims: await toClaimCards(page), nextCursor };
}

/**
 * The filters as a condition on claim columns only. People, organizations and topics are compared
 * by id, looked up first: with a known value the planner sees how common it is (a rare topic is
 * read through its index, a common one by walking the newest claims), where a join on the slug
 * would make it guess the average. Null when a filter names nothing, so nothing can match.
 */
function claimWhere(filters: ClaimFilters, subjects: ClaimFilterSubjects): Prisma.ClaimWhereInput | null {
  const { person, org, topic } = subjects;
  if (person === null || org === null || topic === null) return null;
  return {
    ...publishedClaim,
    ...(person ? { statement: { speakerPersonId: person.id } } : {}),
    ...(topic ? { topics: { some: { topicId: topic.id } } } : {}),
    ...(filters.verdict ? { verdict: filters.verdict } : {}),
    ...(filters.from || filters.to
      ? {
          claimedOn: {
            ...(filters.from ? { gte: parseIsoDay(filters.from) } : {}),
            ...(filters.to ? { lte: parseIsoDay(filters.to) } : {}),
          },
        }
      : {}),
    ...(filters.rebutted === 'yes'
      ? { counterStatementCount: { gt: 0 } }
      : filters.rebutted === 'no'
        ? { counterStatementCount: 0 }
        : {}),
    // Who answered, kept on the claim row by the claim_answered_by migration's triggers.
    ...(org ? { answeredByOrganizationIds: { has: org.id } } : {}),
    ...(filters.country ? { answeredByCountryCodes: { has: filters.country } } : {}),
  };
}

type KeysetSort = Exclude<ClaimSort, 'relevance'>;

const ORDER_BY: Record<KeysetSort, Prisma.ClaimOrderByWithRelationInput[]> = {
  newest: [{ claimedOn: 'desc' }, { id: 'desc' }],
  oldest: [{ claimedOn: 'asc' }, { id: 'asc' }],
  'most-rebutted': [{ counterStatementCount: 'desc' }, { claimedOn: 'desc' }, { id: 'desc' }],
};

/** Rows strictly after the cursor in the sort's order. */
function keysetAfter(sort: KeysetSort, cursor: string | undefined): Prisma.ClaimWhereInput | undefined {
  const after = decodeCursor(cursor, claimKeysetCursor);
  if (!after) return undefined;
  const claimedOn = parseIsoDay(after.claimedOn);
  if (sort === 'oldest') {
    return { OR: [{ claimedOn: { gt: claimedOn } }, { claimedOn, id: { gt: after.id } }] };
  }
  const newestAfter: Prisma.ClaimWhereInput[] = [{ claimedOn: { lt: claimedOn } }, { claimedOn, id: { lt: after.id } }];
  if (sort === 'newest') return { OR: newestAfter };
  return {
    OR: [
      { counterStatementCount: { lt: after.counterStatementCount } },
      ...newestAfter.map((condition) => ({ counterStatementCount: after.counterStatementCount, ...condition })),
    ],
  };
}

export type CounterStatementView = { id: string; stance: Stance; note: string | null; statement: StatementView };

/** A published repetition of a claim: where and by whom it was said again. */
export type RepetitionView = { id: string; statement: StatementView };

export type ClaimDetail = ClaimCard & {
  /** What its cache entries are tagged with (lib/cache/tags.ts): the slug may change, the id does not. */
  id: string;
  verdictExplanation: string;
  publishedAt: Date | null;
  updatedAt: Date;
  topics: { slug: string; name: string }[];
  /** Published corrections, oldest first. */
  corrections: { id: string; changed: string; note: string; createdAt: Date }[];
  /** The counter-statements shown, strongest stance first, grouped by who answered. */
  counterStatementGroups: AffiliationGroup<CounterStatementView>[];
  /** How many of counterStatementCount are shown (all, or the first CLAIM_PAGE_COUNTER_STATEMENTS). */
  counterStatementsShown: number;
  /** Its published repetitions, earliest first (the claim's own statement is not one). */
  repetitions: RepetitionView[];
};

// cache(): a claim page's metadata and body ask for the same claim within one request (its
// arguments are primitives, which cache() compares by value).
export const getPublishedClaimBySlugOrNull = cache(
  async (slug: string, counterStatements: 'first' | 'all' = 'first'): Promise<ClaimDetail | null> => {
    const row = await db.claim.findFirst({
      where: { slug, ...publishedClaim },
      select: {
        ...claimCardSelect,
        verdictExplanation: true,
        updatedAt: true,
        topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
        corrections: { select: correctionSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
        counterStatements: {
          where: publishedCounterStatement,
          select: { id: true, stance: true, note: true, statement: { select: statementSelect } },
          // Strongest first: the stance enum is declared from "contradicts" to "supports".
          orderBy: [{ stance: 'asc' }, { statement: { saidOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
          ...(counterStatements === 'all' ? {} : { take: CLAIM_PAGE_COUNTER_STATEMENTS }),
        },
        appearances: {
          where: publishedClaimAppearance,
          select: { id: true, statement: { select: statementSelect } },
          orderBy: [{ statement: { saidOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
        },
      },
    });
    if (!row) return null;
    const [card] = await toClaimCards([row]);
    const shown: CounterStatementView[] = row.counterStatements.map((counterStatement) => ({
      id: counterStatement.id,
      stance: counterStatement.stance,
      note: counterStatement.note,
      statement: toStatementView(counterStatement.statement),
    }));
    return {
      ...card!,
      id: row.id,
      verdictExplanation: row.verdictExplanation,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      topics: row.topics.map(({ topic }) => topic),
      corrections: row.corrections,
      counterStatementGroups: groupByAffiliation(shown, (counterStatement) => counterStatement.statement.organization),
      counterStatementsShown: shown.length,
      repetitions: row.appearances.map(({ id, statement }) => ({ id, statement: toStatementView(statement) })),
    };
  },
);

/**
 * The newest published claims among `where`, at most `limit`, as cards: for pages that show a
 * slice of claims for which /claims has no filter (what an organization's members claimed).
 */
export async function findLatestPublishedClaims(
  where: Prisma.ClaimWhereInput,
  limit: number,
): Promise<{ claims: ClaimCard[]; hasMore: boolean }> {
  const rows = await db.claim.findMany({
    where: { AND: [publishedClaim, where] },
    select: claimCardSelect,
    orderBy: ORDER_BY.newest,
    take: limit + 1,
  });
  return { claims: await toClaimCards(rows.slice(0, limit)), hasMore: rows.length > limit };
}
