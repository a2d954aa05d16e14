'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextAreaField } from '@/components/forms/form-controls';
import { SoftDeleteForm } from '@/components/forms/soft-delete-form';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import {
  updateCounterStatementAction,
  withdrawCounterStatementAction,
  type CounterStatementEditState,
} from '@/lib/actions/statement-edits';
import { STANCES } from '@/lib/domain/stances';
import type { CounterStatementSnapshot } from '@/lib/domain/statement-revisions';
import { ReasonField } from '@/components/forms/reason-field';
import { NOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

const STANCE_OPTIONS = STANCES.map((entry) => ({ value: entry.stance, label: `${entry.label}: ${entry.definition}` }));

type Props = { counterStatementId: string; version: number; initial: CounterStatementSnapshot };

/** An editor's form for how a quote answers the claim: its stance and the editor's note. */
export function CounterStatementEditForm({ counterStatementId, version, initial }: Props) {
  const [state, action] = useActionState(updateCounterStatementAction, {} as CounterStatementEditState);
  const values = state.values ?? {};
  const current = state.current;
  const stanceLabel = (stance: string | undefined) => STANCES.find((entry) => entry.stance === stance)?.label;
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="edit-counter-statement-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-counter-statement-heading" className="text-xl font-semibold">
        How it answers the claim
      </h2>
      <input type="hidden" name="counterStatementId" value={counterStatementId} />
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />
      <SelectField
        key={values.stance}
        id="counter-statement-stance"
        name="stance"
        label="Stance"
        options={STANCE_OPTIONS}
        defaultValue={values.stance ?? initial.stance}
        errors={state.errors?.stance}
      />
      {current ? (
        <SavedMeanwhile
          id="counter-statement-stance-current"
          current={stanceLabel(current.stance) ?? ''}
          typed={stanceLabel(values.stance)}
        />
      ) : null}
      <TextAreaField
        id="counter-statement-note"
        name="note"
        label="Editor's note (optional)"
        hint="Why this quote answers the claim, or what it leaves out. Readers see it."
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        defaultValue={values.note ?? initial.note ?? undefined}
        errors={state.errors?.note}
      />
      {current ? (
        <SavedMeanwhile id="counter-statement-note-current" current={current.note ?? '—'} typed={values.note || '—'} />
      ) : null}
      <ReasonField
        id="counter-statement-reason"
        hint="Kept in the counter-statement's history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}

/** Withdraws the counter-statement with a reason; readers who saw it get the reason as a correction. */
export function WithdrawCounterStatementForm({
  counterStatementId,
  version,
  published,
}: {
  counterStatementId: string;
  version: number;
  published: boolean;
}) {
  return (
    <SoftDeleteForm
      action={withdrawCounterStatementAction}
      record={{ name: 'counterStatementId', id: counterStatementId }}
      version={version}
      id="withdraw"
      heading="Withdraw the counter-statement"
      reasonHint={published ? 'Published on the claim page and in the corrections log.' : 'Kept in its history.'}
      buttonLabel="Withdraw"
    />
  );
}
