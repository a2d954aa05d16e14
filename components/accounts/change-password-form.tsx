'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/actions/auth';
import { FormMessage, SubmitButton, TextField } from '@/components/forms/form-controls';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/validation/accounts';

/** `next`: where to go once a new password an admin asked for is set. */
export function ChangePasswordForm({ next }: { next?: string }) {
  const [state, action] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <TextField
        id="new-password"
        name="newPassword"
        type="password"
        label="New password"
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A few unrelated words make a strong one.`}
        autoComplete="new-password"
        required
        errors={state.errors?.newPassword}
      />
      <TextField
        id="confirm-password"
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
