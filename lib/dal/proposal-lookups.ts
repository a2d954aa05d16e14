import 'server-only';
import { z } from 'zod';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Db, type Transaction } from '../db';
import { displayDate } from '../domain/dates';
import { lookupPatterns, type LookupPatterns } from '../domain/lookup-terms';
import { ORGANIZATION_KIND_LABELS } from '../domain/organization-kinds';
import { NotFoundError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { OrganizationKind, PublicationStatus } from '../generated/prisma/enums';

// What the proposal form may choose from: people, their roles, organizations and sources, found by
// search-as-you-type rather than listed whole (the record has thousands of each), and the checks
// that a chosen id is one the actor may use. One rule for both: a proposal may use what readers
// see (published), what the actor's own proposals brought that still awaits review, and, for
// those who may read any draft, anything awaiting review. Someone else's submission is not
// another contributor's business until an editor publishes it. Organizations have no status.

/** At most this many matches per lookup: a picker shows a short list and the editor types on. */
export const LOOKUP_LIMIT = 10;

// Written into the SQL as a literal, so the planner sees it (as search.ts does with its caps).
const LIMIT_SQL = Prisma.raw(String(LOOKUP_LIMIT));

/** One match as a picker shows it. */
export type LookupOption = { id: string; label: string; detail: string | null };

type Client = Db | Transaction;

const AWAITING_REVIEW = 'awaiting review';

/** The statement column through which a proposal brought a row of each table. */
const BROUGHT_THROUGH = { p: 'speaker_person_id', ro: 'role_id', src: 'source_id' } as const;

/**
 * Whether row `alias` (people p, roles ro, sources src) may be used by `actor`'s proposal. A row
 * awaiting review was brought by the proposal whose statement uses it, so "one's own" is found
 * through the statements and their counter-statements' proposer, with no second record of who brought it.
 */
function proposableSql(alias: keyof typeof BROUGHT_THROUGH, actor: Actor): Prisma.Sql {
  const row = Prisma.raw(alias);
  if (can(actor, 'draft.readAny')) return Prisma.sql`${row}.status IN ('published', 'submitted')`;
  return Prisma.sql`(${row}.status = 'published' OR (${row}.status = 'submitted' AND EXISTS (
    SELECT 1 FROM statements s JOIN rebuttals r ON r.statement_id = s.id
     WHERE s.${Prisma.raw(BROUGHT_THROUGH[alias])} = ${row}.id AND r.proposed_by_id = ${actor.id}::uuid)))`;
}

/** Every word of the query in one of `columns` (each column's trigram index serves its test). */
function matchesEveryWord(patterns: LookupPatterns, columns: Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(
    patterns.words.map(
      (word) =>
        Prisma.sql`(${Prisma.join(
          columns.map((column) => Prisma.sql`${column} ILIKE ${word}`),
          ' OR ',
        )})`,
    ),
    ' AND ',
  );
}

/**
 * 0 when `column` starts with the query, 1 when a later word of it does, 2 otherwise: prefix
 * matches first. starts_with and strpos on lower() rather than more ILIKEs: the rank is computed
 * for every match, and these are several times cheaper.
 */
function prefixRank(patterns: LookupPatterns, column: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`lower(${patterns.text})`;
  return Prisma.sql`CASE WHEN starts_with(lower(${column}), ${text}) THEN 0 WHEN strpos(lower(${column}), ' ' || ${text}) > 0 THEN 1 ELSE 2 END`;
}

const withStatus = (detail: string | null | undefined, status: PublicationStatus) =>
  [detail || null, status === 'PUBLISHED' ? null : AWAITING_REVIEW].filter(Boolean).join(' · ') || null;

// Raw rows keep PostgreSQL's spelling of the enums.
const statusOf = (status: string) => status.toUpperCase() as PublicationStatus;

/** People whose name holds every word of `query`, those whose name starts with it first. */
export async function lookUpPeople(query: string, actor: Actor | null): Promise<LookupOption[]> {
  assertCan(actor, 'counterStatement.propose');
  const patterns = lookupPatterns(query);
  if (!patterns) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; description: string; status: string }[]>`
    SELECT p.id, p.name, p.description, p.status::text AS status
      FROM people p
     WHERE ${matchesEveryWord(patterns, [Prisma.sql`p.name`])} AND ${proposableSql('p', actor)}
     ORDER BY ${prefixRank(patterns, Prisma.sql`p.name`)}, p.name, p.id
     LIMIT ${LIMIT_SQL}`;
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    detail: withStatus(row.description, statusOf(row.status)),
  }));
}

/** Organizations whose name holds every word of `query`, those whose name starts with it first. */
export async function lookUpOrganizations(query: string, actor: Actor | null): Promise<LookupOption[]> {
  assertCan(actor, 'counterStatement.propose');
  const patterns = lookupPatterns(query);
  if (!patterns) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; kind: string; country_code: string | null }[]>`
    SELECT o.id, o.name, o.kind::text AS kind, o.country_code
      FROM organizations o
     WHERE ${matchesEveryWord(patterns, [Prisma.sql`o.name`])}
     ORDER BY ${prefixRank(patterns, Prisma.sql`o.name`)}, o.name, o.id
     LIMIT ${LIMIT_SQL}`;
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    detail: [ORGANIZATION_KIND_LABELS[row.kind.toUpperCase() as OrganizationKind], row.country_code]
      .filter(Boolean)
      .join(', '),
  }));
}

/**
 * Published claims whose summary or claimant's name holds every word of `query`, the most recently
 * published first. The option's id is the claim's slug: what the intake form sends for the claim a
 * quote answers (proposals name a claim by its slug, as its page does).
 */
export async function lookUpClaims(query: string, actor: Actor | null): Promise<LookupOption[]> {
  assertCan(actor, 'counterStatement.propose');
  const patterns = lookupPatterns(query);
  if (!patterns) return [];
  const rows = await db.$queryRaw<{ slug: string; summary: string; speaker: string | null }[]>`
    SELECT c.slug, c.summary, COALESCE(p.name, o.name) AS speaker
      FROM claims c
      JOIN statements s ON s.id = c.statement_id
      LEFT JOIN people p ON p.id = s.speaker_person_id
      LEFT JOIN organizations o ON o.id = s.speaker_organization_id
     WHERE c.status = 'published'
       AND ${matchesEveryWord(patterns, [Prisma.sql`c.summary`, Prisma.sql`p.name`, Prisma.sql`o.name`])}
     ORDER BY c.published_at DESC NULLS LAST, c.id
     LIMIT ${LIMIT_SQL}`;
  return rows.map((row) => ({ id: row.slug, label: row.summary, detail: row.speaker }));
}

type SourceRow = {
  id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published_on: Date | null;
  status: string;
};

function toSourceOption(row: SourceRow): LookupOption {
  const label = row.title ?? row.outlet ?? row.url ?? 'A source with no title';
  const detail = [row.title ? row.outlet : null, row.published_on ? displayDate(row.published_on).label : null, row.url]
    .filter(Boolean)
    .join(', ');
  return { id: row.id, label, detail: withStatus(detail, statusOf(row.status)) };
}

/**
 * Sources whose outlet, title or URL holds every word of `query`, the most recently recorded first
 * (ids are UUIDv7, so that is the primary key read backwards). Unlike names, sources are not
 * ranked by prefix: a word as common as an outlet's name matches thousands of them, and an order
 * an index gives stops after ten, where a computed rank would read every match. The archived text
 * is not sent: it can be long, and only the chosen source's is needed (getProposableSourceOrThrow).
 */
export async function lookUpSources(query: string, actor: Actor | null): Promise<LookupOption[]> {
  assertCan(actor, 'counterStatement.propose');
  const patterns = lookupPatterns(query);
  if (!patterns) return [];
  const rows = await db.$queryRaw<SourceRow[]>`
    SELECT src.id, src.outlet, src.title, src.url, src.published_on, src.status::text AS status
      FROM sources src
     WHERE ${matchesEveryWord(patterns, [Prisma.sql`src.outlet`, Prisma.sql`src.title`, Prisma.sql`src.url`])} AND ${proposableSql('src', actor)}
     ORDER BY src.id DESC
     LIMIT ${LIMIT_SQL}`;
  return rows.map(toSourceOption);
}

// An id from a URL or a form: anything that is not a UUID names nothing (and must not reach a ::uuid cast).
const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** The person `personId` if `actor`'s proposal may name them, else null. */
export async function findProposablePerson(
  client: Client,
  personId: string,
  actor: Actor,
): Promise<{ id: string; name: string } | null> {
  if (!isUuid(personId)) return null;
  const [row] = await client.$queryRaw<{ id: string; name: string }[]>`
    SELECT p.id, p.name FROM people p WHERE p.id = ${personId}::uuid AND ${proposableSql('p', actor)}`;
  return row ?? null;
}

/** The roles of `personId` that `actor`'s proposal may name, latest first. */
async function findProposableRoles(client: Client, personId: string, actor: Actor): Promise<LookupOption[]> {
  const rows = await client.$queryRaw<{ id: string; title: string; organization: string | null; status: string }[]>`
    SELECT ro.id, ro.title, o.name AS organization, ro.status::text AS status
      FROM roles ro LEFT JOIN organizations o ON o.id = ro.organization_id
     WHERE ro.person_id = ${personId}::uuid AND ${proposableSql('ro', actor)}
     ORDER BY ro.start_date DESC NULLS LAST, ro.title, ro.id`;
  return rows.map((row) => ({
    id: row.id,
    label: [row.title, row.organization].filter(Boolean).join(', '),
    detail: withStatus(null, statusOf(row.status)),
  }));
}

/** Whether `roleId` is one of `personId`'s roles that `actor`'s proposal may name. */
export async function isProposableRole(
  client: Client,
  { personId, roleId }: { personId: string; roleId: string },
  actor: Actor,
): Promise<boolean> {
  return (await findProposableRoles(client, personId, actor)).some((role) => role.id === roleId);
}

/** A person's roles for the proposal form, once the person is chosen. */
export async function listProposableRoles(personId: string, actor: Actor | null): Promise<LookupOption[]> {
  assertCan(actor, 'counterStatement.propose');
  if (!(await findProposablePerson(db, personId, actor))) throw new NotFoundError('This person is not on record.');
  return findProposableRoles(db, personId, actor);
}

export type ProposableSource = LookupOption & { archiveText: string };

/** The source `sourceId` with its archived text if `actor`'s proposal may quote it, else null. */
export async function findProposableSource(
  client: Client,
  sourceId: string,
  actor: Actor,
): Promise<ProposableSource | null> {
  if (!isUuid(sourceId)) return null;
  const [row] = await client.$queryRaw<(SourceRow & { archive_text: string })[]>`
    SELECT src.id, src.outlet, src.title, src.url, src.published_on, src.status::text AS status, src.archive_text
      FROM sources src WHERE src.id = ${sourceId}::uuid AND ${proposableSql('src', actor)}`;
  return row ? { ...toSourceOption(row), archiveText: row.archive_text } : null;
}

/** A chosen source for the proposal form, with the archived text the quote is checked against. */
export async function getProposableSourceOrThrow(sourceId: string, actor: Actor | null): Promise<ProposableSource> {
  assertCan(actor, 'counterStatement.propose');
  const source = await findProposableSource(db, sourceId, actor);
  if (!source) throw new NotFoundError('This source is not on record.');
  return source;
}
