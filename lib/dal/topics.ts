import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { publishedClaim, publishedCounterStatement } from './published';
import type { Prisma, Verdict } from '../generated/prisma/client';
import type { CounterStatementRef } from '../domain/counter-statement-groups';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { timelineCursor } from '../validation/cursors';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { toCounterStatementRef } from './latest-counter-statements';
import { findPublishedClaims, type ClaimPage } from './claims';
import { nameKeyset, toNamePage, type NamePage } from './name-keyset';
import { ratingsInForce } from './claim-as-of';
import { saidByWhere } from './said-by';
import { statementSelect, toStatementView, type StatementView } from './statement-view';

// Reads of topics for the public site: a topic's published claims, and its timeline of claims and
// the counter-statements that answer them, in the order they were said.

export type TopicSummary = { slug: string; name: string };

const TOPICS_PAGE_SIZE = 50;

/**
 * Topics with at least one published claim, alphabetically. Without counts: counting a topic's
 * claims reads all of them, thousands per topic at scale, and the topic's page says it anyway.
 */
export async function findTopics(
  { cursor }: { cursor?: string },
  pageSize = TOPICS_PAGE_SIZE,
): Promise<NamePage<TopicSummary>> {
  const keyset = nameKeyset(cursor, pageSize);
  const rows = await db.topic.findMany({
    where: { AND: [keyset.where, { claims: { some: { claim: publishedClaim } } }] },
    select: { id: true, slug: true, name: true },
    orderBy: keyset.orderBy,
    take: keyset.take,
  });
  return toNamePage(rows, pageSize, ({ slug, name }) => ({ slug, name }));
}

export type TopicRef = { slug: string; name: string };
export type TopicProfile = TopicRef & {
  /** its newest published claims; `nextCursor` is set when /claims?topic= has more */ claims: ClaimPage;
};

export const TOPIC_CLAIMS_LIST_LENGTH = 20;

const getTopicBySlug = cache(async (slug: string): Promise<(TopicRef & { id: string }) | null> =>
  db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
);

// cache(): a topic's page and its metadata ask for the same topic within one request.
export const getTopicProfileOrNull = cache(async (slug: string): Promise<TopicProfile | null> => {
  const topic = await getTopicBySlug(slug);
  if (!topic) return null;
  const claims = await findPublishedClaims({ topic: topic.slug, sort: 'newest' }, TOPIC_CLAIMS_LIST_LENGTH);
  return { slug: topic.slug, name: topic.name, claims };
});

/** A statement on a topic's timeline: a claim of the topic, an answer to some, or both. */
export type TimelineEntry = {
  statement: StatementView;
  /**
   * The claim this statement is, when it is a published claim of the topic; its verdict is null on a
   * timeline as of a day before the claim was rated here.
   */
  claim: { slug: string; summary: string; verdict: Verdict | null } | null;
  /** The topic's published claims this statement answers. */
  counterStatements: CounterStatementRef[];
};

export type TopicTimeline = TopicRef & {
  entries: TimelineEntry[];
  /** where the next page starts; absent on the last page */ nextCursor?: string;
};

const TIMELINE_PAGE_SIZE = 50;

/** Statements after the cursor in timeline order: by date said, undated ones last, then by id. */
function timelineAfter(cursor: string | undefined): Prisma.StatementWhereInput {
  const after = decodeCursor(cursor, timelineCursor);
  if (!after) return {};
  if (after.saidOn === null) return { saidOn: null, id: { gt: after.id } };
  const saidOn = parseIsoDay(after.saidOn);
  return { OR: [{ saidOn: { gt: saidOn } }, { saidOn, id: { gt: after.id } }, { saidOn: null }] };
}

/**
 * The topic's published claims and the published counter-statements answering them, oldest first,
 * a page at a time, so a reader sees what had been said as of each date.
 */
export const getTopicTimeline = cache(
  (slug: string, cursor?: string, pageSize = TIMELINE_PAGE_SIZE): Promise<TopicTimeline | null> =>
    readTopicTimeline(slug, { cursor, pageSize }),
);

/**
 * The topic's timeline as it stood at the end of `day` (YYYY-MM-DD, validated by the caller): only
 * the statements said by then (lib/domain/as-of.ts), each claim with the verdict in force then,
 * null when it had not been rated here yet.
 */
export function getTopicTimelineAsOf(
  slug: string,
  day: string,
  cursor?: string,
  pageSize = TIMELINE_PAGE_SIZE,
): Promise<TopicTimeline | null> {
  return readTopicTimeline(slug, { cursor, pageSize, asOf: parseIsoDay(day) });
}

async function readTopicTimeline(
  slug: string,
  { cursor, pageSize, asOf }: { cursor?: string; pageSize: number; asOf?: Date },
): Promise<TopicTimeline | null> {
  const topic = await getTopicBySlug(slug);
  if (!topic) return null;
  const claimOfTopic = {
    ...publishedClaim,
    topics: { some: { topicId: topic.id } },
  } satisfies Prisma.ClaimWhereInput;
  const counterStatementInTopic = {
    ...publishedCounterStatement,
    claim: claimOfTopic,
  } satisfies Prisma.CounterStatementWhereInput;
  const rows = await db.statement.findMany({
    where: {
      AND: [
        timelineAfter(cursor),
        asOf ? saidByWhere(asOf) : {},
        { OR: [{ claim: claimOfTopic }, { counterStatements: { some: counterStatementInTopic } }] },
      ],
    },
    select: {
      ...statementSelect,
      claim: {
        where: claimOfTopic,
        select: { id: true, slug: true, summary: true, verdict: true, verdictExplanation: true, publishedAt: true },
      },
      counterStatements: {
        where: counterStatementInTopic,
        select: {
          id: true,
          stance: true,
          claim: { select: { slug: true, summary: true, counterStatementCount: true } },
        },
      },
    },
    orderBy: [{ saidOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const ratings = asOf
    ? await ratingsInForce(
        page.flatMap((row) => row.claim ?? []),
        asOf,
      )
    : null;
  return {
    slug: topic.slug,
    name: topic.name,
    entries: page.map((row) => ({
      statement: toStatementView(row),
      claim: row.claim && {
        slug: row.claim.slug,
        summary: row.claim.summary,
        verdict: ratings ? (ratings.get(row.claim.id)?.verdict ?? null) : row.claim.verdict,
      },
      counterStatements: row.counterStatements.map(toCounterStatementRef),
    })),
    nextCursor:
      rows.length > pageSize && last
        ? encodeCursor({ saidOn: last.saidOn ? toIsoDay(last.saidOn) : null, id: last.id })
        : undefined,
  };
}
