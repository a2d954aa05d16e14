import 'server-only';
import * as claimAsOf from '../dal/claim-as-of';
import * as claimHistory from '../dal/claim-history';
import * as claimFilterOptions from '../dal/claim-filter-options';
import * as claimSlugRedirects from '../dal/claim-slug-redirects';
import * as claimTimeline from '../dal/claim-timeline';
import * as claims from '../dal/claims';
import * as expectedParties from '../dal/expected-parties';
import * as feeds from '../dal/feeds';
import * as organizations from '../dal/organizations';
import * as people from '../dal/people';
import * as relatedClaims from '../dal/related-claims';
import * as responseTimes from '../dal/response-times';
import * as sources from '../dal/sources';
import * as topics from '../dal/topics';
import * as whoAnsweredWhom from '../dal/who-answered-whom';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { readFromReplica } from '../replica-reads';
import type { ClaimFilters } from '../validation/claim-filters';
import type { AnswerFilters } from '../validation/answer-filters';
import { isAfter } from '../validation/as-of';
import { describeEntry } from './entry';
import { RECORD_LIFE, SEARCH_LIFE } from './life';
import { claimTag, COLLECTION, EVERY_COLLECTION, NAMES_ON_A_CLAIM } from './tags';

// The public record as readers get it: the DAL's public reads, each kept in Next.js's cache
// ('use cache') under the tags of what it shows (./tags.ts), for the lifetimes of ./life.ts. Public pages, feeds, the API, embeds, oEmbed and share images read
// through here and never through the DAL directly, so a reader's request runs no query while the
// cache is warm, and a write that expires a tag refreshes every response that showed it.
// Their queries may be answered by a streaming replica (readFromReplica, lib/replica-reads.ts): a
// write expires its tags only once the replicas show it (./expire.ts), so no lag is cached.
// Arguments and results cross the cache as React Server Components data: plain objects, dates.
//
// Each function is written out rather than made by a wrapper: 'use cache' keys an entry on the
// function and its arguments, and a wrapped function would be a closure over a function, which the
// cache cannot key on.

/** A published claim and its counter-statements, or null (a slug not, or no longer, in use). */
export async function getPublishedClaimBySlugOrNull(slug: string, counterStatements: 'first' | 'all' = 'first') {
  'use cache';
  const claim = await readFromReplica(() => claims.getPublishedClaimBySlugOrNull(slug, counterStatements));
  // A slug that names no claim yet may name one once a claim is published: any change to claims expires it.
  describeEntry(RECORD_LIFE, claim ? [claimTag(claim.id), ...NAMES_ON_A_CLAIM] : [COLLECTION.claims]);
  return claim;
}

/**
 * A published claim as it stood at the end of a day (YYYY-MM-DD), or null: no such published claim,
 * or a day after today (whose record is not known yet). Today is read inside the entry, as for
 * expected parties: a day that comes is served within RECORD_LIFE's minute of its start.
 */
export async function getPublishedClaimAsOfOrNull(slug: string, day: string) {
  'use cache';
  const record = isAfter(day, parseIsoDay(toIsoDay(new Date())))
    ? null
    : await readFromReplica(() => claimAsOf.getPublishedClaimAsOfOrNull(slug, day));
  describeEntry(RECORD_LIFE, record ? [claimTag(record.claim.id), ...NAMES_ON_A_CLAIM] : [COLLECTION.claims]);
  return record;
}

export async function findCurrentClaimSlug(oldSlug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, [COLLECTION.claims]);
  return readFromReplica(() => claimSlugRedirects.findCurrentClaimSlug(oldSlug));
}

export async function getPublishedClaimHistoryOrNull(slug: string) {
  'use cache';
  const history = await readFromReplica(() => claimHistory.getPublishedClaimHistoryOrNull(slug));
  describeEntry(RECORD_LIFE, history ? [claimTag(history.id), ...NAMES_ON_A_CLAIM] : [COLLECTION.claims]);
  return history;
}

/** A published claim's answers in time, and how long each country or organization took to answer. */
export async function getPublishedClaimTimelineOrNull(claimId: string) {
  'use cache';
  const timeline = await readFromReplica(() => claimTimeline.getPublishedClaimTimelineOrNull(claimId));
  // A claim's own read: its tag and the names it shows, like the claim it belongs to.
  describeEntry(RECORD_LIFE, timeline ? [claimTag(claimId), ...NAMES_ON_A_CLAIM] : [COLLECTION.claims]);
  return timeline;
}

/** The published claims related to a claim (a claim's page and its API entry). */
export async function getPublishedRelatedClaims(claimId: string) {
  'use cache';
  const related = await readFromReplica(() => relatedClaims.getPublishedRelatedClaims(claimId));
  // Every linked claim's tag, shown or not: one of them published, edited or withdrawn changes this list.
  describeEntry(RECORD_LIFE, [claimTag(claimId), ...related.linkedClaimIds.map(claimTag), ...NAMES_ON_A_CLAIM]);
  return related.claims;
}

/**
 * Who of the parties expected to answer a claim has answered, and how long the others have been
 * silent, today; null when the claim lists none. The day is read inside the entry, so it is cached
 * with it: the entry is refreshed within RECORD_LIFE's minute, and the count of days with it.
 */
export async function getPublishedExpectedParties(claimId: string) {
  'use cache';
  const today = parseIsoDay(toIsoDay(new Date()));
  const parties = await readFromReplica(() => expectedParties.getPublishedExpectedPartiesOrNull(claimId, today));
  // The claim's tag (its answers and the list) and the organizations' names it shows.
  describeEntry(RECORD_LIFE, [claimTag(claimId), ...NAMES_ON_A_CLAIM]);
  return parties;
}

/** A page of /claims (filters, search, sort, cursor). Searches are kept a shorter while (./life.ts). */
export async function findPublishedClaims(filters: ClaimFilters, pageSize?: number) {
  'use cache';
  describeEntry(filters.q ? SEARCH_LIFE : RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => claims.findPublishedClaims(filters, pageSize));
}

export async function getClaimFilterOptions() {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => claimFilterOptions.getClaimFilterOptions());
}

export async function getClaimFilterNames(filters: ClaimFilters) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => claimFilterOptions.getClaimFilterNames(filters));
}

export async function listCorrections(page: { cursor?: string }) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => claimHistory.listCorrections(page));
}

export async function getWhoAnsweredWhom(filters: AnswerFilters) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => whoAnsweredWhom.getWhoAnsweredWhom(filters));
}

export async function getMedianResponseTimes(filters: AnswerFilters) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => responseTimes.getMedianResponseTimes(filters));
}

export async function findFeedItems(scope: feeds.FeedScope) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => feeds.findFeedItems(scope));
}

export async function getSourceByIdOrNull(id: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => sources.getSourceByIdOrNull(id));
}

export async function findPeople(page: { cursor?: string }) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => people.findPeople(page));
}

export async function getPersonProfileOrNull(slug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => people.getPersonProfileOrNull(slug));
}

export async function findOrganizations(page: { cursor?: string }) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => organizations.findOrganizations(page));
}

export async function getOrganizationProfileOrNull(slug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => organizations.getOrganizationProfileOrNull(slug));
}

export async function getCountryProfileOrNull(code: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => organizations.getCountryProfileOrNull(code));
}

export async function findTopics(page: { cursor?: string }) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => topics.findTopics(page));
}

export async function getTopicProfileOrNull(slug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => topics.getTopicProfileOrNull(slug));
}

export async function getTopicTimeline(slug: string, cursor?: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  return readFromReplica(() => topics.getTopicTimeline(slug, cursor));
}

/** A topic's timeline as it stood at the end of a day; null as for an unknown topic when the day is after today. */
export async function getTopicTimelineAsOf(slug: string, day: string, cursor?: string) {
  'use cache';
  describeEntry(RECORD_LIFE, EVERY_COLLECTION);
  if (isAfter(day, parseIsoDay(toIsoDay(new Date())))) return null;
  return readFromReplica(() => topics.getTopicTimelineAsOf(slug, day, cursor));
}
