'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextAreaField } from '@/components/forms/form-controls';
import { QuotedStatementFields } from '@/components/quotes/quoted-statement-fields';
import type { NewOrganizationOptions } from '@/components/quotes/speaker-fields';
import type { FormState } from '@/lib/actions/form-state';
import { STANCES } from '@/lib/domain/stances';
import type { CounterStatementField } from '@/lib/validation/counter-statements';
import { NOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

type Props = {
  /**
   * proposeCounterStatementAction bound to the claim by the page (a server component): an action
   * bound here, in a client component, makes a post without JavaScript loop forever in Next.js
   * (vercel/next.js#57867).
   */
  propose: (
    previous: FormState<CounterStatementField>,
    formData: FormData,
  ) => Promise<FormState<CounterStatementField>>;
  /** Editors may save a quote not found verbatim, with a reason; contributors may not. */
  maySaveUnverified: boolean;
  /** Editors may name an organization not on record yet. */
  newOrganization?: NewOrganizationOptions;
  /** Editors publish at once; contributors submit for review. */
  publishesDirectly: boolean;
};

export function CounterStatementForm({ propose, maySaveUnverified, newOrganization, publishesDirectly }: Props) {
  const [state, action] = useActionState(propose, {} as FormState<CounterStatementField>);
  const values = state.values ?? {};
  const errors = state.errors ?? {};

  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage message={state.message} ok={state.ok} />
      <QuotedStatementFields state={state} maySaveUnverified={maySaveUnverified} newOrganization={newOrganization}>
        <SelectField
          id="stance"
          name="stance"
          label="Stance"
          options={STANCES.map(({ stance, label, definition }) => ({
            value: stance,
            label: `${label}: ${definition}`,
          }))}
          defaultValue={values.stance}
          errors={errors.stance}
        />
        <TextAreaField
          id="note"
          name="note"
          label="Editor's note (optional)"
          hint="Why this statement answers the claim, or what it leaves out."
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          defaultValue={values.note}
          errors={errors.note}
        />
      </QuotedStatementFields>
      <SubmitButton>{publishesDirectly ? 'Publish counter-statement' : 'Submit for review'}</SubmitButton>
    </form>
  );
}
