import { z } from 'zod';
import { Stance } from '../generated/prisma/enums';
import { NOTE_MAX_LENGTH, optionalText } from './record-fields';
import { quotedStatementShape, refineQuotedStatement } from './quoted-statement';

// A proposed counter-statement as the form sends it, shared by the form, its action and the DAL:
// the quoted statement (lib/validation/quoted-statement.ts) with its stance and note.

export const counterStatementSchema = z
  .object({
    ...quotedStatementShape,
    stance: z.enum(Stance, 'Choose a stance.'),
    note: optionalText(NOTE_MAX_LENGTH, 'the note'),
  })
  .superRefine(refineQuotedStatement);

export type CounterStatementInput = z.infer<typeof counterStatementSchema>;
export type CounterStatementField = keyof z.input<typeof counterStatementSchema>;

export const COUNTER_STATEMENT_FIELDS = Object.keys(counterStatementSchema.shape) as CounterStatementField[];
