import { z } from 'zod';
import { DatePrecision, Stance } from '../generated/prisma/enums';
import {
  ATTRIBUTION_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  TRANSLATION_MAX_LENGTH,
  languageTag,
  optionalText,
  pastDay,
  requiredText,
} from './record-fields';

// An editor's change to a quote (a statement) and to a counter-statement (how a statement answers
// a claim), shared by the edit forms' actions and the DAL.

const version = z.coerce.number<string>().int().min(1, 'Unknown version.');
const reason = optionalText(REASON_MAX_LENGTH, 'the reason');

export const statementEditSchema = z.object({
  statementId: z.uuid('Unknown quote.'),
  /** The version the editor loaded: a save on an older one is refused. */
  version,
  quote: requiredText(QUOTE_MAX_LENGTH, 'the quote'),
  quoteLanguage: languageTag,
  translation: optionalText(TRANSLATION_MAX_LENGTH, 'the translation'),
  attribution: optionalText(ATTRIBUTION_MAX_LENGTH, 'the attribution'),
  saidOn: pastDay.optional().or(z.literal('').transform(() => undefined)),
  saidOnPrecision: z.enum(DatePrecision, 'Choose how precise the date is.'),
  unverifiedReason: optionalText(REASON_MAX_LENGTH, 'the reason'),
  reason,
  correctionNote: optionalText(NOTE_MAX_LENGTH, 'the correction note'),
});
export type StatementEditInput = z.infer<typeof statementEditSchema>;
export type StatementEditField = Exclude<keyof z.input<typeof statementEditSchema>, 'statementId'>;

export const counterStatementEditSchema = z.object({
  counterStatementId: z.uuid('Unknown counter-statement.'),
  version,
  stance: z.enum(Stance, 'Choose a stance.'),
  note: optionalText(NOTE_MAX_LENGTH, 'the note'),
  reason,
});
export type CounterStatementEditInput = z.infer<typeof counterStatementEditSchema>;
export type CounterStatementEditField = Exclude<keyof z.input<typeof counterStatementEditSchema>, 'counterStatementId'>;

export const counterStatementWithdrawSchema = counterStatementEditSchema
  .pick({ counterStatementId: true, version: true })
  .extend({
    /** Readers of a published counter-statement see it as the correction note. */
    reason: requiredText(REASON_MAX_LENGTH, 'why it is withdrawn'),
  });
export type CounterStatementWithdrawInput = z.infer<typeof counterStatementWithdrawSchema>;
