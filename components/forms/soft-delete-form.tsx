'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms/form-controls';
import { ReasonField } from '@/components/forms/reason-field';
import { VersionInput } from '@/components/forms/stale-save';
import type { FormState } from '@/lib/actions/form-state';

// The form every soft delete shares (a claim, a person, a source, a withdrawn counter-statement):
// the record's id and the version it was loaded at, a required reason kept in its history, and a
// destructive button. The action decides what the deletion means.

type Props<State extends FormState<string>> = {
  action: (state: Awaited<State>, formData: FormData) => Promise<State>;
  /** The hidden field naming the record, as the action reads it. */
  record: { name: string; id: string };
  version: number;
  /** The stem of the form's element ids. */
  id: string;
  heading: string;
  /** Where the reason is shown. */
  reasonHint: string;
  buttonLabel: string;
};

export function SoftDeleteForm<State extends FormState<string>>({
  action,
  record,
  version,
  id,
  heading,
  reasonHint,
  buttonLabel,
}: Props<State>) {
  const [state, formAction] = useActionState(action, {} as Awaited<State>);
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-lg border border-red-200 bg-white p-4"
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      <input type="hidden" name={record.name} value={record.id} />
      <VersionInput loaded={version} answered={state.values?.version} />
      <FormMessage message={state.message} ok={state.ok} />
      <ReasonField
        id={`${id}-reason`}
        hint={reasonHint}
        required
        defaultValue={state.values?.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton className="rounded border border-red-800 bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        {buttonLabel}
      </SubmitButton>
    </form>
  );
}
