'use client';

import { useState, type ReactNode } from 'react';
import { QuoteCheck } from '@/components/quotes/quote-check';
import { SpeakerFields, type NewOrganizationOptions } from '@/components/quotes/speaker-fields';
import { useLookup } from '@/components/forms/use-lookup';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { SelectField, TextAreaField, TextField } from '@/components/forms/form-controls';
import type { FormState } from '@/lib/actions/form-state';
import { SOURCE_KINDS } from '@/lib/domain/source-kinds';
import { SOURCE_CHOICES, type QuotedStatementField, type SourceChoice } from '@/lib/validation/quoted-statement';
import { routes } from '@/lib/routes';
import {
  LANGUAGE_TAG_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  TRANSLATION_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@/lib/validation/record-fields';

// The fieldsets every proposal form shares: who spoke (./speaker-fields.tsx), the source (one on
// record, or a new one with its pasted text), and the quote with its live verbatim check. People,
// organizations and sources are chosen through pickers that look them up as one types (/lookup/*).
// The proposal's own fields follow the quote (`children`).

type Props = {
  /** The form's last state: its values and errors, and (by identity) when it came back refused. */
  state: FormState<QuotedStatementField>;
  /** Editors may save a quote not found verbatim, with a reason; contributors may not. */
  maySaveUnverified: boolean;
  /** Editors may name an organization not on record yet; contributors may not. */
  newOrganization?: NewOrganizationOptions;
  /** What to show under the quote as it is typed (the claim form's look-alike claims). */
  afterQuote?: (quote: string) => ReactNode;
  /** The proposal's own fields, at the end of the quote's fieldset. */
  children?: ReactNode;
};

const SOURCE_CHOICE_LABELS: Record<SourceChoice, string> = { existing: 'A source on record', new: 'A new source' };

export function QuotedStatementFields({ state, maySaveUnverified, newOrganization, afterQuote, children }: Props) {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  // What the live check and the dependent fields need, kept in step with what the form shows:
  // after a refused submission the fields show what was sent, so these start from it again.
  const [shownState, setShownState] = useState(state);
  const [live, setLive] = useState(() => liveValues(values));
  if (shownState !== state) {
    setShownState(state);
    setLive(liveValues(values));
  }
  // The records chosen in the pickers. They are not reset by a refused submission: the hidden
  // input that sends the id is controlled, so the form shows and sends the same choice again.
  const [source, setSource] = useState<ComboboxOption | null>(null);
  const archive = useLookup<{ archiveText: string }>(source ? routes.lookup.source(source.id) : null);
  const archiveText = archive?.ok ? archive.data.archiveText : '';

  return (
    <>
      <SpeakerFields state={state} values={values} errors={errors} newOrganization={newOrganization} />

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Source</legend>
        <fieldset className="space-y-1">
          <legend className="font-medium">The quote comes from</legend>
          {SOURCE_CHOICES.map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                type="radio"
                name="sourceChoice"
                value={choice}
                defaultChecked={(values.sourceChoice ?? 'existing') === choice}
                onChange={() => setLive({ ...live, sourceChoice: choice })}
              />
              {SOURCE_CHOICE_LABELS[choice]}
            </label>
          ))}
          {errors.sourceChoice ? (
            <p className="text-sm font-medium text-red-800">{errors.sourceChoice.join(' ')}</p>
          ) : null}
        </fieldset>
        {live.sourceChoice === 'existing' ? (
          <>
            <ComboboxField
              id="sourceId"
              name="sourceId"
              label="Source"
              hint="Type a word of its outlet, title or web address."
              endpoint={routes.lookup.sources()}
              selected={source}
              onSelectedChange={setSource}
              errors={errors.sourceId}
            />
            {archive && !archive.ok ? <p className="text-sm font-medium text-red-800">{archive.message}</p> : null}
          </>
        ) : null}
        {/* Hidden and disabled rather than removed while a source on record is chosen: a long pasted
            text survives a change of mind, and disabled fields are not sent. */}
        <fieldset disabled={live.sourceChoice !== 'new'} hidden={live.sourceChoice !== 'new'} className="space-y-4">
          <legend className="sr-only">The new source</legend>
          <SelectField
            id="sourceKind"
            name="sourceKind"
            label="Kind"
            options={SOURCE_KINDS.map(({ kind, label }) => ({ value: kind, label }))}
            defaultValue={values.sourceKind}
            errors={errors.sourceKind}
          />
          <TextField
            id="sourceOutlet"
            name="sourceOutlet"
            label="Outlet"
            maxLength={OUTLET_MAX_LENGTH}
            defaultValue={values.sourceOutlet}
            errors={errors.sourceOutlet}
          />
          <TextField
            id="sourceTitle"
            name="sourceTitle"
            label="Title"
            maxLength={SOURCE_TITLE_MAX_LENGTH}
            defaultValue={values.sourceTitle}
            errors={errors.sourceTitle}
          />
          <TextField
            id="sourceUrl"
            name="sourceUrl"
            type="url"
            label="URL"
            hint="Starting with http:// or https://."
            maxLength={URL_MAX_LENGTH}
            defaultValue={values.sourceUrl}
            errors={errors.sourceUrl}
          />
          <TextField
            id="sourcePublishedOn"
            name="sourcePublishedOn"
            type="date"
            label="Publication date"
            defaultValue={values.sourcePublishedOn}
            errors={errors.sourcePublishedOn}
          />
          <TextField
            id="sourceLanguage"
            name="sourceLanguage"
            label="Language of the source"
            hint="A language code: en, fr, pt-BR."
            maxLength={LANGUAGE_TAG_MAX_LENGTH}
            defaultValue={values.sourceLanguage ?? 'en'}
            errors={errors.sourceLanguage}
          />
          <TextAreaField
            id="sourceText"
            name="sourceText"
            label="Source text"
            hint="Paste the article's text: it is archived, and the quote is checked against it."
            rows={10}
            defaultValue={values.sourceText}
            errors={errors.sourceText}
            onInput={(sourceText) => setLive({ ...live, sourceText })}
          />
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Quote</legend>
        <TextAreaField
          id="quote"
          name="quote"
          label="Quote, word for word"
          describedById="quote-check"
          maxLength={QUOTE_MAX_LENGTH}
          rows={4}
          defaultValue={values.quote}
          errors={errors.quote}
          onInput={(quote) => setLive({ ...live, quote })}
        />
        {afterQuote?.(live.quote)}
        {live.sourceChoice === 'existing' ? (
          <QuoteCheck
            id="quote-check"
            quote={live.quote}
            sourceText={archiveText}
            waitingMessage={
              source && !archive
                ? "Loading the source's archived text…"
                : 'Choose the source and type the quote to check that it is verbatim in its archived text.'
            }
          />
        ) : (
          <QuoteCheck id="quote-check" quote={live.quote} sourceText={live.sourceText} />
        )}
        {maySaveUnverified ? (
          <TextAreaField
            id="unverifiedReason"
            name="unverifiedReason"
            label="Reason to save a quote not found verbatim (editors only)"
            hint="Only needed when the check above fails; readers will see the quote marked unverified."
            maxLength={REASON_MAX_LENGTH}
            rows={2}
            defaultValue={values.unverifiedReason}
            errors={errors.unverifiedReason}
          />
        ) : null}
        <TextField
          id="quoteLanguage"
          name="quoteLanguage"
          label="Language of the quote"
          hint="A language code: en, fr, pt-BR."
          maxLength={LANGUAGE_TAG_MAX_LENGTH}
          defaultValue={values.quoteLanguage ?? 'en'}
          errors={errors.quoteLanguage}
        />
        <TextAreaField
          id="translation"
          name="translation"
          label="English translation (optional)"
          maxLength={TRANSLATION_MAX_LENGTH}
          rows={3}
          defaultValue={values.translation}
          errors={errors.translation}
        />
        <TextField
          id="saidOn"
          name="saidOn"
          type="date"
          label="Date it was said (optional)"
          hint="Leave it empty when the source does not say."
          defaultValue={values.saidOn}
          errors={errors.saidOn}
        />
        {children}
      </fieldset>
    </>
  );
}

type Live = { sourceChoice: SourceChoice; quote: string; sourceText: string };

function liveValues(values: Partial<Record<QuotedStatementField, string>>): Live {
  return {
    sourceChoice: SOURCE_CHOICES.find((choice) => choice === values.sourceChoice) ?? 'existing',
    quote: values.quote ?? '',
    sourceText: values.sourceText ?? '',
  };
}
