'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/forms/form-controls';
import { QuotedStatementFields } from '@/components/quotes/quoted-statement-fields';
import type { FormState } from '@/lib/actions/form-state';
import type { ClaimAppearanceField } from '@/lib/validation/claim-appearances';

type Props = {
  /**
   * recordClaimAppearanceAction bound to the claim by the page (a server component): an action
   * bound here, in a client component, makes a post without JavaScript loop forever in Next.js
   * (vercel/next.js#57867).
   */
  record: (previous: FormState<ClaimAppearanceField>, formData: FormData) => Promise<FormState<ClaimAppearanceField>>;
  /** The quote typed in the claim proposal form, when the editor came from its offer. */
  quote?: string;
};

/** Where and by whom a claim was said again: the quoted statement every proposal form asks for. */
export function RepetitionForm({ record, quote }: Props) {
  const [state, action] = useActionState(record, {
    values: quote ? { quote } : undefined,
  } as FormState<ClaimAppearanceField>);
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage message={state.message} ok={state.ok} />
      {/* Only editors record repetitions, and editors may save an unverified quote with a reason. */}
      <QuotedStatementFields state={state} maySaveUnverified />
      <SubmitButton>Publish repetition</SubmitButton>
    </form>
  );
}
