import type { ClaimAsOf } from '../dal/claim-as-of';
import type { ClaimCard, ClaimDetail, RepetitionView } from '../dal/claims';
import { saidTimesLabel } from '../domain/appearances';
import type { OrganizationProfile, OrganizationSummary } from '../dal/organizations';
import type { PersonProfile, PersonSummary } from '../dal/people';
import type { RelatedClaimView } from '../dal/related-claims';
import type { ExpectedParties } from '../domain/expected-parties';
import type { SourceDetail } from '../dal/sources';
import type { SourceReference, StatementView } from '../dal/statement-view';
import type { TopicSummary } from '../dal/topics';
import type { AffiliatedOrganization } from '../domain/affiliation';
import type { ClaimTimeline, PartyResponse } from '../domain/claim-timeline';
import { counterStatementHref } from '../domain/counter-statement-groups';
import { urlSpelling } from '../domain/url-spelling';
import { verdictDefinition } from '../domain/verdicts';
import { absoluteUrl } from '../site-url';
import type { ClaimFilters } from '../validation/claim-filters';
import { pageHref } from '../validation/page-cursor';
import type {
  ApiClaimDetail,
  ApiClaimSummary,
  ApiOrganizationDetail,
  ApiOrganizationSummary,
  ApiPersonDetail,
  ApiPersonSummary,
  ApiRelatedClaim,
  ApiRepetition,
  ApiList,
  ApiResponseTime,
  ApiExpectedParties,
  ApiSourceDetail,
  ApiSourceRef,
  ApiStatement,
  ApiTopic,
} from '../validation/api';
import { routes, type SitePath } from '../routes';

// The DAL's page-shaped objects as the public API shows them: every link absolute (from SITE_URL),
// enums in their URL spelling, dates as ISO strings. Typed by the API's zod schemas, so a field
// the OpenAPI document promises cannot be forgotten here.

export const API_PREFIX = '/api/v1';

/** The API's URL of a site path: the API mirrors the site's paths under /api/v1. */
export const apiUrl = (path: SitePath) => absoluteUrl(`${API_PREFIX}${path}`);

const organizationRef = (organization: AffiliatedOrganization) => ({
  slug: organization.slug,
  name: organization.name,
  countryCode: organization.countryCode,
  url: apiUrl(routes.organization(organization.slug)),
  htmlUrl: absoluteUrl(routes.organization(organization.slug)),
});

export function toApiSourceRef(source: SourceReference): ApiSourceRef {
  return {
    id: source.id,
    url: apiUrl(routes.source(source.id)),
    htmlUrl: absoluteUrl(routes.source(source.id)),
    kind: urlSpelling(source.kind),
    outlet: source.outlet,
    title: source.title,
    originalUrl: source.url,
    publishedOn: source.publishedOn?.iso ?? null,
  };
}

export function toApiStatement(statement: StatementView): ApiStatement {
  const href = statement.speakerHref as SitePath | null;
  return {
    id: statement.id,
    text: statement.text,
    language: statement.language,
    translation: statement.translation,
    speaker: {
      kind: statement.speakerKind,
      name: statement.speakerName,
      url: href ? apiUrl(href) : null,
      htmlUrl: href ? absoluteUrl(href) : null,
      title: statement.speakerTitle,
    },
    attribution: statement.attribution,
    organization: statement.organization ? organizationRef(statement.organization) : null,
    saidOn: statement.saidOn?.iso ?? null,
    verified: statement.verified,
    source: toApiSourceRef(statement.source),
  };
}

/** How the API names a claim wherever it lists one: its addresses, summary and verdict. */
function claimHeadline(claim: Pick<ClaimCard, 'slug' | 'summary' | 'verdict'>) {
  return {
    slug: claim.slug,
    url: apiUrl(routes.claim(claim.slug)),
    htmlUrl: absoluteUrl(routes.claim(claim.slug)),
    summary: claim.summary,
    verdict: urlSpelling(claim.verdict),
    verdictLabel: verdictDefinition(claim.verdict).label,
  };
}

export function toApiClaimSummary(claim: ClaimCard): ApiClaimSummary {
  return {
    ...claimHeadline(claim),
    claim: toApiStatement(claim.claim),
    rebuttalCount: claim.counterStatementCount,
    rebuttalsByAffiliation: claim.counterStatementsByAffiliation,
    appearances: {
      count: claim.appearances.count,
      firstSaidOn: claim.appearances.first?.iso ?? null,
      lastSaidOn: claim.appearances.last?.iso ?? null,
      label: saidTimesLabel(claim.appearances),
    },
  };
}

const claimsUrl = (filters: ClaimFilters) => apiUrl(routes.claims(filters));

const counterStatementUrl = (answer: Parameters<typeof counterStatementHref>[0]) =>
  absoluteUrl(counterStatementHref(answer));

export function toApiClaimDetail(
  claim: ClaimDetail,
  timeline: ClaimTimeline,
  relatedClaims: RelatedClaimView[],
  expectedParties: ExpectedParties | null,
  asOf: ApiClaimDetail['asOf'] = null,
): ApiClaimDetail {
  return {
    ...toApiClaimSummary(claim),
    verdictExplanation: claim.verdictExplanation,
    publishedAt: claim.publishedAt?.toISOString() ?? null,
    updatedAt: claim.updatedAt.toISOString(),
    topics: claim.topics.map(toApiTopic),
    rebuttals: claim.counterStatementGroups.flatMap((group) =>
      group.items.map((counterStatement) => ({
        id: counterStatement.id,
        htmlUrl: counterStatementUrl({ counterStatementId: counterStatement.id, claim }),
        stance: urlSpelling(counterStatement.stance),
        note: counterStatement.note,
        statement: toApiStatement(counterStatement.statement),
      })),
    ),
    responseTimes: timeline.parties.map(toApiResponseTime),
    relatedClaims: relatedClaims.map(toApiRelatedClaim),
    expectedParties: expectedParties && toApiExpectedParties(expectedParties),
    repetitions: claim.repetitions.map((repetition) => toApiRepetition(claim.slug, repetition)),
    asOf,
  };
}

function toApiRepetition(claimSlug: string, repetition: RepetitionView): ApiRepetition {
  return {
    id: repetition.id,
    htmlUrl: absoluteUrl(routes.repetition(claimSlug, repetition.id)),
    statement: toApiStatement(repetition.statement),
  };
}

/** What the API says for a verdict when the claim had not been rated here by the day asked for. */
const NOT_YET_RATED = 'Not yet rated: on that day this claim had not been rated here.';

/** A claim as it stood on a day (?asOf=): its verdict then, "unrated" when it had none yet. */
export function toApiClaimAsOf(
  record: Extract<ClaimAsOf, { said: true }>,
  relatedClaims: RelatedClaimView[],
): ApiClaimDetail {
  const { claim, rating, timeline, expectedParties, day } = record;
  return toApiClaimDetail(
    {
      ...claim,
      verdict: rating?.verdict ?? 'UNRATED',
      verdictExplanation: rating?.verdictExplanation ?? NOT_YET_RATED,
    },
    timeline,
    relatedClaims,
    expectedParties,
    {
      day,
      htmlUrl: absoluteUrl(routes.claimAsOf(claim.slug, day)),
      verdictSavedAt: rating?.savedAt.toISOString() ?? null,
    },
  );
}

const dayRangeOf = (range: { minDays: number; maxDays: number } | null) =>
  range && { min: range.minDays, max: range.maxDays };

function toApiExpectedParties(parties: ExpectedParties): ApiExpectedParties {
  return {
    answered: parties.answered.map(({ organization, partyLabel, delay }) => ({
      organization,
      answeredAs: partyLabel,
      delayDays: dayRangeOf(delay),
      delayLabel: delay?.label ?? null,
    })),
    notAnswered: [...parties.notAnswered],
    daysSinceClaim: dayRangeOf(parties.sinceClaim),
  };
}

function toApiRelatedClaim(claim: RelatedClaimView): ApiRelatedClaim {
  return {
    ...claimHeadline(claim),
    claimant: claim.claimantName,
    saidOn: claim.saidOn?.iso ?? null,
  };
}

function toApiResponseTime(party: PartyResponse): ApiResponseTime {
  return {
    key: party.key,
    label: party.label,
    countryCode: party.countryCode,
    rebuttalCount: party.answers,
    firstAnsweredOn: party.firstSaidOn?.iso ?? null,
    delayDays: dayRangeOf(party.delay),
    delayLabel: party.delay?.label ?? null,
  };
}

export function toApiTopic(topic: TopicSummary): ApiTopic {
  return {
    slug: topic.slug,
    name: topic.name,
    htmlUrl: absoluteUrl(routes.topic(topic.slug)),
    claimsUrl: claimsUrl({ topic: topic.slug }),
  };
}

export function toApiPersonSummary(person: PersonSummary): ApiPersonSummary {
  return { ...person, url: apiUrl(routes.person(person.slug)), htmlUrl: absoluteUrl(routes.person(person.slug)) };
}

const claimRef = (claim: { slug: string; summary: string }) => ({
  slug: claim.slug,
  summary: claim.summary,
  url: apiUrl(routes.claim(claim.slug)),
});

export function toApiPersonDetail(person: PersonProfile): ApiPersonDetail {
  return {
    slug: person.slug,
    name: person.name,
    description: person.description,
    url: apiUrl(routes.person(person.slug)),
    htmlUrl: absoluteUrl(routes.person(person.slug)),
    wikidataUrl: person.wikidataUrl,
    roles: person.roles.map((role) => ({
      title: role.title,
      organization: role.organization,
      from: role.from?.iso ?? null,
      to: role.to?.iso ?? null,
    })),
    claimsByVerdict: person.claimsByVerdict.map(({ key, count }) => ({ verdict: urlSpelling(key), count })),
    answersByStance: person.answersByStance.map(({ key, count }) => ({ stance: urlSpelling(key), count })),
    latestClaims: person.claims.claims.map(toApiClaimSummary),
    claimsUrl: claimsUrl({ person: person.slug }),
    latestCounterStatements: person.counterStatements.items.map(({ statement, counterStatements }) => ({
      statement: toApiStatement(statement),
      answers: counterStatements.map((counterStatement) => ({
        rebuttalId: counterStatement.counterStatementId,
        stance: urlSpelling(counterStatement.stance),
        htmlUrl: counterStatementUrl(counterStatement),
        claim: claimRef(counterStatement.claim),
      })),
    })),
  };
}

export function toApiOrganizationSummary(organization: OrganizationSummary): ApiOrganizationSummary {
  return {
    slug: organization.slug,
    name: organization.name,
    kind: urlSpelling(organization.kind),
    country: organization.country,
    url: apiUrl(routes.organization(organization.slug)),
    htmlUrl: absoluteUrl(routes.organization(organization.slug)),
  };
}

export function toApiOrganizationDetail(organization: OrganizationProfile): ApiOrganizationDetail {
  return {
    ...toApiOrganizationSummary(organization),
    latestClaims: organization.claims.map(toApiClaimSummary),
    answeredClaims: organization.answeredClaims.map(({ claim, counterStatements }) => ({
      claim: claimRef(claim),
      answers: counterStatements.map((counterStatement) => ({
        rebuttalId: counterStatement.counterStatementId,
        stance: urlSpelling(counterStatement.stance),
        htmlUrl: counterStatementUrl({ counterStatementId: counterStatement.counterStatementId, claim }),
        statement: toApiStatement(counterStatement.statement),
      })),
    })),
    answersUrl: claimsUrl({ org: organization.slug }),
  };
}

export function toApiSourceDetail(source: SourceDetail): ApiSourceDetail {
  return {
    ...toApiSourceRef(source),
    language: source.language,
    provenanceNote: source.provenanceNote,
    archiveText: source.archiveText,
    archiveSha256: source.archiveSha256,
    archivedAt: source.archivedAt.toISOString(),
    quotes: source.quotes.map((quote) => ({
      statementId: quote.statementId,
      speakerName: quote.speakerName,
      start: quote.start,
      end: quote.end,
      claims: quote.links.map((link) => ({
        slug: link.claimSlug,
        summary: link.claimSummary,
        url: apiUrl(routes.claim(link.claimSlug)),
        htmlUrl: absoluteUrl(link.href as SitePath),
        rebuttalId: link.counterStatementId,
      })),
    })),
  };
}

/** A paged list of a name-ordered resource (people, organizations, topics). */
export function nameList<T>(data: T[], path: SitePath, page: { cursor?: string; nextCursor?: string }): ApiList<T> {
  return {
    data,
    links: {
      self: apiUrl(pageHref(path, page.cursor) as SitePath),
      next: page.nextCursor ? apiUrl(pageHref(path, page.nextCursor) as SitePath) : null,
    },
  };
}

/** A page of claims: its links keep the filters, in canonical order, and move the cursor. */
export function claimList(
  data: ApiClaimSummary[],
  filters: ClaimFilters,
  nextCursor: string | undefined,
): ApiList<ApiClaimSummary> {
  return {
    data,
    links: { self: claimsUrl(filters), next: nextCursor ? claimsUrl({ ...filters, cursor: nextCursor }) : null },
  };
}
