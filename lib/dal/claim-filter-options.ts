import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { countryName } from '../domain/affiliation';
import { publishedPerson } from './published';
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
    db.$queryRaw<
      { country_code: string }[]
    >`SELECT DISTINCT country_code FROM organizations WHERE country_code IS NOT NULL`,
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    countries: countryRows
      .map(({ country_code }) => ({ value: country_code, label: countryName(country_code) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    topics: topics.map((topic) => ({ value: topic.slug, label: topic.name })),
  };
});

type FilterSubject = { id: string; name: string };

/** What the person, organization and topic filters name: absent without the filter, null when its slug names nothing. */
export type ClaimFilterSubjects = {
  person?: FilterSubject | null;
  org?: FilterSubject | null;
  topic?: FilterSubject | null;
};

// cache(): the claim list and the filter chips of one request look up the same slugs. Keyed on the
// slugs themselves, so that separately parsed filters share the entry.
const findFilterSubjects = cache(
  async (person?: string, org?: string, topic?: string): Promise<ClaimFilterSubjects> => {
    const select = { id: true, name: true } as const;
    const [personRow, orgRow, topicRow] = await Promise.all([
      // A person awaiting review is named nowhere public, a filter chip included.
      person ? db.person.findUnique({ where: { slug: person, ...publishedPerson }, select }) : undefined,
      org ? db.organization.findUnique({ where: { slug: org }, select }) : undefined,
      topic ? db.topic.findUnique({ where: { slug: topic }, select }) : undefined,
    ]);
    return { person: personRow, org: orgRow, topic: topicRow };
  },
);

/** The person, organization and topic the filters in force name (one indexed lookup each). */
export function getClaimFilterSubjects(filters: ClaimFilters): Promise<ClaimFilterSubjects> {
  return findFilterSubjects(filters.person, filters.org, filters.topic);
}

/** Display names for the person, organization and topic filters in force. */
export async function getClaimFilterNames(filters: ClaimFilters): Promise<ClaimFilterNames> {
  const { person, org, topic } = await getClaimFilterSubjects(filters);
  return { person: person?.name, org: org?.name, topic: topic?.name };
}
