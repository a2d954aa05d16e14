import { z } from 'zod';
import { Stance } from '../generated/prisma/enums';
import { claimEditSchema } from './claim-edit';
import { quotedStatementShape, refineSpeaker, SPEAKER_FIELDS, type SpeakerField } from './quoted-statement';
import {
  ARCHIVED_TEXT_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  optionalText,
  requiredText,
  chosenClaimSlug,
  withLineFeeds,
} from './record-fields';

// Article intake (issue 14) as its form sends it: the pasted article, then, once its candidate
// quotes are listed, each one's decision and, for an accepted one, who said it, when, and what it
// is: an answer to a claim on record, a new claim, or a repetition of a claim on record. The
// candidates' fields are named `c<index>.<field>` in one form, so that all the quotes of one
// article are accepted in one step.

/** The article's fields: its text is required; the rest is written down as far as known, never guessed. */
export const articleSchema = z.object({
  // With LF line breaks, as the sources recorded from files are: the same article pasted in a
  // browser (CRLF) finds them by their SHA-256.
  articleText: requiredText(ARCHIVED_TEXT_MAX_LENGTH, 'the article text').transform(withLineFeeds),
  articleOutlet: quotedStatementShape.sourceOutlet,
  articleTitle: quotedStatementShape.sourceTitle,
  articleUrl: quotedStatementShape.sourceUrl,
  articlePublishedOn: quotedStatementShape.sourcePublishedOn,
  articleLanguage: quotedStatementShape.quoteLanguage,
});
export type ArticleInput = z.infer<typeof articleSchema>;
export type ArticleField = keyof z.input<typeof articleSchema>;
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as ArticleField[];

export const CANDIDATE_DECISIONS = ['accept', 'discard'] as const;
/**
 * What an accepted quote becomes: an answer to a claim on record, a claim of its own, or a
 * repetition of a claim on record (editors only: repetitions have no review step).
 */
export const CANDIDATE_TARGETS = ['claim', 'newClaim', 'repetition'] as const;

const answerSchema = z.object({
  claimSlug: chosenClaimSlug('Choose the claim it answers.'),
  stance: z.enum(Stance, 'Choose a stance.'),
  note: optionalText(NOTE_MAX_LENGTH, 'the note'),
});
const repetitionSchema = z.object({ claimSlug: chosenClaimSlug('Choose the claim it repeats.') });
const newClaimSchema = claimEditSchema.pick({ summary: true, verdict: true, verdictExplanation: true, topics: true });

const speakerFields = Object.fromEntries(SPEAKER_FIELDS.map((field) => [field, true])) as Record<SpeakerField, true>;

const candidateObject = z
  .object(quotedStatementShape)
  .pick({ ...speakerFields, quote: true, saidOn: true, saidOnPrecision: true })
  .extend({
    target: z.enum(CANDIDATE_TARGETS, 'Choose what the quote is.'),
    // Checked by the target's own schema below: only the chosen target's fields are required.
    claimSlug: z.string().optional(),
    stance: z.string().optional(),
    note: z.string().optional(),
    summary: z.string().optional(),
    verdict: z.string().optional(),
    verdictExplanation: z.string().optional(),
    /** The new claim's topics, by slug: several checkboxes of one name. */
    topics: z.array(z.string()).optional(),
  });

/** The issues of the chosen target's fields, reported next to those fields. */
function reject(error: z.ZodError, context: z.RefinementCtx) {
  for (const issue of error.issues) context.addIssue({ ...issue, code: 'custom' });
  return z.NEVER;
}

/** One accepted candidate: its speaker and quote as a proposal's, and what it answers or claims. */
export const candidateSchema = candidateObject.superRefine(refineSpeaker).transform((candidate, context) => {
  const { target, claimSlug, stance, note, summary, verdict, verdictExplanation, topics, ...statement } = candidate;
  if (target === 'claim') {
    const parsed = answerSchema.safeParse({ claimSlug, stance, note });
    if (!parsed.success) return reject(parsed.error, context);
    return { ...statement, answer: { kind: 'counterStatement' as const, ...parsed.data } };
  }
  if (target === 'repetition') {
    const parsed = repetitionSchema.safeParse({ claimSlug });
    if (!parsed.success) return reject(parsed.error, context);
    return { ...statement, answer: { kind: 'repetition' as const, ...parsed.data } };
  }
  const parsed = newClaimSchema.safeParse({ summary, verdict, verdictExplanation, topics: topics ?? [] });
  if (!parsed.success) return reject(parsed.error, context);
  return { ...statement, answer: { kind: 'claim' as const, ...parsed.data } };
});
export type CandidateInput = z.infer<typeof candidateSchema>;
export type CandidateField = keyof z.input<typeof candidateSchema>;
export const CANDIDATE_FIELDS = Object.keys(candidateObject.shape) as CandidateField[];
/** The candidate's fields sent as one value each; its topics are several checkboxes and travel apart. */
export const CANDIDATE_TEXT_FIELDS = CANDIDATE_FIELDS.filter((field) => field !== 'topics');

/** A candidate's field as the form names it. */
export const candidateFieldName = (index: number, field: CandidateField | 'decision') => `c${index}.${field}`;
/** How many candidates the form lists (a hidden field), so that the action reads each one's fields. */
export const CANDIDATE_COUNT_FIELD = 'candidateCount';
export const MAX_CANDIDATES = 2000;
/** The name of the form's two buttons, whose values ('read', 'accept') say which step was asked for. */
export const INTAKE_STEP_FIELD = 'step';
