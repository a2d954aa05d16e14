'use client';

import { useActionState } from 'react';
import { secondFactorSignInAction } from '@/lib/actions/auth';
import { FormMessage, SubmitButton, TextField } from '@/components/forms/form-controls';
import { SECOND_FACTOR_CODE_MAX_LENGTH } from '@/lib/validation/accounts';

/** The second step of a sign-in: the app's current code, or one recovery code. */
export function SecondFactorForm({ next }: { next?: string }) {
  const [state, action] = useActionState(secondFactorSignInAction, {});
  return (
    <form action={action} className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="sign-in-code"
        name="code"
        label="Code"
        hint="The six-digit code your authenticator app shows now, or one of your recovery codes."
        autoComplete="one-time-code"
        required
        maxLength={SECOND_FACTOR_CODE_MAX_LENGTH}
        errors={state.errors?.code}
      />
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}
