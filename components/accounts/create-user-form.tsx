'use client';

import { useActionState } from 'react';
import { createUserAction } from '@/lib/actions/users';
import { Field, FormMessage, SubmitButton, TextField } from '@/components/forms/form-controls';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/validation/accounts';
import { RoleSelect } from './role-select';

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, {});
  // A created account empties the form for the next one; a refused one keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form
      action={action}
      aria-labelledby="create-user-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="create-user-heading" className="text-xl font-semibold">
        Create an account
      </h2>
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        id="new-user-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="off"
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={values.email}
        errors={state.errors?.email}
      />
      <TextField
        id="new-user-name"
        name="name"
        label="Name"
        autoComplete="off"
        required
        maxLength={DISPLAY_NAME_MAX_LENGTH}
        defaultValue={values.name}
        errors={state.errors?.name}
      />
      <Field id="new-user-role" label="Role" errors={state.errors?.role}>
        {(describedBy, invalid) => (
          <RoleSelect id="new-user-role" defaultValue={values.role} describedBy={describedBy} invalid={invalid} />
        )}
      </Field>
      <TextField
        id="new-user-password"
        name="password"
        type="password"
        label="Initial password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to the person in private; they can change it under Account.`}
        autoComplete="new-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
