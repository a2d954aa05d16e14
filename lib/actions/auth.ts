'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { readKnownDeviceToken, setKnownDeviceCookie } from '../auth/known-device-cookie';
import { safeRedirectTarget } from '../auth/redirect-target';
import { getRequestMetadata } from '../auth/request-metadata';
import { throttledMessage } from '../auth/sign-in-throttle';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../auth/session-cookie';
import { signIn, signOut } from '../dal/sessions';
import { changeOwnPassword } from '../dal/users';
import { tooManyRequestsMessage } from '../domain/rate-limits';
import { changePasswordSchema, signInSchema } from '../validation/accounts';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

export type SignInField = 'email' | 'password';

// One message for every failed sign-in: saying which half was wrong would tell a stranger which
// emails have accounts.
const SIGN_IN_FAILED = 'Email or password is incorrect.';

export async function signInAction(
  _previous: FormState<SignInField>,
  formData: FormData,
): Promise<FormState<SignInField>> {
  const values = submittedValues(formData, ['email'] as const);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await signIn(
    { ...parsed.data, knownDeviceToken: await readKnownDeviceToken() },
    await getRequestMetadata(),
  );
  if (!result.ok) {
    return {
      message: result.reason === 'throttled' ? throttledMessage(result.retryAt, new Date()) : SIGN_IN_FAILED,
      values,
    };
  }
  await setSessionCookie(result.token, result.expiresAt);
  if (result.knownDeviceToken) await setKnownDeviceCookie(result.knownDeviceToken);
  redirect(safeRedirectTarget(formData.get('next')));
}

export async function signOutAction(): Promise<void> {
  const token = await readSessionToken();
  if (token) await signOut(token, await getRequestMetadata());
  await clearSessionCookie();
  redirect('/');
}

export type ChangePasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export async function changePasswordAction(
  _previous: FormState<ChangePasswordField>,
  formData: FormData,
): Promise<FormState<ChangePasswordField>> {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get('currentPassword'),
    newPassword: formData.get('newPassword'),
    confirmPassword: formData.get('confirmPassword'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    const result = await changeOwnPassword(parsed.data, await getCurrentUser(), await getRequestMetadata());
    if (!result.ok && result.reason === 'rate_limited')
      return { message: tooManyRequestsMessage(result.retryAfterSeconds) };
    if (!result.ok) return { errors: { currentPassword: ['This is not your current password.'] } };
  } catch (error) {
    return formStateFromError(error, {});
  }
  return { ok: true, message: 'Your password was changed. You were signed out everywhere else.' };
}
