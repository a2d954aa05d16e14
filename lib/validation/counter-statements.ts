import { z } from 'zod';
import { SourceKind, Stance } from '../generated/prisma/enums';
import { slugify } from '../domain/slug';

// A proposed counter-statement as the form sends it, shared by the form, its action and the DAL.
// One flat object (the form's fields, by name) so that errors land next to their fields; which
// speaker fields are required depends on `speakerKind`, and which source fields on
// `sourceChoice`, checked after the shape.

export const SPEAKER_KINDS = ['person', 'newPerson', 'organization'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
/** A source on record (chosen by its id, quoted against its archived text), or a new one with its pasted text. */
export const SOURCE_CHOICES = ['existing', 'new'] as const;
export type SourceChoice = (typeof SOURCE_CHOICES)[number];
/** The role select's value for "a role not listed yet" (new title and organization). */
export const NEW_ROLE = 'new';

const text = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters for ${label}.`);
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `Use at most ${max} characters for ${label}.`).transform((value) => value || undefined).optional();
// Optional fields may be missing altogether: the form shows only the speaker and source fields
// that apply. A blank one is undefined; a filled one must pass `schema`.
const optional = <Output>(schema: z.ZodType<Output, string>) =>
  z.string().trim().transform((value) => value || undefined).pipe(schema.optional()).optional();
const optionalId = optional(z.uuid('Choose from the list.'));
/** BCP 47 language tag, loosely: "en", "fr", "pt-BR", "zh-Hant". */
const languageTag = z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, fr or pt-BR.').max(35);

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'A URL has at most 2048 characters.')
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://.' }));

/** Today's calendar day in UTC, as stored DATEs are. A function so tests and long-running servers see the real today. */
const todayIso = () => new Date().toISOString().slice(0, 10);

const pastDay = z.iso
  .date('Enter a date as YYYY-MM-DD.')
  .refine((day) => day <= todayIso(), 'The date cannot be in the future.');

export const counterStatementSchema = z
  .object({
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
    quote: text(5000, 'the quote'),
    quoteLanguage: languageTag,
    translation: optionalText(5000, 'the translation'),
    stance: z.enum(Stance, 'Choose a stance.'),
    note: optionalText(2000, 'the note'),
    unverifiedReason: optionalText(1000, 'the reason'),
  })
  .superRefine((input, context) => {
    const require = (field: keyof typeof input, message: string) => {
      if (!input[field]) context.addIssue({ code: 'custom', path: [field], message });
    };
    if (input.speakerKind === 'person') {
      require('personId', 'Choose the person who spoke.');
      if (input.roleId === NEW_ROLE) require('roleTitle', 'Enter the title of the new role.');
    }
    if (input.speakerKind === 'newPerson') {
      require('newPersonName', 'Enter the name of the person who spoke.');
      if (input.newPersonName && !slugify(input.newPersonName)) {
        context.addIssue({ code: 'custom', path: ['newPersonName'], message: 'A name needs at least one letter or digit.' });
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
  });

export type CounterStatementInput = z.infer<typeof counterStatementSchema>;
export type CounterStatementField = keyof z.input<typeof counterStatementSchema>;

export const COUNTER_STATEMENT_FIELDS = Object.keys(counterStatementSchema.shape) as CounterStatementField[];

export const reviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), rebuttalId: z.uuid('Unknown submission.') }),
  z.object({ decision: z.literal('reject'), rebuttalId: z.uuid('Unknown submission.'), note: text(2000, 'a note for the contributor') }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
