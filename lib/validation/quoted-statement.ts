import { z } from 'zod';
import { DatePrecision, SourceKind } from '../generated/prisma/enums';
import { organizationShape } from './record-edits';
import { slugify } from '../domain/slug';
import {
  ARCHIVED_TEXT_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  ROLE_TITLE_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  TRANSLATION_MAX_LENGTH,
  httpUrl,
  languageTag,
  optionalText,
  pastDay,
  requiredText,
} from './record-fields';

// A quote with who said it and the source it was quoted from, as a proposal form sends it: the
// part that proposing a counter-statement and proposing a claim share. One flat set of fields (the
// form's, by name) so that errors land next to their fields; which speaker fields are required
// depends on `speakerKind`, and which source fields on `sourceChoice`, checked after the shape by
// refineQuotedStatement.

export const SPEAKER_KINDS = ['person', 'newPerson', 'organization', 'newOrganization'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
/** The role select's value for "a role not listed yet" (new title and organization). */
export const NEW_ROLE = 'new';
/** The role organization's value for "an organization not on record yet" (its name, kind and country). */
export const NEW_ORGANIZATION = 'new';
/** A source on record (chosen by its id, quoted against its archived text), or a new one with its pasted text. */
export const SOURCE_CHOICES = ['existing', 'new'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];

// Optional fields may be missing altogether: the form shows only the speaker and source fields
// that apply. A blank one is undefined; a filled one must pass `schema`.
const optional = <Output>(schema: z.ZodType<Output, string>) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(schema.optional())
    .optional();
const optionalId = optional(z.uuid('Choose from the list.'));

/** The fields of a quoted statement; a proposal's schema spreads them beside its own. */
export const quotedStatementShape = {
  speakerKind: z.enum(SPEAKER_KINDS, 'Choose who spoke.'),
  personId: optionalId,
  roleId: optional(z.union([z.uuid(), z.literal(NEW_ROLE)], 'Choose from the list.')),
  roleTitle: optionalText(ROLE_TITLE_MAX_LENGTH, 'the title'),
  roleOrganizationId: optional(z.union([z.uuid(), z.literal(NEW_ORGANIZATION)], 'Choose from the list.')),
  newPersonName: optionalText(NAME_MAX_LENGTH, 'the name'),
  newPersonDescription: optionalText(DESCRIPTION_MAX_LENGTH, 'the description'),
  organizationId: optionalId,
  /** A new organization: the speaker itself, or the organization of a new role. */
  newOrganizationName: optionalText(NAME_MAX_LENGTH, 'the name'),
  newOrganizationKind: optional(organizationShape.kind),
  newOrganizationCountryCode: organizationShape.countryCode,
  sourceChoice: z.enum(SOURCE_CHOICES, 'Choose a source on record or a new one.'),
  sourceId: optionalId,
  sourceKind: optional(z.enum(SourceKind, 'Choose the kind of source.')),
  sourceOutlet: optionalText(OUTLET_MAX_LENGTH, 'the outlet'),
  sourceTitle: optionalText(SOURCE_TITLE_MAX_LENGTH, 'the title'),
  sourceUrl: optional(httpUrl),
  sourcePublishedOn: optional(pastDay),
  sourceLanguage: optional(languageTag),
  sourceText: optionalText(ARCHIVED_TEXT_MAX_LENGTH, 'the source text'),
  quote: requiredText(QUOTE_MAX_LENGTH, 'the quote'),
  quoteLanguage: languageTag,
  translation: optionalText(TRANSLATION_MAX_LENGTH, 'the translation'),
  /** When it was said; unknown (null) when the source does not say, never guessed. */
  saidOn: z
    .union([z.literal(''), pastDay])
    .transform((day) => day || undefined)
    .optional(),
  /** How much of `saidOn` is known ("in December": the month): the day when not given. */
  saidOnPrecision: optional(z.enum(DatePrecision, 'Choose how precise the date is.')),
  unverifiedReason: optionalText(REASON_MAX_LENGTH, 'the reason'),
};

type QuotedStatementObject = z.ZodObject<typeof quotedStatementShape>;
export type QuotedStatementInput = z.infer<QuotedStatementObject>;
export type QuotedStatementField = keyof z.input<QuotedStatementObject>;

/** The fields that say who spoke, which article intake asks of each quote (its source is the article). */
export const SPEAKER_FIELDS = [
  'speakerKind',
  'personId',
  'roleId',
  'roleTitle',
  'roleOrganizationId',
  'newPersonName',
  'newPersonDescription',
  'organizationId',
  'newOrganizationName',
  'newOrganizationKind',
  'newOrganizationCountryCode',
] as const satisfies readonly QuotedStatementField[];
export type SpeakerField = (typeof SPEAKER_FIELDS)[number];
type SpeakerInput = Pick<QuotedStatementInput, SpeakerField>;

/** What each kind of speaker and source needs, required next to its field: pass to the proposal schema's superRefine. */
export function refineQuotedStatement(input: QuotedStatementInput, context: z.RefinementCtx) {
  refineSpeaker(input, context);
  const require = (field: keyof QuotedStatementInput, message: string) => {
    if (!input[field]) context.addIssue({ code: 'custom', path: [field], message });
  };
  if (input.sourceChoice === 'existing') require('sourceId', 'Choose the source on record.');
  if (input.sourceChoice === 'new') {
    require('sourceKind', 'Choose the kind of source.');
    require('sourceOutlet', 'Enter the outlet.');
    require('sourceTitle', 'Enter the title.');
    require('sourceUrl', 'Enter a web address starting with http:// or https://.');
    require('sourcePublishedOn', 'Enter a date as YYYY-MM-DD.');
    require('sourceLanguage', 'Use a language code such as en, fr or pt-BR.');
    require('sourceText', 'Enter the source text.');
  }
}

/** What each kind of speaker needs, required next to its field. */
export function refineSpeaker(input: SpeakerInput, context: z.RefinementCtx) {
  const require = (field: SpeakerField, message: string) => {
    if (!input[field]) context.addIssue({ code: 'custom', path: [field], message });
  };
  if (input.speakerKind === 'person') {
    require('personId', 'Choose the person who spoke.');
    if (input.roleId === NEW_ROLE) require('roleTitle', 'Enter the title of the new role.');
  }
  if (input.speakerKind === 'newPerson') {
    require('newPersonName', 'Enter the name of the person who spoke.');
    if (input.newPersonName && !slugify(input.newPersonName)) {
      context.addIssue({
        code: 'custom',
        path: ['newPersonName'],
        message: 'A name needs at least one letter or digit.',
      });
    }
  }
  if (input.speakerKind === 'organization') require('organizationId', 'Choose the organization that spoke.');
  if (bringsNewOrganization(input)) {
    require('newOrganizationName', 'Enter the name of the new organization.');
    require('newOrganizationKind', 'Choose what kind of organization it is.');
    if (input.speakerKind !== 'newOrganization') require('roleTitle', 'Enter the title of the role in it.');
    if (input.newOrganizationName && !slugify(input.newOrganizationName)) {
      context.addIssue({
        code: 'custom',
        path: ['newOrganizationName'],
        message: 'A name needs at least one letter or digit.',
      });
    }
  }
}

/** Whether the speaker fields describe an organization not on record: the speaker, or a new role's. */
export function bringsNewOrganization(input: SpeakerInput): boolean {
  if (input.speakerKind === 'newOrganization') return true;
  const newRole = input.speakerKind === 'newPerson' || (input.speakerKind === 'person' && input.roleId === NEW_ROLE);
  return newRole && input.roleOrganizationId === NEW_ORGANIZATION;
}
