import { z } from 'zod';
import { SLUG_PATTERN } from '../domain/slug';
import { calendarDay, isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';

// Field schemas that several forms share (a proposal's source, an edited source, a person, an
// organization), so that each rule (http(s) only, no future dates, a language tag) is written once.

// The longest text each kind of field takes. The schemas enforce these; the forms pass the same
// constants to maxLength, so the browser stops typing where the server would refuse.
export const NAME_MAX_LENGTH = 200;
export const ROLE_TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 500;
export const OUTLET_MAX_LENGTH = 200;
export const SOURCE_TITLE_MAX_LENGTH = 500;
export const URL_MAX_LENGTH = 2048;
export const LANGUAGE_TAG_MAX_LENGTH = 35;
export const SLUG_MAX_LENGTH = 120;
export const QUOTE_MAX_LENGTH = 5000;
export const TRANSLATION_MAX_LENGTH = 5000;
export const ATTRIBUTION_MAX_LENGTH = 200;
/** An editor's note on a counter-statement, a correction note, a note to a contributor. */
export const NOTE_MAX_LENGTH = 2000;
/** Why an edit, a deletion or a withdrawal was made; why a quote not found verbatim is kept. */
export const REASON_MAX_LENGTH = 1000;
export const PROVENANCE_NOTE_MAX_LENGTH = 1000;
export const ARCHIVED_TEXT_MAX_LENGTH = 500_000;
/** Q followed by at most 19 digits (the pattern checked in record-edits.ts). */
export const WIKIDATA_ID_MAX_LENGTH = 20;

export const requiredText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Use at most ${max} characters for ${label}.`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** A text as stored: browsers send a textarea's line breaks as CRLF, stored texts use LF. */
export const withLineFeeds = (text: string) => text.replace(/\r\n?/g, '\n');

/** Blank becomes undefined; the field may also be missing from the form altogether. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for ${label}.`)
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
    .transform((value) => value || undefined)
    .optional();

/** BCP 47 language tag, loosely: "en", "fr", "pt-BR", "zh-Hant" (the database checks the same shape). */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, fr or pt-BR.')
  .max(LANGUAGE_TAG_MAX_LENGTH);

export const httpUrl = z
  .string()
  .trim()
  .max(URL_MAX_LENGTH, `A URL has at most ${URL_MAX_LENGTH} characters.`)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://.' }));

/** Today's calendar day in UTC, as stored DATEs are. A function so tests and long-running servers see the real today. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export const pastDay = calendarDay('Enter a date as YYYY-MM-DD.').refine(
  (day) => day <= todayIso(),
  'The date cannot be in the future.',
);

/** An optional day: blank is unknown (undefined). */
export const optionalPastDay = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(pastDay.optional())
  .optional();

/** A URL slug as the database accepts it (lower-case words joined by hyphens). */
export const slugField = z
  .string()
  .trim()
  .max(SLUG_MAX_LENGTH, `A slug has at most ${SLUG_MAX_LENGTH} characters.`)
  .regex(SLUG_PATTERN, 'Use lower-case letters and digits joined by single hyphens, such as jane-doe.');

/** A claim chosen with the claim picker (/lookup/claims), which sends its slug; anything else is refused with `message`. */
export const chosenClaimSlug = (message: string) =>
  z.string(message).trim().min(1, message).max(SLUG_MAX_LENGTH, message).regex(SLUG_PATTERN, message);

/** The version an editor loaded: a save based on an older one is refused. */
export const versionField = z.coerce.number<string>().int().min(1, 'Unknown version.');

/** Why an edit was made: optional, shown in the record's history. */
export const editReason = optionalText(REASON_MAX_LENGTH, 'the reason');

/** Why a record is deleted: required. */
export const deleteReason = z
  .string()
  .trim()
  .min(1, 'Say why it is deleted.')
  .max(REASON_MAX_LENGTH, `Use at most ${REASON_MAX_LENGTH} characters for the reason.`)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
