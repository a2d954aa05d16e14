'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { readKnownDeviceToken, setKnownDeviceCookie } from '../auth/known-device-cookie';
import { safeRedirectTarget } from '../auth/redirect-target';
import { getRequestMetadata } from '../auth/request-metadata';
import { setSessionCookie } from '../auth/session-cookie';
import { signIn, type SignedIn } from '../dal/sessions';
import { changeOwnPassword } from '../dal/users';
import { changePasswordSchema, signInSchema } from '../validation/accounts';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

export type SignInField = 'email' | 'password';

export async function signInAction(
  _previous: FormState<SignInField>,
  formData: FormData,
): Promise<FormState<SignInField>> {
  const values = submittedValues(formData, ['email'] as const);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let session: SignedIn;
  try {
    session = await signIn(
      { ...parsed.data, knownDeviceToken: await readKnownDeviceToken() },
      await getRequestMetadata(),
    );
  } catch (error) {
    // The same message for every wrong email or password, or how long to wait.
    return formStateFromError(error, values);
  }
  await setSessionCookie(session.token, session.expiresAt);
  if (session.knownDeviceToken) await setKnownDeviceCookie(session.knownDeviceToken);
  redirect(safeRedirectTarget(formData.get('next')));
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
    await changeOwnPassword(parsed.data, await getCurrentUser(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, {});
  }
  return { ok: true, message: 'Your password was changed. You were signed out everywhere else.' };
}
