'use client';

import { useActionState } from 'react';
import {
  changeUserRoleAction,
  disableUserAction,
  enableUserAction,
  requirePasswordChangeAction,
} from '@/lib/actions/users';
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
          {(describedBy, invalid) => (
            <RoleSelect id={id} defaultValue={state.values?.role ?? role} describedBy={describedBy} invalid={invalid} />
          )}
        </Field>
      </div>
      <SubmitButton className={secondaryButton}>Save role</SubmitButton>
      <div className="basis-full">
        <FormMessage message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}

type StatusFormProps = { userId: string; userName: string };

/** One button that changes whether an account may sign in. */
function AccountStatusForm({
  userId,
  label,
  button,
  statusAction,
}: {
  userId: string;
  label: string;
  button: string;
  statusAction: typeof disableUserAction;
}) {
  const [state, action] = useActionState(statusAction, {});
  return (
    <form action={action} aria-label={label} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className={secondaryButton}>{button}</SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

/** Disable one account: it can no longer sign in, and its sessions end now. */
export function DisableUserForm({ userId, userName }: StatusFormProps) {
  return (
    <AccountStatusForm
      userId={userId}
      label={`Disable ${userName}`}
      button="Disable account"
      statusAction={disableUserAction}
    />
  );
}

/** Enable a disabled account: it can sign in again with its password. */
export function EnableUserForm({ userId, userName }: StatusFormProps) {
  return (
    <AccountStatusForm
      userId={userId}
      label={`Enable ${userName}`}
      button="Enable account"
      statusAction={enableUserAction}
    />
  );
}

/** Make an account choose a new password at its next sign-in; its sessions end now. */
export function RequirePasswordChangeForm({ userId, userName }: StatusFormProps) {
  return (
    <AccountStatusForm
      userId={userId}
      label={`Require a new password from ${userName}`}
      button="Require a new password"
      statusAction={requirePasswordChangeAction}
    />
  );
}
