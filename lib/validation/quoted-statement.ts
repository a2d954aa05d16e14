import { z } from 'zod';
import { SourceKind } from '../generated/prisma/enums';
import { slugify } from '../domain/slug';
import { httpUrl, languageTag, optionalText, pastDay, requiredText } from './record-fields';

// A quote with who said it and the source it was quoted from, as a proposal form sends it: the
// part that proposing a counter-statement and proposing a claim share. One flat set of fields (the
// form's, by name) so that errors land next to their fields; which speaker fields are required
// depends on `speakerKind`, and which source fields on `sourceChoice`, checked after the shape by
// refineQuotedStatement.

export const SPEAKER_KINDS = ['person', 'newPerson', 'organization'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
/** The role select's value for "a role not listed yet" (new title and organization). */
export const NEW_ROLE = 'new';
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
  roleTitle: optionalText(200, 'the title'),
  roleOrganizationId: optionalId,
  newPersonName: optionalText(200, 'the name'),
  newPersonDescription: optionalText(500, 'the description'),
  organizationId: optionalId,
  sourceChoice: z.enum(SOURCE_CHOICES, 'Choose a source on record or a new one.'),
  sourceId: optionalId,
  sourceKind: optional(z.enum(SourceKind, 'Choose the kind of source.')),
  sourceOutlet: optionalText(200, 'the outlet'),
  sourceTitle: optionalText(500, 'the title'),
  sourceUrl: optional(httpUrl),
  sourcePublishedOn: optional(pastDay),
  sourceLanguage: optional(languageTag),
  sourceText: optionalText(500_000, 'the source text'),
  quote: requiredText(5000, 'the quote'),
  quoteLanguage: languageTag,
  translation: optionalText(5000, 'the translation'),
  /** When it was said, when known to the day; unknown (null) otherwise, never guessed. */
  saidOn: z
    .union([z.literal(''), pastDay])
    .transform((day) => day || undefined)
    .optional(),
  unverifiedReason: optionalText(1000, 'the reason'),
};

type QuotedStatementObject = z.ZodObject<typeof quotedStatementShape>;
export type QuotedStatementInput = z.infer<QuotedStatementObject>;
export type QuotedStatementField = keyof z.input<QuotedStatementObject>;

/** What each kind of speaker and source needs, required next to its field: pass to the proposal schema's superRefine. */
export function refineQuotedStatement(input: QuotedStatementInput, context: z.RefinementCtx) {
  const require = (field: keyof QuotedStatementInput, message: string) => {
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
