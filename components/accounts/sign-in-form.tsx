'use client';

import { useActionState } from 'react';
import { signInAction } from '@/lib/actions/auth';
import { FormMessage, SubmitButton, TextField } from '@/components/forms/form-controls';
import { EMAIL_MAX_LENGTH } from '@/lib/validation/accounts';

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, {});
  return (
    <form action={action} className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
