import { z } from 'zod';

// Field schemas that several forms share, so that a quote, a date or a URL is checked the same way
// everywhere (the counter-statement proposal, the quote editor, the source editor).

export const text = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters for ${label}.`);
export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `Use at most ${max} characters for ${label}.`).transform((value) => value || undefined).optional();
/** BCP 47 language tag, loosely: "en", "fr", "pt-BR", "zh-Hant". */
export const languageTag = z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, fr or pt-BR.').max(35);

export const httpUrl = z
  .string()
  .trim()
  .max(2048, 'A URL has at most 2048 characters.')
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://.' }));

/** Today's calendar day in UTC, as stored DATEs are. A function so tests and long-running servers see the real today. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export const pastDay = z.iso
  .date('Enter a date as YYYY-MM-DD.')
  .refine((day) => day <= todayIso(), 'The date cannot be in the future.');
