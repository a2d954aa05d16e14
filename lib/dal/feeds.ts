import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { FEED_LENGTH, type FeedClaim, type FeedQuote, type FeedCounterStatement } from '../domain/feeds';
import { appearanceDateOf, appearanceSpan, saidTimesLabel } from '../domain/appearances';
import { claimPagePathWithEveryCounterStatement } from '../domain/claim-page';
import { publishedClaim, publishedClaimAppearance, publishedCounterStatement, publishedPerson } from './published';
import { statementSelect, toStatementView, type StatementView } from './statement-view';
import { routes } from '../routes';

// What the feeds carry: the newest published claims and counter-statements, site-wide or of one
// person, organization or topic. Two queries whatever the scope, each cut to the feed's length by
// an index (claims by published_at, counter-statements by created_at).

export type FeedScope = { kind: 'site' } | { kind: 'person' | 'organization' | 'topic'; slug: string };

export type FeedSubject = {
  /** The person's, organization's or topic's name; null for the whole site. */
  name: string | null;
  /** The page the feed follows: '' for the home page. */
  pagePath: '' | `/${string}`;
};

type Filters = { claims: Prisma.ClaimWhereInput; counterStatements: Prisma.CounterStatementWhereInput };

const subjectSelect = { id: true, slug: true, name: true } as const;

/** The scope's subject and the filters that pick its claims and counter-statements; null when it does not exist. */
async function resolveScope(scope: FeedScope): Promise<{ subject: FeedSubject; filters: Filters } | null> {
  if (scope.kind === 'site')
    return { subject: { name: null, pagePath: '' }, filters: { claims: {}, counterStatements: {} } };
  if (scope.kind === 'person') {
    // A person brought by a proposal awaiting review has no page, and so no feed.
    const person = await db.person.findUnique({
      where: { slug: scope.slug, ...publishedPerson },
      select: subjectSelect,
    });
    if (!person) return null;
    const statement = { speakerPersonId: person.id };
    return {
      subject: { name: person.name, pagePath: routes.person(person.slug) },
      filters: { claims: { statement }, counterStatements: { statement } },
    };
  }
  if (scope.kind === 'organization') {
    const organization = await db.organization.findUnique({ where: { slug: scope.slug }, select: subjectSelect });
    if (!organization) return null;
    // Its members, by the role they held when they spoke, and its unnamed spokespeople: the
    // column the statement_affiliation migration's triggers keep.
    const statement: Prisma.StatementWhereInput = { affiliatedOrganizationId: organization.id };
    return {
      subject: { name: organization.name, pagePath: routes.organization(organization.slug) },
      filters: { claims: { statement }, counterStatements: { statement } },
    };
  }
  const topic = await db.topic.findUnique({ where: { slug: scope.slug }, select: subjectSelect });
  if (!topic) return null;
  const topics = { some: { topicId: topic.id } };
  return {
    subject: { name: topic.name, pagePath: routes.topic(topic.slug) },
    filters: { claims: { topics }, counterStatements: { claim: { topics } } },
  };
}

const toFeedQuote = (view: StatementView): FeedQuote => ({
  text: view.text,
  language: view.language,
  speakerName: view.speakerName,
  speakerRole: view.speakerRole,
  saidOn: view.saidOn,
});

/**
 * The scope's subject and its newest published claims and counter-statements (at most `limit` of
 * each; the feed keeps the newest `limit` of both), or null when the person, organization or
 * topic does not exist. A claim is dated when it was published, a counter-statement when it was
 * recorded (counter-statements have no publication date of their own yet).
 */
export async function findFeedItems(
  scope: FeedScope,
  limit = FEED_LENGTH,
): Promise<{ subject: FeedSubject; items: (FeedClaim | FeedCounterStatement)[] } | null> {
  const resolved = await resolveScope(scope);
  if (!resolved) return null;
  const { filters } = resolved;
  const [claims, counterStatements] = await Promise.all([
    db.claim.findMany({
      where: { AND: [publishedClaim, { publishedAt: { not: null } }, filters.claims] },
      select: {
        id: true,
        slug: true,
        summary: true,
        verdict: true,
        publishedAt: true,
        statement: { select: statementSelect },
        appearances: {
          where: publishedClaimAppearance,
          select: { statement: { select: { saidOn: true, saidOnPrecision: true } } },
        },
      },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit,
    }),
    db.counterStatement.findMany({
      where: { AND: [publishedCounterStatement, filters.counterStatements] },
      select: {
        id: true,
        stance: true,
        createdAt: true,
        statement: { select: statementSelect },
        claim: {
          select: { slug: true, summary: true, counterStatementCount: true, statement: { select: statementSelect } },
        },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    }),
  ]);
  const items: (FeedClaim | FeedCounterStatement)[] = [
    ...claims.map((claim): FeedClaim => ({
      kind: 'claim',
      id: claim.id,
      slug: claim.slug,
      summary: claim.summary,
      verdict: claim.verdict,
      publishedAt: claim.publishedAt!, // filtered to non-null above
      quote: toFeedQuote(toStatementView(claim.statement)),
      saidTimes: saidTimesLabel(
        appearanceSpan([claim.statement, ...claim.appearances.map(({ statement }) => statement)].map(appearanceDateOf)),
      ),
    })),
    ...counterStatements.map((counterStatement): FeedCounterStatement => ({
      kind: 'counterStatement',
      id: counterStatement.id,
      stance: counterStatement.stance,
      publishedAt: counterStatement.createdAt,
      quote: toFeedQuote(toStatementView(counterStatement.statement)),
      claim: {
        path: claimPagePathWithEveryCounterStatement(
          counterStatement.claim.slug,
          counterStatement.claim.counterStatementCount,
        ),
        summary: counterStatement.claim.summary,
        claimantName: toStatementView(counterStatement.claim.statement).speakerName,
      },
    })),
  ];
  return { subject: resolved.subject, items };
}
