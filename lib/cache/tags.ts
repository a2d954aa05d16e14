// The cache tags of the public record: what a cached read depends on, and what a write changes.
// Readers tag what they cache (lib/cache/public-record.ts); each write in the DAL returns the tags of
// what it changed, and the server action that called it expires them (lib/cache/invalidate.ts).
//
// A claim has a tag of its own: its page is the one a crowd reads when it is shared, so an edit to
// another claim must not expire it. Everything else is tagged by collection: a list, a profile, a
// feed or a count shows many claims or names at once, and one tag per row shown would run past the
// 128 tags an entry may carry, for little gain (docs/caching.md).

/** The collections of the public record, each a tag. */
export const COLLECTION = {
  /** Anything that lists or counts claims and counter-statements: lists, search, feeds, profiles, counts. */
  claims: 'claims',
  /** People and their roles: every place a speaker's name, role or photo is shown. */
  people: 'people',
  organizations: 'organizations',
  topics: 'topics',
  /** Sources and the quotes taken from them. */
  sources: 'sources',
} as const;

export type CollectionTag = (typeof COLLECTION)[keyof typeof COLLECTION];
export type ClaimTag = `claim:${string}`;
export type CacheTag = CollectionTag | ClaimTag;

/** What one claim's own responses show: its page, history, API entry, embed, oEmbed and share image. */
export const claimTag = (claimId: string): ClaimTag => `claim:${claimId}`;

/**
 * The names a claim's page shows besides the claim's own text: its claimant's and answerers' names
 * and roles, their organizations, the sources quoted and the topics.
 */
export const NAMES_ON_A_CLAIM: readonly CollectionTag[] = [
  COLLECTION.people,
  COLLECTION.organizations,
  COLLECTION.sources,
  COLLECTION.topics,
];

/** Every tag of the public record's collections: for a response that shows a bit of everything. */
export const EVERY_COLLECTION: readonly CollectionTag[] = Object.values(COLLECTION);

/** The tags of a change to claims: each claim's own, and the claim collection that lists and counts them. */
export function claimsChanged(claimIds: Iterable<string>): CacheTag[] {
  return [...[...new Set(claimIds)].map(claimTag), COLLECTION.claims];
}
