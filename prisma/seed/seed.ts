import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db, Transaction } from '../../lib/db';
import { sha256Hex } from '../../lib/domain/archive';
import { parseIsoDay } from '../../lib/domain/dates';
import { relatedClaimPair } from '../../lib/domain/related-claims';
import { locateQuote } from '../../lib/domain/quote-match';
import { slugify } from '../../lib/domain/slug';
import * as data from './data';

// Turns the curated data into rows (pure, testable without a database), then writes them in one
// transaction with ON CONFLICT DO NOTHING on stable ids, so seeding twice changes nothing.

type SeedData = typeof data;
export type SeedRows = ReturnType<typeof buildSeedRows>;

/** A UUID derived from a record's kind and key: the same record always gets the same id. */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`countercheck-seed:${kind}:${key}`).digest('hex');
  // Version 8 (custom) and the RFC 9562 variant, so the result is a well-formed UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const optionalDay = (iso: string | null | undefined) => (iso ? parseIsoDay(iso) : null);

export const ARTICLES_DIR = path.join(import.meta.dirname, 'articles');

export async function readArticles(sources = data.sources): Promise<Map<string, string>> {
  const entries = await Promise.all(
    sources.map(async (source) => [source.key, await readFile(path.join(ARTICLES_DIR, source.file), 'utf8')] as const),
  );
  return new Map(entries);
}

export function buildSeedRows(seed: SeedData, articles: Map<string, string>) {
  const people = seed.people.map((person) => ({
    id: stableId('person', person.key),
    slug: slugify(person.name),
    name: person.name,
    description: person.description,
    wikidataId: person.wikidataId ?? null,
  }));
  const organizations = seed.organizations.map((organization) => ({
    id: stableId('organization', organization.key),
    slug: slugify(organization.name),
    name: organization.name,
    kind: organization.kind,
    countryCode: organization.countryCode ?? null,
  }));
  const roles = seed.roles.map((role) => ({
    id: stableId('role', role.key),
    personId: stableId('person', role.person),
    organizationId: role.organization ? stableId('organization', role.organization) : null,
    title: role.title,
    startDate: optionalDay(role.startDate),
    endDate: optionalDay(role.endDate),
  }));
  const sources = seed.sources.map((source) => {
    const archiveText = articles.get(source.key);
    if (archiveText === undefined) throw new Error(`No archived text for source ${source.key}`);
    return {
      id: stableId('source', source.key),
      kind: source.kind,
      outlet: source.outlet,
      title: source.title,
      url: null,
      publishedOn: optionalDay(source.publishedOn),
      language: 'en',
      provenanceNote: source.provenanceNote,
      archiveText,
      archiveSha256: sha256Hex(archiveText),
      archivedAt: data.SEED_PUBLISHED_AT,
    };
  });
  const unverified: string[] = [];
  const statements = seed.statements.map((statement) => {
    const span = locateQuote(articles.get(statement.source) ?? '', statement.text);
    if (!span) unverified.push(statement.key);
    const speaker = statement.speaker;
    return {
      id: stableId('statement', statement.key),
      text: statement.text,
      language: 'en',
      speakerPersonId: 'person' in speaker ? stableId('person', speaker.person) : null,
      roleId: 'person' in speaker && speaker.role ? stableId('role', speaker.role) : null,
      speakerOrganizationId: 'organization' in speaker ? stableId('organization', speaker.organization) : null,
      attribution: statement.attribution ?? null,
      saidOn: optionalDay(statement.saidOn),
      saidOnPrecision: statement.saidOnPrecision ?? 'DAY',
      sourceId: stableId('source', statement.source),
      quoteStart: span?.start ?? null,
      quoteEnd: span?.end ?? null,
    };
  });
  if (unverified.length) throw new Error(`Seed quotes not found verbatim in their sources: ${unverified.join(', ')}`);
  const topics = seed.topics.map((topic) => ({
    id: stableId('topic', topic.slug),
    slug: topic.slug,
    name: topic.name,
  }));
  const claims = seed.claims.map((claim) => ({
    id: stableId('claim', claim.slug),
    slug: claim.slug,
    statementId: stableId('statement', claim.statement),
    summary: claim.summary,
    verdict: claim.verdict,
    verdictExplanation: claim.verdictExplanation,
    status: 'PUBLISHED' as const,
    publishedAt: data.SEED_PUBLISHED_AT,
  }));
  const claimTopics = seed.claims.flatMap((claim) =>
    claim.topics.map((topic) => ({ claimId: stableId('claim', claim.slug), topicId: stableId('topic', topic) })),
  );
  const counterStatements = seed.claims.flatMap((claim) =>
    claim.counterStatements.map((counterStatement) => ({
      id: stableId('rebuttal', `${claim.slug}:${counterStatement.statement}`),
      claimId: stableId('claim', claim.slug),
      statementId: stableId('statement', counterStatement.statement),
      stance: counterStatement.stance,
      note: counterStatement.note ?? null,
      status: 'PUBLISHED' as const,
    })),
  );
  const relatedClaims = seed.relatedClaims.map(([slug, otherSlug]) =>
    relatedClaimPair(stableId('claim', slug), stableId('claim', otherSlug)),
  );
  return {
    people,
    organizations,
    roles,
    sources,
    statements,
    topics,
    claims,
    claimTopics,
    counterStatements,
    relatedClaims,
  };
}

/** Inserts whatever of the seed is missing, in dependency order, in one transaction. Returns rows inserted per table. */
export async function writeSeedRows(db: Db, rows: SeedRows): Promise<Record<keyof SeedRows, number>> {
  return db.$transaction(
    async (tx: Transaction) => {
      const options = { skipDuplicates: true } as const;
      // Sequential on purpose: each table's foreign keys point at the ones before it.
      const people = (await tx.person.createMany({ data: rows.people, ...options })).count;
      const organizations = (await tx.organization.createMany({ data: rows.organizations, ...options })).count;
      const roles = (await tx.role.createMany({ data: rows.roles, ...options })).count;
      const sources = (await tx.source.createMany({ data: rows.sources, ...options })).count;
      const statements = (await tx.statement.createMany({ data: rows.statements, ...options })).count;
      const topics = (await tx.topic.createMany({ data: rows.topics, ...options })).count;
      const claims = (await tx.claim.createMany({ data: rows.claims, ...options })).count;
      const claimTopics = (await tx.claimTopic.createMany({ data: rows.claimTopics, ...options })).count;
      const counterStatements = (await tx.counterStatement.createMany({ data: rows.counterStatements, ...options }))
        .count;
      const relatedClaims = (await tx.relatedClaim.createMany({ data: rows.relatedClaims, ...options })).count;
      return {
        people,
        organizations,
        roles,
        sources,
        statements,
        topics,
        claims,
        claimTopics,
        counterStatements,
        relatedClaims,
      };
      // Prisma's 5 s default: on a loaded machine (CI beside other work) the seed's inserts passed it.
    },
    { timeout: 60_000 },
  );
}

export async function seedDatabase(db: Db) {
  return writeSeedRows(db, buildSeedRows(data, await readArticles()));
}
