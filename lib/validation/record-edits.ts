import { z } from 'zod';
import { isCountryCode } from '../domain/countries';
import { slugify } from '../domain/slug';
import { OrganizationKind, SourceKind } from '../generated/prisma/enums';
import {
  ARCHIVED_TEXT_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  PROVENANCE_NOTE_MAX_LENGTH,
  ROLE_TITLE_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  deleteReason,
  editReason,
  httpUrl,
  languageTag,
  optionalPastDay,
  optionalText,
  requiredText,
  slugField,
  versionField,
  withLineFeeds,
} from './record-fields';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';

// Editors' changes to people (with their roles), organizations and sources, shared by the forms'
// actions and the DAL. Each edit carries the version the editor loaded; each may carry a reason.

const blankToUndefined = z
  .string()
  .trim()
  .transform((value) => value || undefined);

/** A slug as typed; blank makes it from the name. "new" names the page that adds one. */
const optionalSlug = blankToUndefined
  .pipe(
    slugField.refine((slug) => slug !== 'new', 'This slug names the page for adding one: choose another.').optional(),
  )
  .optional();

/** Fills in a blank slug from the name, or says why none can be made. */
function withSlug<T extends { name: string; slug?: string }>(input: T, context: z.RefinementCtx): T & { slug: string } {
  const slug = input.slug ?? slugify(input.name);
  if (!slug)
    context.addIssue({
      code: 'custom',
      path: ['slug'],
      message: 'Enter a slug: the name has no letter or digit to make one from.',
    });
  return { ...input, slug };
}

const personFields = z.object({
  name: requiredText(NAME_MAX_LENGTH, 'the name'),
  slug: optionalSlug,
  description: optionalText(DESCRIPTION_MAX_LENGTH, 'the description'),
  wikidataId: blankToUndefined
    .pipe(
      z
        .string()
        .regex(/^Q[1-9][0-9]{0,18}$/, 'A Wikidata id is Q followed by digits, such as Q42.')
        .optional(),
    )
    .optional(),
  reason: editReason,
});

export const personCreateSchema = personFields.transform(withSlug);
export type PersonCreateInput = z.infer<typeof personCreateSchema>;

export const personEditSchema = personFields
  .extend({ personId: z.uuid('Unknown person.'), version: versionField })
  .transform(withSlug);
export type PersonEditInput = z.infer<typeof personEditSchema>;

export const personDeleteSchema = z.object({
  personId: z.uuid('Unknown person.'),
  version: versionField,
  reason: deleteReason,
});
export type PersonDeleteInput = z.infer<typeof personDeleteSchema>;

/** A role added to a person (no roleId) or changed. Saving it is a new version of the person. */
export const roleSaveSchema = z
  .object({
    personId: z.uuid('Unknown person.'),
    version: versionField,
    roleId: blankToUndefined.pipe(z.uuid('Unknown role.').optional()).optional(),
    title: requiredText(ROLE_TITLE_MAX_LENGTH, 'the title'),
    organizationId: blankToUndefined.pipe(z.uuid('Choose from the list.').optional()).optional(),
    startDate: optionalPastDay,
    endDate: optionalPastDay,
    reason: editReason,
  })
  .refine((role) => !role.startDate || !role.endDate || role.startDate <= role.endDate, {
    path: ['endDate'],
    message: 'A role cannot end before it starts.',
  });
export type RoleSaveInput = z.infer<typeof roleSaveSchema>;

export const roleRemoveSchema = z.object({
  personId: z.uuid('Unknown person.'),
  version: versionField,
  roleId: z.uuid('Unknown role.'),
  reason: editReason,
});
export type RoleRemoveInput = z.infer<typeof roleRemoveSchema>;

const organizationFields = z.object({
  name: requiredText(NAME_MAX_LENGTH, 'the name'),
  slug: optionalSlug,
  kind: z.enum(OrganizationKind, 'Choose what kind of organization it is.'),
  countryCode: blankToUndefined
    .pipe(
      z.string().toUpperCase().refine(isCountryCode, 'Choose a country from the list (an ISO 3166 code).').optional(),
    )
    .optional(),
  reason: editReason,
});

/** An organization's fields, for a form that adds one beside other things (a proposal's speaker). */
export const organizationShape = organizationFields.shape;

export const organizationCreateSchema = organizationFields.transform(withSlug);
export type OrganizationCreateInput = z.infer<typeof organizationCreateSchema>;

export const organizationEditSchema = organizationFields
  .extend({ organizationId: z.uuid('Unknown organization.'), version: versionField })
  .transform(withSlug);
export type OrganizationEditInput = z.infer<typeof organizationEditSchema>;

export const sourceEditSchema = z.object({
  sourceId: z.uuid('Unknown source.'),
  version: versionField,
  kind: z.enum(SourceKind, 'Choose the kind of source.'),
  outlet: optionalText(OUTLET_MAX_LENGTH, 'the outlet'),
  title: optionalText(SOURCE_TITLE_MAX_LENGTH, 'the title'),
  url: blankToUndefined.pipe(httpUrl.optional()).optional(),
  publishedOn: optionalPastDay,
  language: languageTag,
  provenanceNote: optionalText(PROVENANCE_NOTE_MAX_LENGTH, 'the provenance note'),
  /**
   * Replaces the archived text, only while no statement quotes the source (the DAL checks); absent
   * when the form does not offer it. Kept as typed, not trimmed: quotes are located in it by
   * position. Browsers send a textarea's line breaks as CRLF, stored texts use LF.
   */
  archiveText: z
    .string()
    .max(ARCHIVED_TEXT_MAX_LENGTH, `Use at most ${ARCHIVED_TEXT_MAX_LENGTH} characters for the archived text.`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .transform(withLineFeeds)
    .refine((text) => text.trim() !== '', 'Enter the archived text.')
    .optional(),
  reason: editReason,
});
export type SourceEditInput = z.infer<typeof sourceEditSchema>;

export const sourceDeleteSchema = z.object({
  sourceId: z.uuid('Unknown source.'),
  version: versionField,
  reason: deleteReason,
});
export type SourceDeleteInput = z.infer<typeof sourceDeleteSchema>;
