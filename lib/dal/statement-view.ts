import 'server-only';
import type { Prisma, SourceKind } from '../generated/prisma/client';
import { displayDate, type DisplayDate } from '../domain/dates';
import type { AffiliatedOrganization } from '../domain/affiliation';
import { routes } from '../routes';

// How the DAL reads a statement, and the plain object it hands to pages. Shared by every read
// that shows a quote, so a quote looks the same (and is selected the same way) everywhere.

export const organizationSelect = { slug: true, name: true, countryCode: true } satisfies Prisma.OrganizationSelect;

export const statementSelect = {
  id: true,
  text: true,
  language: true,
  translation: true,
  attribution: true,
  saidOn: true,
  saidOnPrecision: true,
  quoteStart: true,
  speakerPerson: { select: { slug: true, name: true } },
  speakerOrganization: { select: organizationSelect },
  role: { select: { title: true, organization: { select: organizationSelect } } },
  source: { select: { id: true, kind: true, outlet: true, title: true, url: true, publishedOn: true } },
} satisfies Prisma.StatementSelect;

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;

export type SourceReference = {
  id: string;
  kind: SourceKind;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedOn: DisplayDate | null;
};

export type StatementView = {
  id: string;
  text: string;
  language: string;
  translation: string | null;
  /** The person who spoke, or the organization when only "a spokesperson" is named. */
  speakerName: string;
  /** Whether speakerName names a person or an organization (fact-check markup types them). */
  speakerKind: 'person' | 'organization';
  /** The speaker's page: the person's, or the organization's when it spoke for itself. */
  speakerHref: string | null;
  /** The speaker's title in their role when they spoke, e.g. "Minister of the Armed Forces". */
  speakerTitle: string | null;
  /** The speaker's title and organization when they spoke, e.g. "Minister of the Armed Forces, Government of France". */
  speakerRole: string | null;
  /** How the source describes the speaker or the setting, e.g. "a UK Government spokesperson". */
  attribution: string | null;
  /** The organization the speaker spoke for: grouping and "who answered" counts use it. */
  organization: AffiliatedOrganization | null;
  saidOn: DisplayDate | null;
  /** True when the quote was found verbatim in the source's archived text. */
  verified: boolean;
  source: SourceReference;
};

export function toSourceReference(source: StatementRow['source']): SourceReference {
  return {
    id: source.id,
    kind: source.kind,
    outlet: source.outlet,
    title: source.title,
    url: source.url,
    publishedOn: source.publishedOn ? displayDate(source.publishedOn) : null,
  };
}

type SpeakerRow = Pick<StatementRow, 'speakerPerson' | 'speakerOrganization'>;

/** The person who spoke, or the organization that did. */
export function speakerNameOf(row: {
  speakerPerson: { name: string } | null;
  speakerOrganization: { name: string } | null;
}) {
  return row.speakerPerson?.name ?? row.speakerOrganization?.name ?? 'Unknown speaker';
}

/** The organization the speaker spoke for: their role's, else the speaking organization. */
export function affiliatedOrganizationOf(
  row: Pick<SpeakerRow, 'speakerOrganization'> & { role: { organization: AffiliatedOrganization | null } | null },
): AffiliatedOrganization | null {
  return row.role?.organization ?? row.speakerOrganization;
}

export function toStatementView(row: StatementRow): StatementView {
  const organization = affiliatedOrganizationOf(row);
  return {
    id: row.id,
    text: row.text,
    language: row.language,
    translation: row.translation,
    speakerName: speakerNameOf(row),
    // The database holds exactly one speaker per statement (a CHECK constraint).
    speakerKind: row.speakerPerson ? 'person' : 'organization',
    speakerHref: row.speakerPerson
      ? routes.person(row.speakerPerson.slug)
      : row.speakerOrganization
        ? routes.organization(row.speakerOrganization.slug)
        : null,
    speakerTitle: row.role?.title ?? null,
    speakerRole: row.role ? [row.role.title, row.role.organization?.name].filter(Boolean).join(', ') : null,
    attribution: row.attribution,
    organization,
    saidOn: row.saidOn ? displayDate(row.saidOn, row.saidOnPrecision) : null,
    verified: row.quoteStart !== null,
    source: toSourceReference(row.source),
  };
}
