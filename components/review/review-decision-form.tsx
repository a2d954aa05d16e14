'use client';

import { useActionState } from 'react';
import { FormMessage, TextAreaField } from '@/components/forms/form-controls';
import { decideSubmissionAction } from '@/lib/actions/review';
import type { SubmissionKind } from '@/lib/validation/review';
import { NOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

/** Approve, or reject with a note the contributor reads. */
export function ReviewDecisionForm({ kind, id, label }: { kind: SubmissionKind; id: string; label: string }) {
  const [state, action] = useActionState(decideSubmissionAction, {});
  return (
    <form action={action} aria-label={`Decide on ${label}`} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <TextAreaField
        id={`note-${id}`}
        name="note"
        label="Note to the contributor (required to reject)"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        defaultValue={state.values?.note}
        errors={state.errors?.note}
      />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="approve"
          className="rounded border border-green-800 bg-green-800 px-4 py-2 font-medium text-white"
        >
          Approve and publish
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          className="rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-900"
        >
          Reject
        </button>
      </div>
    </form>
  );
}
