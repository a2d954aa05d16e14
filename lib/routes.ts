import { claimFiltersToQuery, type ClaimFilters } from './validation/claim-filters';
import { pageHref } from './validation/page-cursor';

// Every internal URL of the site is built here, so that the shape of a route is written once:
// pages, components, actions, feeds, exports and the API all link through these builders. They
// return paths; absoluteUrl() (lib/site-url.ts), or the siteUrl a pure module is given, makes
// them absolute. Anchors are in links that readers have already shared and embedded
// (#rebuttal-<id>, #quote-<id>), so they keep their spelling whatever the code calls the thing.

export type SitePath = `/${string}`;

/** The anchor of a counter-statement on its claim's page. */
export const counterStatementAnchor = (counterStatementId: string) => `rebuttal-${counterStatementId}`;

/** The anchor of a repetition of a claim on its page. */
export const appearanceAnchor = (claimAppearanceId: string) => `appearance-${claimAppearanceId}`;

/** The anchor of a quote in its source's archived text. */
export const quoteAnchor = (statementId: string) => `quote-${statementId}`;

const paged = (path: SitePath, cursor?: string) => pageHref(path, cursor) as SitePath;
const withAnchor = (path: SitePath, anchor?: string): SitePath => (anchor ? `${path}#${anchor}` : path);

type ClaimPageOptions = {
  /** The page showing every counter-statement, not the first ones only (/claims/<slug>/all). */
  showAll?: boolean;
  anchor?: string;
};

export const routes = {
  home: (): SitePath => '/',

  claims: (filters: ClaimFilters = {}): SitePath => `/claims${claimFiltersToQuery(filters)}`,
  claim: (slug: string, { showAll = false, anchor }: ClaimPageOptions = {}): SitePath =>
    withAnchor(`/claims/${slug}${showAll ? '/all' : ''}`, anchor),
  /** The claim's page as it stood at the end of a day (YYYY-MM-DD); proxy.ts serves it from claimAsOfPath. */
  claimAsOf: (slug: string, day: string): SitePath => `/claims/${slug}?${new URLSearchParams({ asOf: day })}`,
  claimHistory: (slug: string): SitePath => `/claims/${slug}/history`,
  claimShareImage: (slug: string, version: string): SitePath => `/claims/${slug}/share-image/${version}`,
  claimEmbed: (slug: string): SitePath => `/embed/claims/${slug}`,
  /** A counter-statement where it stands on its claim's page. */
  counterStatement: (claimSlug: string, counterStatementId: string, { showAll = false } = {}): SitePath =>
    routes.claim(claimSlug, { showAll, anchor: counterStatementAnchor(counterStatementId) }),
  /** A repetition of a claim where it stands on the claim's page. */
  repetition: (claimSlug: string, claimAppearanceId: string): SitePath =>
    routes.claim(claimSlug, { anchor: appearanceAnchor(claimAppearanceId) }),
  /** The oEmbed answer for a page of this site, given by its absolute URL. */
  oembed: (url: string): SitePath => `/oembed?${new URLSearchParams({ url, format: 'json' })}`,

  people: (cursor?: string) => paged('/people', cursor),
  person: (slug: string): SitePath => `/people/${slug}`,
  organizations: (cursor?: string) => paged('/organizations', cursor),
  organization: (slug: string): SitePath => `/organizations/${slug}`,
  /** Country pages are keyed by the lower-case ISO code. */
  country: (code: string): SitePath => `/countries/${code.toLowerCase()}`,
  topics: (cursor?: string) => paged('/topics', cursor),
  topic: (slug: string): SitePath => `/topics/${slug}`,
  topicTimeline: (slug: string, cursor?: string) => paged(`/topics/${slug}/timeline`, cursor),
  /** A topic's timeline as it stood at the end of a day (YYYY-MM-DD); proxy.ts serves it from a path. */
  topicTimelineAsOf: (slug: string, day: string, cursor?: string): SitePath =>
    `/topics/${slug}/timeline?${new URLSearchParams({ asOf: day, ...(cursor ? { cursor } : {}) })}`,
  source: (id: string, { quote }: { quote?: string } = {}): SitePath =>
    withAnchor(`/sources/${id}`, quote === undefined ? undefined : quoteAnchor(quote)),

  corrections: (cursor?: string) => paged('/corrections', cursor),
  methodology: (section?: 'verdicts' | 'corrections'): SitePath => withAnchor('/methodology', section),
  /** Filtered by topic or claim dates (AnswerFilters, lib/dal/answer-filters.ts). */
  whoAnsweredWhom: (filters: Pick<ClaimFilters, 'topic' | 'from' | 'to'> = {}): SitePath =>
    `/who-answered-whom${claimFiltersToQuery(filters)}`,
  data: (): SitePath => '/data',
  dataFile: (fileName: string): SitePath => `/data/${fileName}`,
  openApiDocument: (): SitePath => '/api/v1/openapi.json',

  // Editors' pages.
  signIn: (): SitePath => '/sign-in',
  /** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
  signInCode: (): SitePath => '/sign-in/code',
  signOut: (): SitePath => '/sign-out',
  /** Who the browser is signed in as (JSON), for the editor links of cached public pages. */
  session: (): SitePath => '/api/session',
  newClaim: (): SitePath => '/claims/new',
  /** Article intake: paste an article, accept its quotes (issue 14). */
  intake: (): SitePath => '/intake',
  claimEdit: (slug: string, { restore }: { restore?: number } = {}): SitePath =>
    `/claims/${slug}/edit${restore === undefined ? '' : `?${new URLSearchParams({ restore: String(restore) })}`}`,
  newCounterStatement: (claimSlug: string): SitePath => `/claims/${claimSlug}/counter-statements/new`,
  /** The repetition form; `quote`: what the editor typed in the claim proposal form, carried over. */
  newRepetition: (claimSlug: string, { quote }: { quote?: string } = {}): SitePath =>
    `/claims/${claimSlug}/repetitions/new${quote ? `?${new URLSearchParams({ quote })}` : ''}`,
  counterStatementEdit: (claimSlug: string, counterStatementId: string): SitePath =>
    `/claims/${claimSlug}/counter-statements/${counterStatementId}/edit`,
  statementEdit: (statementId: string): SitePath => `/statements/${statementId}/edit`,
  newPerson: (): SitePath => '/people/new',
  personEdit: (slug: string): SitePath => `/people/${slug}/edit`,
  newOrganization: (): SitePath => '/organizations/new',
  organizationEdit: (slug: string): SitePath => `/organizations/${slug}/edit`,
  sourceEdit: (id: string): SitePath => `/sources/${id}/edit`,
  accountPassword: (): SitePath => '/account/password',
  accountTwoFactor: (): SitePath => '/account/two-factor',
  submissions: (): SitePath => '/account/submissions',
  submission: (id: string): SitePath => `/account/submissions/${id}`,
  /** The review queue; after a decision, with the decided submission, whose outcome it states. */
  review: (decided?: string): SitePath => (decided ? `/review?${new URLSearchParams({ decided })}` : '/review'),
  users: (): SitePath => '/admin/users',
  auditLog: (cursor?: string) => paged('/admin/audit', cursor),

  // The editors' forms look records up as the editor types.
  lookup: {
    people: (): SitePath => '/lookup/people',
    personRoles: (personId: string): SitePath => `/lookup/people/${encodeURIComponent(personId)}/roles`,
    organizations: (): SitePath => '/lookup/organizations',
    sources: (): SitePath => '/lookup/sources',
    claims: (): SitePath => '/lookup/claims',
    /** The published claims that look like a quote: `q` is the quote. */
    similarClaims: (quote: string): SitePath => `/lookup/similar-claims?${new URLSearchParams({ q: quote })}`,
    source: (id: string): SitePath => `/lookup/sources/${encodeURIComponent(id)}`,
  },
};
