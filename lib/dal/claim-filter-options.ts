import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { countryName } from '../domain/affiliation';
import type { ClaimFilters } from '../validation/claim-filters';

// What the claim filter form offers, and the names behind the filters in force. Only bounded lists
// are offered as choices (countries, topics): people and organizations number in the thousands, so
// a reader reaches their filter from their page, the who-answered-whom table or a search instead,
// and the form carries it along.

export type FilterOption = { value: string; label: string };
export type ClaimFilterOptions = { countries: FilterOption[]; topics: FilterOption[] };
export type ClaimFilterNames = { person?: string; org?: string; topic?: string };

export const getClaimFilterOptions = cache(async (): Promise<ClaimFilterOptions> => {
  const [countryRows, topics] = await Promise.all([
    // DISTINCT in the database (the country_code index), not over fetched rows.
    db.$queryRaw<{ country_code: string }[]>`SELECT DISTINCT country_code FROM organizations WHERE country_code IS NOT NULL`,
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    countries: countryRows.map(({ country_code }) => ({ value: country_code, label: countryName(country_code) })).sort((a, b) => a.label.localeCompare(b.label)),
    topics: topics.map((topic) => ({ value: topic.slug, label: topic.name })),
  };
});

/** Display names for the person, organization and topic filters in force (one indexed lookup each). */
export async function getClaimFilterNames(filters: ClaimFilters): Promise<ClaimFilterNames> {
  const [person, org, topic] = await Promise.all([
    filters.person ? db.person.findUnique({ where: { slug: filters.person }, select: { name: true } }) : null,
    filters.org ? db.organization.findUnique({ where: { slug: filters.org }, select: { name: true } }) : null,
    filters.topic ? db.topic.findUnique({ where: { slug: filters.topic }, select: { name: true } }) : null,
  ]);
  return { person: person?.name, org: org?.name, topic: topic?.name };
}
