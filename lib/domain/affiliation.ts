// Counter-statements are shown grouped by who answered: the country of the speaker's organization
// when it belongs to one (France, the United Kingdom), else the organization itself (the Syrian
// Democratic Forces), else a group for speakers with no known affiliation.

export type AffiliatedOrganization = { slug: string; name: string; countryCode: string | null };

export type Affiliation = { key: string; label: string; countryCode: string | null };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(countryCode: string): string {
  return regionNames.of(countryCode) ?? countryCode;
}

export const UNAFFILIATED: Affiliation = { key: 'unaffiliated', label: 'No stated affiliation', countryCode: null };

export function affiliationOf(organization: AffiliatedOrganization | null): Affiliation {
  if (!organization) return UNAFFILIATED;
  if (organization.countryCode) {
    return {
      key: `country:${organization.countryCode}`,
      label: countryName(organization.countryCode),
      countryCode: organization.countryCode,
    };
  }
  return { key: `organization:${organization.slug}`, label: organization.name, countryCode: null };
}

export type AffiliationGroup<T> = Affiliation & { items: T[] };

export type AffiliationCount = { key: string; label: string; count: number };

/** Largest first, ties by label: the one order of groups and counts alike. */
const largestFirst =
  <T extends { label: string }>(sizeOf: (item: T) => number) =>
  (a: T, b: T) =>
    sizeOf(b) - sizeOf(a) || a.label.localeCompare(b.label);

/** Groups items by affiliation, largest group first, ties by label; items keep their order. */
export function groupByAffiliation<T>(
  items: readonly T[],
  organizationOf: (item: T) => AffiliatedOrganization | null,
): AffiliationGroup<T>[] {
  const groups = new Map<string, AffiliationGroup<T>>();
  for (const item of items) {
    const affiliation = affiliationOf(organizationOf(item));
    const group = groups.get(affiliation.key) ?? { ...affiliation, items: [] };
    group.items.push(item);
    groups.set(affiliation.key, group);
  }
  return [...groups.values()].sort(largestFirst((group) => group.items.length));
}

/**
 * Counts already summed per organization (by the database), summed again per affiliation: two
 * organizations of one country make one count. Ordered as groupByAffiliation orders its groups.
 */
export function countByAffiliation(
  counts: readonly { organization: AffiliatedOrganization | null; count: number }[],
): AffiliationCount[] {
  const totals = new Map<string, AffiliationCount>();
  for (const { organization, count } of counts) {
    const { key, label } = affiliationOf(organization);
    const total = totals.get(key) ?? { key, label, count: 0 };
    total.count += count;
    totals.set(key, total);
  }
  return [...totals.values()].sort(largestFirst((total) => total.count));
}
