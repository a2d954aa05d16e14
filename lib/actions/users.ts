'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { changeUserRole, createUser, disableUser, enableUser, requirePasswordChange } from '../dal/users';
import { changeRoleSchema, createUserSchema, userIdSchema } from '../validation/accounts';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';

// Account management. Each action is a public POST endpoint: the permission check is the DAL's,
// made against the session's user, whatever the form claimed.

export type CreateUserField = 'email' | 'name' | 'role' | 'password';

export async function createUserAction(
  _previous: FormState<CreateUserField>,
  formData: FormData,
): Promise<FormState<CreateUserField>> {
  const values = submittedValues(formData, ['email', 'name', 'role'] as const);
  const parsed = createUserSchema.safeParse({ ...values, password: formData.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const user = await createUser(parsed.data, await getCurrentUserForWrite(), await getRequestMetadata());
    revalidatePath(routes.users());
    return { ok: true, message: `Account created for ${user.name} (${user.email}).` };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export type ChangeRoleField = 'role';

export async function changeUserRoleAction(
  _previous: FormState<ChangeRoleField>,
  formData: FormData,
): Promise<FormState<ChangeRoleField>> {
  const values = submittedValues(formData, ['role'] as const);
  const parsed = changeRoleSchema.safeParse({ userId: formData.get('userId'), role: values.role });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await changeUserRole(parsed.data, await getCurrentUserForWrite(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(routes.users());
  return { ok: true, message: 'Role saved.', values };
}

/** Disabling, enabling, requiring a new password: one account id in, one change of its status out. */
async function changeAccountStatus(
  formData: FormData,
  change: typeof disableUser,
  done: string,
): Promise<FormState<never>> {
  const parsed = userIdSchema.safeParse({ userId: formData.get('userId') });
  if (!parsed.success) return { message: 'Unknown account.' };
  try {
    await change(parsed.data, await getCurrentUserForWrite(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, {});
  }
  revalidatePath(routes.users());
  return { ok: true, message: done };
}

export async function disableUserAction(_previous: FormState<never>, formData: FormData): Promise<FormState<never>> {
  return changeAccountStatus(formData, disableUser, 'Account disabled.');
}

export async function enableUserAction(_previous: FormState<never>, formData: FormData): Promise<FormState<never>> {
  return changeAccountStatus(formData, enableUser, 'Account enabled: it can sign in again.');
}

export async function requirePasswordChangeAction(
  _previous: FormState<never>,
  formData: FormData,
): Promise<FormState<never>> {
  return changeAccountStatus(
    formData,
    requirePasswordChange,
    'This account must choose a new password at its next sign-in; it was signed out.',
  );
}
