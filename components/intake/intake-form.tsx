'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/forms/form-controls';
import type { IntakeFormState } from '@/lib/actions/intake';
import type { ClaimProposalFormOptions } from '@/lib/dal/claim-proposals';
import { CANDIDATE_COUNT_FIELD, INTAKE_STEP_FIELD, type ArticleField } from '@/lib/validation/intake';
import {
  LANGUAGE_TAG_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@/lib/validation/record-fields';
import type { NewOrganizationOptions } from '@/components/quotes/speaker-fields';
import { CandidateFields } from './candidate-fields';

// The intake page's one form: the pasted article, then, once read, its candidate quotes, each to
// accept, correct or discard. Both steps send the article, so that the accepted quotes are
// checked against the very text that becomes the source.

type Props = {
  intake: (previous: IntakeFormState, formData: FormData) => Promise<IntakeFormState>;
  /** Editors publish at once; contributors submit for review. */
  publishesDirectly: boolean;
  /** Editors may name an organization not on record yet. */
  newOrganization?: NewOrganizationOptions;
  /** The topics a quote accepted as a new claim may be filed under. */
  topics: ClaimProposalFormOptions['topics'];
  /** Editors may record a quote as a repetition of a claim on record. */
  recordsRepetitions: boolean;
};

export function IntakeForm({ intake, publishesDirectly, newOrganization, topics, recordsRepetitions }: Props) {
  const [state, action] = useActionState(intake, {} as IntakeFormState);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const text = (field: ArticleField) => ({
    id: field,
    name: field,
    defaultValue: values[field],
    errors: errors[field],
  });
  const reading = state.reading;

  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage message={state.message} ok={state.ok} />
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">The article</legend>
        <TextAreaField
          {...text('articleText')}
          label="Article text"
          hint="Paste the whole article: it is archived as the source, and every quote is checked against it."
          rows={12}
        />
        <TextField {...text('articleOutlet')} label="Outlet (optional)" maxLength={OUTLET_MAX_LENGTH} />
        <TextField {...text('articleTitle')} label="Title (optional)" maxLength={SOURCE_TITLE_MAX_LENGTH} />
        <TextField
          {...text('articleUrl')}
          type="url"
          label="URL (optional)"
          hint="Starting with http:// or https://."
          maxLength={URL_MAX_LENGTH}
        />
        <TextField
          {...text('articlePublishedOn')}
          type="date"
          label="Publication date (optional)"
          hint={'Dates such as "on Wednesday" in the text are resolved against it.'}
        />
        <TextField
          {...text('articleLanguage')}
          defaultValue={values.articleLanguage ?? 'en'}
          label="Language"
          hint="A language code: en, fr, pt-BR."
          maxLength={LANGUAGE_TAG_MAX_LENGTH}
        />
        <SubmitButton name={INTAKE_STEP_FIELD} value="read">
          Find quotes
        </SubmitButton>
      </fieldset>

      {reading && reading.candidates.length ? (
        <section aria-labelledby="candidates-heading" className="space-y-4">
          <h2 id="candidates-heading" className="text-2xl font-semibold">
            Quotes found
          </h2>
          <p>
            {reading.sourceOnRecord
              ? `This text is on record already (${reading.sourceOnRecord.title}): accepted quotes cite it.`
              : 'Accepting a quote archives the article as a new source.'}{' '}
            Nothing is saved for a quote until you accept it.
          </p>
          <input type="hidden" name={CANDIDATE_COUNT_FIELD} value={reading.candidates.length} />
          <ol className="space-y-4">
            {reading.candidates.map((candidate, index) => (
              <li key={`${index}-${candidate.start}-${candidate.end}`}>
                <CandidateFields
                  state={state}
                  index={index}
                  candidate={candidate}
                  newOrganization={newOrganization}
                  topics={topics}
                  recordsRepetitions={recordsRepetitions}
                />
              </li>
            ))}
          </ol>
          <SubmitButton name={INTAKE_STEP_FIELD} value="accept">
            {publishesDirectly ? 'Publish accepted quotes' : 'Submit accepted quotes for review'}
          </SubmitButton>
        </section>
      ) : null}
    </form>
  );
}
