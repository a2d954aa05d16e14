import 'server-only';
import { askAgainDuringOutage } from './ask-again-during-outage';
import * as entries from './public-record-entries';

// The public record as readers get it. Public pages, feeds, the API, embeds, oEmbed and share images
// read through here and never through the DAL directly (eslint.config.js holds them to it). Each read
// is a cached entry of ./public-record-entries.ts, asked again once when it fails as the database
// stops (./ask-again-during-outage.ts): a render under way at that moment is then served the copy the
// cache kept, rather than failing.

export const getPublishedClaimBySlugOrNull = askAgainDuringOutage(entries.getPublishedClaimBySlugOrNull);
export const getPublishedClaimAsOfOrNull = askAgainDuringOutage(entries.getPublishedClaimAsOfOrNull);
export const findCurrentClaimSlug = askAgainDuringOutage(entries.findCurrentClaimSlug);
export const getPublishedClaimHistoryOrNull = askAgainDuringOutage(entries.getPublishedClaimHistoryOrNull);
export const getPublishedClaimTimelineOrNull = askAgainDuringOutage(entries.getPublishedClaimTimelineOrNull);
export const getPublishedRelatedClaims = askAgainDuringOutage(entries.getPublishedRelatedClaims);
export const getPublishedExpectedParties = askAgainDuringOutage(entries.getPublishedExpectedParties);
export const findPublishedClaims = askAgainDuringOutage(entries.findPublishedClaims);
export const getClaimFilterOptions = askAgainDuringOutage(entries.getClaimFilterOptions);
export const getClaimFilterNames = askAgainDuringOutage(entries.getClaimFilterNames);
export const listCorrections = askAgainDuringOutage(entries.listCorrections);
export const getWhoAnsweredWhom = askAgainDuringOutage(entries.getWhoAnsweredWhom);
export const getMedianResponseTimes = askAgainDuringOutage(entries.getMedianResponseTimes);
export const findFeedItems = askAgainDuringOutage(entries.findFeedItems);
export const getSourceByIdOrNull = askAgainDuringOutage(entries.getSourceByIdOrNull);
export const findPeople = askAgainDuringOutage(entries.findPeople);
export const getPersonProfileOrNull = askAgainDuringOutage(entries.getPersonProfileOrNull);
export const findOrganizations = askAgainDuringOutage(entries.findOrganizations);
export const getOrganizationProfileOrNull = askAgainDuringOutage(entries.getOrganizationProfileOrNull);
export const getCountryProfileOrNull = askAgainDuringOutage(entries.getCountryProfileOrNull);
export const findTopics = askAgainDuringOutage(entries.findTopics);
export const getTopicProfileOrNull = askAgainDuringOutage(entries.getTopicProfileOrNull);
export const getTopicTimeline = askAgainDuringOutage(entries.getTopicTimeline);
export const getTopicTimelineAsOf = askAgainDuringOutage(entries.getTopicTimelineAsOf);
