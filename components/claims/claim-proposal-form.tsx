'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/form-controls';
import { QuotedStatementFields } from '@/components/quotes/quoted-statement-fields';
import type { NewOrganizationOptions } from '@/components/quotes/speaker-fields';
import { proposeClaimAction } from '@/lib/actions/claims';
import type { FormState } from '@/lib/actions/form-state';
import type { ClaimProposalFormOptions } from '@/lib/dal/claim-proposals';
import { VERDICT_SCALE } from '@/lib/domain/verdicts';
import { SUMMARY_MAX_LENGTH, VERDICT_EXPLANATION_MAX_LENGTH } from '@/lib/validation/claim-edit';
import type { ClaimProposalField } from '@/lib/validation/claim-proposal';
import { SimilarClaims } from './similar-claims';
import { TopicCheckboxes } from './topic-checkboxes';

type Props = ClaimProposalFormOptions & {
  /** Editors may save a quote not found verbatim, with a reason; contributors may not. */
  maySaveUnverified: boolean;
  /** Editors may name an organization not on record yet. */
  newOrganization?: NewOrganizationOptions;
  /** Editors publish at once; contributors submit for review. */
  publishesDirectly: boolean;
  /** Editors may record the quote as a repetition of a claim on record instead. */
  mayRecordRepetitions: boolean;
};

export function ClaimProposalForm({
  topics,
  maySaveUnverified,
  newOrganization,
  publishesDirectly,
  mayRecordRepetitions,
}: Props) {
  const [state, action] = useActionState(proposeClaimAction, {} as FormState<ClaimProposalField>);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage message={state.message} ok={state.ok} />
      <QuotedStatementFields
        state={state}
        maySaveUnverified={maySaveUnverified}
        newOrganization={newOrganization}
        afterQuote={(quote) => <SimilarClaims quote={quote} offerRepetition={mayRecordRepetitions} />}
      />
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">The claim</legend>
        <TextField
          id="summary"
          name="summary"
          label="Summary"
          hint={`What the claim says, in at most ${SUMMARY_MAX_LENGTH} characters: search engines show it as the claim reviewed. The claim's address is made from the speaker's name and this summary.`}
          maxLength={SUMMARY_MAX_LENGTH}
          defaultValue={values.summary}
          errors={errors.summary}
        />
        <SelectField
          id="verdict"
          name="verdict"
          label="Verdict"
          options={VERDICT_SCALE.map(({ verdict, label, definition }) => ({
            value: verdict,
            label: `${label}: ${definition}`,
          }))}
          defaultValue={values.verdict ?? 'UNRATED'}
          errors={errors.verdict}
        />
        <TextAreaField
          id="verdictExplanation"
          name="verdictExplanation"
          label="Verdict explanation"
          hint="What the record shows, for readers."
          maxLength={VERDICT_EXPLANATION_MAX_LENGTH}
          rows={6}
          defaultValue={values.verdictExplanation}
          errors={errors.verdictExplanation}
        />
        <TopicCheckboxes
          options={topics}
          chosen={new Set(values.topics ? values.topics.split('\n') : [])}
          errors={errors.topics}
        />
      </fieldset>
      <SubmitButton>{publishesDirectly ? 'Publish claim' : 'Submit for review'}</SubmitButton>
    </form>
  );
}
