'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton, TextField, inputClass } from '@/components/forms/form-controls';
import { deleteClaimAction, updateClaimAction } from '@/lib/actions/claims';
import { SoftDeleteForm } from '@/components/forms/soft-delete-form';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import { TopicCheckboxes } from './topic-checkboxes';
import { claimRevisionFields, type ClaimSnapshot } from '@/lib/domain/claim-revisions';
import { readableSnapshot } from '@/lib/domain/revisions';
import { VERDICT_SCALE } from '@/lib/domain/verdicts';
import { SUMMARY_MAX_LENGTH, VERDICT_EXPLANATION_MAX_LENGTH } from '@/lib/validation/claim-edit';
import { routes } from '@/lib/routes';
import { ReasonField } from '@/components/forms/reason-field';
import { NOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

type Props = {
  claimId: string;
  slug: string;
  version: number;
  /** What the form starts with: the claim as it is, or the revision being restored. */
  initial: ClaimSnapshot;
  published: boolean;
  topicOptions: { slug: string; name: string }[];
  restoredFrom?: number;
};

export function ClaimEditForm({ claimId, slug, version, initial, published, topicOptions, restoredFrom }: Props) {
  const [state, action] = useActionState(updateClaimAction, {});
  const values = state.values ?? {};
  const chosenTopics = new Set(
    values.topics !== undefined ? values.topics.split('\n') : initial.topics.map((topic) => topic.slug),
  );
  const current = state.current;
  // The readable form of the values saved meanwhile, field by field, from the same diff readers see.
  const meanwhile = current ? readableSnapshot(claimRevisionFields, current) : {};
  return (
    <form
      action={action}
      aria-labelledby="edit-claim-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-claim-heading" className="text-xl font-semibold">
        {restoredFrom ? `Restore version ${restoredFrom}` : 'Edit the claim'}
      </h2>
      <input type="hidden" name="claimId" value={claimId} />
      <VersionInput loaded={version} answered={values.version} />
      {restoredFrom ? <input type="hidden" name="restoredFrom" value={restoredFrom} /> : null}
      <FormMessage message={state.message} ok={state.ok} />
      {state.ok ? (
        <p>
          <Link href={routes.claim(slug)}>View the claim</Link> · <Link href={routes.claimHistory(slug)}>History</Link>
        </p>
      ) : null}

      <TextField
        id="claim-summary"
        name="summary"
        label="Summary"
        hint={`What the claim says, in at most ${SUMMARY_MAX_LENGTH} characters.`}
        required
        maxLength={SUMMARY_MAX_LENGTH}
        defaultValue={values.summary ?? initial.summary}
        errors={state.errors?.summary}
      />
      {current ? <SavedMeanwhile id="claim-summary-current" current={current.summary} typed={values.summary} /> : null}

      <Field id="claim-verdict" label="Verdict" errors={state.errors?.verdict}>
        {(describedBy, invalid) => (
          // key: React applies a select's defaultValue only when it mounts, and resets the form to it
          // after each submission; remounting on the submitted value keeps what the editor chose.
          <select
            key={values.verdict}
            id="claim-verdict"
            name="verdict"
            defaultValue={values.verdict ?? initial.verdict}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          >
            {VERDICT_SCALE.map((entry) => (
              <option key={entry.verdict} value={entry.verdict}>
                {entry.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {current ? (
        <SavedMeanwhile
          id="claim-verdict-current"
          current={meanwhile.verdict}
          typed={VERDICT_SCALE.find((entry) => entry.verdict === values.verdict)?.label}
        />
      ) : null}

      <Field id="claim-explanation" label="Verdict explanation" errors={state.errors?.verdictExplanation}>
        {(describedBy, invalid) => (
          <textarea
            id="claim-explanation"
            name="verdictExplanation"
            required
            maxLength={VERDICT_EXPLANATION_MAX_LENGTH}
            rows={6}
            defaultValue={values.verdictExplanation ?? initial.verdictExplanation}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClass}
          />
        )}
      </Field>
      {current ? (
        <SavedMeanwhile
          id="claim-explanation-current"
          current={current.verdictExplanation}
          typed={values.verdictExplanation}
        />
      ) : null}

      <TopicCheckboxes options={topicOptions} chosen={chosenTopics} errors={state.errors?.topics} />
      {current ? (
        <SavedMeanwhile
          id="claim-topics-current"
          current={meanwhile.topics}
          typed={
            topicOptions
              .filter((topic) => chosenTopics.has(topic.slug))
              .sort((a, b) => a.slug.localeCompare(b.slug))
              .map((topic) => topic.name)
              .join(', ') || 'none'
          }
        />
      ) : null}

      <ReasonField
        id="claim-reason"
        hint="Shown to readers in the claim's history."
        defaultValue={values.reason ?? (restoredFrom ? `Restored version ${restoredFrom}.` : undefined)}
        errors={state.errors?.reason}
      />
      {published ? (
        <Field
          id="claim-correction"
          label="Correction note"
          hint="Required when the verdict changes: published on the claim page and in the corrections log."
          errors={state.errors?.correctionNote}
        >
          {(describedBy, invalid) => (
            <textarea
              id="claim-correction"
              name="correctionNote"
              maxLength={NOTE_MAX_LENGTH}
              rows={3}
              defaultValue={values.correctionNote}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClass}
            />
          )}
        </Field>
      ) : null}
      <SubmitButton>{restoredFrom ? 'Restore this version' : 'Save changes'}</SubmitButton>
    </form>
  );
}

/** Soft-deletes the claim with a reason: readers no longer find it; its history is kept. */
export function DeleteClaimForm({ claimId, version }: { claimId: string; version: number }) {
  return (
    <SoftDeleteForm
      action={deleteClaimAction}
      record={{ name: 'claimId', id: claimId }}
      version={version}
      id="delete-claim"
      heading="Delete the claim"
      reasonHint="Kept in the claim's history."
      buttonLabel="Delete claim"
    />
  );
}
