import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import type { Prisma, Stance, Verdict } from '../generated/prisma/client';
import { groupByAffiliation, type AffiliationGroup } from '../domain/affiliation';
import { organizationSelect, statementSelect, toStatementView, type StatementView } from './statement-view';

// Reads of claims for the public site: published claims and their published counter-statements
// only. Each read is a fixed number of queries whatever the number of rebuttals (Prisma batches
// the nested selects), and returns plain objects shaped for the page.

const published = { status: 'PUBLISHED' } as const;

const claimCardSelect = {
  slug: true,
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

// Newest claim first by when it was said; claims with no known date last.
const newestFirst: Prisma.ClaimOrderByWithRelationInput[] = [{ statement: { saidOn: { sort: 'desc', nulls: 'last' } } }, { publishedAt: 'desc' }, { slug: 'asc' }];

export async function listPublishedClaims(): Promise<ClaimCard[]> {
  const rows = await db.claim.findMany({ where: published, select: claimCardSelect, orderBy: newestFirst });
  return rows.map(toClaimCard);
}

export async function getLatestClaims(limit: number): Promise<ClaimCard[]> {
  const rows = await db.claim.findMany({ where: published, select: claimCardSelect, orderBy: newestFirst, take: limit });
  return rows.map(toClaimCard);
}

/** Claims with the most published counter-statements; claims with none are left out. */
export async function getMostRebuttedClaims(limit: number): Promise<ClaimCard[]> {
  const rows = await db.claim.findMany({
    where: { ...published, rebuttals: { some: published } },
    select: claimCardSelect,
    orderBy: [{ rebuttals: { _count: 'desc' } }, ...newestFirst],
    take: limit,
  });
  return rows.map(toClaimCard);
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
