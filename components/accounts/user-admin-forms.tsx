'use client';

import { useActionState } from 'react';
import { changeUserRoleAction, disableUserAction } from '@/lib/actions/users';
import type { UserRole } from '@/lib/generated/prisma/enums';
import { Field, FormMessage, SubmitButton } from '@/components/forms/form-controls';
import { RoleSelect } from './role-select';

const secondaryButton = 'rounded border border-stone-500 bg-white px-3 py-1.5 font-medium disabled:opacity-60';

/** Change one account's role. */
export function ChangeRoleForm({ userId, userName, role }: { userId: string; userName: string; role: UserRole }) {
  const [state, action] = useActionState(changeUserRoleAction, {});
  const id = `role-${userId}`;
  return (
    <form action={action} aria-label={`Role of ${userName}`} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="min-w-0 flex-1">
        <Field id={id} label="Role" errors={state.errors?.role}>
          {(describedBy, invalid) => <RoleSelect id={id} defaultValue={state.values?.role ?? role} describedBy={describedBy} invalid={invalid} />}
        </Field>
      </div>
      <SubmitButton className={secondaryButton}>Save role</SubmitButton>
      <div className="basis-full">
        <FormMessage message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}

/** Disable one account: it can no longer sign in, and its sessions end now. */
export function DisableUserForm({ userId, userName }: { userId: string; userName: string }) {
  const [state, action] = useActionState(disableUserAction, {});
  return (
    <form action={action} aria-label={`Disable ${userName}`} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className={secondaryButton}>Disable account</SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
