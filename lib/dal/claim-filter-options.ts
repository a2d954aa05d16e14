import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { countryName } from '../domain/affiliation';

// What the claim filters can be set to: only values that select at least one published claim.

export type FilterOption = { value: string; label: string };
export type ClaimFilterOptions = { people: FilterOption[]; organizations: FilterOption[]; countries: FilterOption[]; topics: FilterOption[] };

const published = { status: 'PUBLISHED' } as const;

export const getClaimFilterOptions = cache(async (): Promise<ClaimFilterOptions> => {
  const answersAClaim = { rebuttals: { some: { ...published, claim: published } } };
  const [people, organizations, topics] = await Promise.all([
    db.person.findMany({ where: { statements: { some: { claim: published } } }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    db.organization.findMany({
      where: { OR: [{ statements: { some: answersAClaim } }, { roles: { some: { statements: { some: answersAClaim } } } }] },
      select: { slug: true, name: true, countryCode: true },
      orderBy: { name: 'asc' },
    }),
    db.topic.findMany({ where: { claims: { some: { claim: published } } }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  const countryCodes = [...new Set(organizations.flatMap((organization) => (organization.countryCode ? [organization.countryCode] : [])))];
  return {
    people: people.map((person) => ({ value: person.slug, label: person.name })),
    organizations: organizations.map((organization) => ({ value: organization.slug, label: organization.name })),
    countries: countryCodes.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label)),
    topics: topics.map((topic) => ({ value: topic.slug, label: topic.name })),
  };
});
