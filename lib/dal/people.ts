import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import {
  publishedClaim,
  publishedClaimAppearance,
  publishedCounterStatement,
  publishedPerson,
  publishedRole,
} from './published';
import { Prisma, type Stance, type Verdict } from '../generated/prisma/client';
import { displayDate, type DisplayDate } from '../domain/dates';
import { STANCES } from '../domain/stances';
import { tallyInOrder, type Tally } from '../domain/tally';
import { VERDICT_SCALE } from '../domain/verdicts';
import { findLatestCounterStatements, type LatestCounterStatements } from './latest-counter-statements';
import { findPublishedClaims, type ClaimPage } from './claims';
import { afterNameSql, toNamePage, type NamePage } from './name-keyset';
import { answersPublishedClaim, existsPublicStatement } from './public-speakers';

// Reads of people for the public site: only what they said in public (published claims, and
// published answers to published claims) is counted or shown. A fixed number of queries per page,
// and lists capped, whatever a person has said.

export type PersonSummary = {
  slug: string;
  name: string;
  description: string;
  claimCount: number;
  answerCount: number;
};

const PEOPLE_PAGE_SIZE = 50;

type PersonSummaryRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  claim_count: number;
  answer_count: number;
};

/** People who said something in public, alphabetically, a page at a time, with how much they said. */
export async function findPeople(
  { cursor }: { cursor?: string },
  pageSize = PEOPLE_PAGE_SIZE,
): Promise<NamePage<PersonSummary>> {
  // People are sorted by name first (OFFSET 0 keeps that subquery apart), then checked one by one
  // until the page is full; the counts are computed for the page's people only.
  const rows = await db.$queryRaw<PersonSummaryRow[]>`
    SELECT page.id, page.slug, page.name, page.description,
           (SELECT count(*) FROM statements s JOIN claims c ON c.statement_id = s.id AND c.status = 'published'
             WHERE s.speaker_person_id = page.id)::int AS claim_count,
           (SELECT count(*) FROM statements s WHERE s.speaker_person_id = page.id AND ${answersPublishedClaim})::int AS answer_count
      FROM (
        SELECT p.id, p.slug, p.name, p.description
          FROM (SELECT id, slug, name, description FROM people WHERE ${afterNameSql(cursor)} ORDER BY name, id OFFSET 0) p
         WHERE ${existsPublicStatement([{ from: Prisma.sql`statements s`, where: Prisma.sql`s.speaker_person_id = p.id` }])}
         ORDER BY p.name, p.id
         LIMIT ${pageSize + 1}
      ) page
     ORDER BY page.name, page.id`;
  return toNamePage(rows, pageSize, (row) => ({
    slug: row.slug,
    name: row.name,
    description: row.description,
    claimCount: row.claim_count,
    answerCount: row.answer_count,
  }));
}

export type PersonRole = {
  title: string;
  organization: { slug: string; name: string } | null;
  from: DisplayDate | null;
  to: DisplayDate | null;
};

export type PersonProfile = {
  slug: string;
  name: string;
  description: string;
  wikidataUrl: string | null;
  /** Earliest first; roles with no known start last. */
  roles: PersonRole[];
  claimsByVerdict: Tally<Verdict>[];
  answersByStance: Tally<Stance>[];
  /** How often they said a claim on record again (theirs or another's): its published repetitions by them. */
  repetitionCount: number;
  /** Their newest published claims; `nextCursor` is set when /claims?person= has more. */
  claims: ClaimPage;
  /** Their newest statements that answer published claims. */
  counterStatements: LatestCounterStatements;
};

/** How many claims and counter-statements a person's page lists before pointing elsewhere. */
export const PERSON_LIST_LENGTH = 20;

// cache(): a person's page and its metadata ask for the same person within one request.
export const getPersonProfileOrNull = cache(async (slug: string): Promise<PersonProfile | null> => {
  const person = await db.person.findUnique({
    // A person brought by a submission awaiting review is not on the public record yet.
    where: { slug, ...publishedPerson },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      wikidataId: true,
      roles: {
        where: publishedRole,
        select: { title: true, startDate: true, endDate: true, organization: { select: { slug: true, name: true } } },
        orderBy: [
          { startDate: { sort: 'asc', nulls: 'last' } },
          { endDate: { sort: 'asc', nulls: 'last' } },
          { title: 'asc' },
        ],
      },
    },
  });
  if (!person) return null;
  const [verdicts, stances, repetitionCount, claims, counterStatements] = await Promise.all([
    db.claim.groupBy({
      by: ['verdict'],
      where: { ...publishedClaim, statement: { speakerPersonId: person.id } },
      _count: { _all: true },
    }),
    db.counterStatement.groupBy({
      by: ['stance'],
      where: { ...publishedCounterStatement, statement: { speakerPersonId: person.id } },
      _count: { _all: true },
    }),
    db.claimAppearance.count({ where: { ...publishedClaimAppearance, statement: { speakerPersonId: person.id } } }),
    findPublishedClaims({ person: person.slug, sort: 'newest' }, PERSON_LIST_LENGTH),
    findLatestCounterStatements({ speakerPersonId: person.id }, PERSON_LIST_LENGTH),
  ]);
  return {
    slug: person.slug,
    name: person.name,
    description: person.description,
    // The database checks the id's format (Q followed by digits), so it is safe in a URL.
    wikidataUrl: person.wikidataId ? `https://www.wikidata.org/wiki/${person.wikidataId}` : null,
    roles: person.roles.map((role) => ({
      title: role.title,
      organization: role.organization,
      from: role.startDate ? displayDate(role.startDate) : null,
      to: role.endDate ? displayDate(role.endDate) : null,
    })),
    claimsByVerdict: tallyInOrder(
      verdicts.map((group) => ({ key: group.verdict, count: group._count._all })),
      VERDICT_SCALE.map((entry) => entry.verdict),
    ),
    answersByStance: tallyInOrder(
      stances.map((group) => ({ key: group.stance, count: group._count._all })),
      STANCES.map((entry) => entry.stance),
    ),
    repetitionCount,
    claims,
    counterStatements,
  };
});
