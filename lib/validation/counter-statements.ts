import { z } from 'zod';
import { SourceKind, Stance } from '../generated/prisma/enums';
import { slugify } from '../domain/slug';
import { httpUrl, languageTag, optionalText, pastDay, requiredText } from './record-fields';

// A proposed counter-statement as the form sends it, shared by the form, its action and the DAL.
// One flat object (the form's fields, by name) so that errors land next to their fields; which
// speaker fields are required depends on `speakerKind`, checked after the shape.

export const SPEAKER_KINDS = ['person', 'newPerson', 'organization'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
/** The role select's value for "a role not listed yet" (new title and organization). */
export const NEW_ROLE = 'new';

// Optional fields may be missing altogether: the form shows only the speaker fields that apply.
const optionalId = z.string().trim().transform((value) => value || undefined).pipe(z.uuid('Choose from the list.').optional()).optional();

export const counterStatementSchema = z
  .object({
    speakerKind: z.enum(SPEAKER_KINDS, 'Choose who spoke.'),
    personId: optionalId,
    roleId: z.string().trim().transform((value) => value || undefined).pipe(z.union([z.uuid(), z.literal(NEW_ROLE)], 'Choose from the list.').optional()).optional(),
    roleTitle: optionalText(200, 'the title'),
    roleOrganizationId: optionalId,
    newPersonName: optionalText(200, 'the name'),
    newPersonDescription: optionalText(500, 'the description'),
    organizationId: optionalId,
    sourceKind: z.enum(SourceKind, 'Choose the kind of source.'),
    sourceOutlet: requiredText(200, 'the outlet'),
    sourceTitle: requiredText(500, 'the title'),
    sourceUrl: httpUrl,
    sourcePublishedOn: pastDay,
    sourceLanguage: languageTag,
    sourceText: requiredText(500_000, 'the source text'),
    quote: requiredText(5000, 'the quote'),
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
  });

export type CounterStatementInput = z.infer<typeof counterStatementSchema>;
export type CounterStatementField = keyof z.input<typeof counterStatementSchema>;

export const COUNTER_STATEMENT_FIELDS = Object.keys(counterStatementSchema.shape) as CounterStatementField[];

export const reviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), rebuttalId: z.uuid('Unknown submission.') }),
  z.object({ decision: z.literal('reject'), rebuttalId: z.uuid('Unknown submission.'), note: requiredText(2000, 'a note for the contributor') }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
