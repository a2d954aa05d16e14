import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '../db';
import { Prisma, type OrganizationKind } from '../generated/prisma/client';
import { countryName } from '../domain/affiliation';
import { groupCounterStatementsByClaim, type ClaimCounterStatements } from '../domain/counter-statement-groups';
import { findLatestCounterStatements } from './latest-counter-statements';
import { findLatestPublishedClaims, type ClaimCard } from './claims';
import { afterNameSql, toNamePage, type NamePage } from './name-keyset';
import { existsPublicStatement } from './public-speakers';
import type { StatementView } from './statement-view';

// Reads of organizations and countries for the public site. An organization speaks through its
// members (a statement whose speaker's role was in the organization when they spoke) and through
// its spokespeople (a statement attributed to the organization itself). Published data only, a
// fixed number of queries per page, lists capped.

export type Country = { code: string; name: string };
export type OrganizationSummary = { slug: string; name: string; kind: OrganizationKind; country: Country | null };

const organizationSummarySelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  countryCode: true,
} satisfies Prisma.OrganizationSelect;

function toOrganizationSummary({
  slug,
  name,
  kind,
  countryCode,
}: Prisma.OrganizationGetPayload<{ select: typeof organizationSummarySelect }>): OrganizationSummary {
  return { slug, name, kind, country: countryCode ? { code: countryCode, name: countryName(countryCode) } : null };
}

/** Statements made for an organization: by its members in their roles, or by itself (a column kept by the statement_affiliation migration's triggers). */
const spokenFor = (organization: { id: string }): Prisma.StatementWhereInput => ({
  affiliatedOrganizationId: organization.id,
});

const ORGANIZATIONS_PAGE_SIZE = 50;

/** Organizations that said something in public, themselves or through their members, alphabetically. */
export async function findOrganizations(
  { cursor }: { cursor?: string },
  pageSize = ORGANIZATIONS_PAGE_SIZE,
): Promise<NamePage<OrganizationSummary>> {
  // Sorted by name first (OFFSET 0 keeps that subquery apart), then checked one by one until the
  // page is full. Raw SQL picks the page; Prisma reads it, so that enums arrive as Prisma's.
  const page = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id
      FROM (SELECT id, name FROM organizations WHERE ${afterNameSql(cursor)} ORDER BY name, id OFFSET 0) o
     WHERE ${existsPublicStatement([{ from: Prisma.sql`statements s`, where: Prisma.sql`s.affiliated_organization_id = o.id` }])}
     ORDER BY o.name, o.id
     LIMIT ${pageSize + 1}`;
  const rows = await db.organization.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    select: organizationSummarySelect,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return toNamePage(rows, pageSize, toOrganizationSummary);
}

/** How many counter-statements an organization or country page shows, grouped by claim, before pointing to /claims. */
export const COUNTER_STATEMENTS_LIST_LENGTH = 30;
/** How many of its members' claims an organization page shows. */
export const MEMBER_CLAIMS_LIST_LENGTH = 20;

export type OrganizationProfile = OrganizationSummary & {
  /** Its newest answers to published claims, grouped by the claim they answer. */
  answeredClaims: ClaimCounterStatements<StatementView>[];
  hasMoreCounterStatements: boolean;
  /** The newest published claims made by its members or in its name. */
  claims: ClaimCard[];
  hasMoreClaims: boolean;
};

// cache(): an organization's page and its metadata ask for the same organization within one request.
export const getOrganizationProfileOrNull = cache(async (slug: string): Promise<OrganizationProfile | null> => {
  const organization = await db.organization.findUnique({ where: { slug }, select: organizationSummarySelect });
  if (!organization) return null;
  const statements = spokenFor(organization);
  const [answers, claims] = await Promise.all([
    findLatestCounterStatements(statements, COUNTER_STATEMENTS_LIST_LENGTH),
    findLatestPublishedClaims({ statement: statements }, MEMBER_CLAIMS_LIST_LENGTH),
  ]);
  return {
    ...toOrganizationSummary(organization),
    answeredClaims: groupCounterStatementsByClaim(answers.items),
    hasMoreCounterStatements: answers.hasMore,
    claims: claims.claims,
    hasMoreClaims: claims.hasMore,
  };
});

export type CountryProfile = Country & {
  organizations: OrganizationSummary[];
  /** The newest answers by its organizations and their members, grouped by the claim they answer. */
  answeredClaims: ClaimCounterStatements<StatementView>[];
  hasMoreCounterStatements: boolean;
};

const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase());

/** A country as the organizations that belong to it; null when none does (or the code is not one). */
export const getCountryProfileOrNull = cache(async (code: string): Promise<CountryProfile | null> => {
  const parsed = countryCode.safeParse(code);
  if (!parsed.success) return null;
  const organizations = await db.organization.findMany({
    where: { countryCode: parsed.data },
    select: organizationSummarySelect,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  if (organizations.length === 0) return null;
  // Statements for any of its organizations are those affiliated with the country.
  const answers = await findLatestCounterStatements(
    { affiliatedCountryCode: parsed.data },
    COUNTER_STATEMENTS_LIST_LENGTH,
  );
  return {
    code: parsed.data,
    name: countryName(parsed.data),
    organizations: organizations.map(toOrganizationSummary),
    answeredClaims: groupCounterStatementsByClaim(answers.items),
    hasMoreCounterStatements: answers.hasMore,
  };
});
