'use client';

import { useActionState, useState } from 'react';
import { DATE_PRECISION_OPTIONS } from '@/components/quotes/date-precisions';
import { QuoteCheck } from '@/components/quotes/quote-check';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/form-controls';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import { updateStatementAction, type StatementEditState } from '@/lib/actions/statement-edits';
import { readableSnapshot } from '@/lib/domain/revisions';
import { statementRevisionFields, type StatementSnapshot } from '@/lib/domain/statement-revisions';
import { ReasonField } from '@/components/forms/reason-field';
import {
  ATTRIBUTION_MAX_LENGTH,
  LANGUAGE_TAG_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  TRANSLATION_MAX_LENGTH,
} from '@/lib/validation/record-fields';

type Props = {
  statementId: string;
  version: number;
  initial: StatementSnapshot;
  /** The source's archived text, which the quote is checked against as the editor types. */
  sourceText: string;
  /** Whether readers see this quote, so that a change to its words or date needs a correction note. */
  shownToReaders: boolean;
};

/** An editor's form for a quote's words, language, translation, attribution and date. */
export function StatementEditForm({ statementId, version, initial, sourceText, shownToReaders }: Props) {
  const [state, action] = useActionState(updateStatementAction, {} as StatementEditState);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  // The live check follows the quote as typed, and starts again from what was sent after a refusal.
  const [shownState, setShownState] = useState(state);
  const [quote, setQuote] = useState(values.quote ?? initial.text);
  if (shownState !== state) {
    setShownState(state);
    setQuote(values.quote ?? initial.text);
  }
  const current = state.current;
  // The readable form of the values saved meanwhile, field by field, from the same diff the history shows.
  const meanwhile = current ? readableSnapshot(statementRevisionFields, current) : {};
  const savedMeanwhile = (field: keyof StatementSnapshot, typed: string | undefined) =>
    current ? (
      <SavedMeanwhile id={`statement-${field}-current`} current={meanwhile[field]} typed={typed || '—'} />
    ) : null;

  return (
    <form
      action={action}
      noValidate
      aria-labelledby="edit-quote-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-quote-heading" className="text-xl font-semibold">
        Edit the quote
      </h2>
      <input type="hidden" name="statementId" value={statementId} />
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />

      <TextAreaField
        id="statement-quote"
        name="quote"
        label="Quote, word for word"
        describedById="statement-quote-check"
        maxLength={QUOTE_MAX_LENGTH}
        rows={4}
        defaultValue={values.quote ?? initial.text}
        errors={errors.quote}
        onInput={setQuote}
      />
      <QuoteCheck id="statement-quote-check" quote={quote} sourceText={sourceText} />
      {savedMeanwhile('text', values.quote)}
      <TextAreaField
        id="statement-unverified-reason"
        name="unverifiedReason"
        label="Reason to save a quote not found verbatim"
        hint="Only needed when the check above fails; readers will see the quote marked unverified."
        maxLength={REASON_MAX_LENGTH}
        rows={2}
        defaultValue={values.unverifiedReason ?? initial.unverifiedReason ?? undefined}
        errors={errors.unverifiedReason}
      />
      <TextField
        id="statement-language"
        name="quoteLanguage"
        label="Language of the quote"
        hint="A language code: en, fr, pt-BR."
        maxLength={LANGUAGE_TAG_MAX_LENGTH}
        defaultValue={values.quoteLanguage ?? initial.language}
        errors={errors.quoteLanguage}
      />
      {savedMeanwhile('language', values.quoteLanguage)}
      <TextAreaField
        id="statement-translation"
        name="translation"
        label="English translation (optional)"
        maxLength={TRANSLATION_MAX_LENGTH}
        rows={3}
        defaultValue={values.translation ?? initial.translation ?? undefined}
        errors={errors.translation}
      />
      {savedMeanwhile('translation', values.translation)}
      <TextField
        id="statement-attribution"
        name="attribution"
        label="How the source describes the speaker (optional)"
        hint="For example: a UK Government spokesperson."
        maxLength={ATTRIBUTION_MAX_LENGTH}
        defaultValue={values.attribution ?? initial.attribution ?? undefined}
        errors={errors.attribution}
      />
      {savedMeanwhile('attribution', values.attribution)}
      <TextField
        id="statement-said-on"
        name="saidOn"
        type="date"
        label="Said on (optional)"
        defaultValue={values.saidOn ?? initial.saidOn ?? undefined}
        errors={errors.saidOn}
      />
      {savedMeanwhile('saidOn', values.saidOn)}
      <SelectField
        key={values.saidOnPrecision}
        id="statement-precision"
        name="saidOnPrecision"
        label="How precise the date is"
        options={DATE_PRECISION_OPTIONS}
        defaultValue={values.saidOnPrecision ?? initial.saidOnPrecision}
        errors={errors.saidOnPrecision}
      />

      <ReasonField
        id="statement-reason"
        hint="Kept in the quote's history."
        defaultValue={values.reason}
        errors={errors.reason}
      />
      {shownToReaders ? (
        <TextAreaField
          id="statement-correction"
          name="correctionNote"
          label="Correction note"
          hint="Required when the words, translation or date change: readers see it on every claim that shows this quote, and in the corrections log."
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          defaultValue={values.correctionNote}
          errors={errors.correctionNote}
        />
      ) : null}
      <SubmitButton>Save the quote</SubmitButton>
    </form>
  );
}
