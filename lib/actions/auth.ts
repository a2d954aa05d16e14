'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { readKnownDeviceToken, setKnownDeviceCookie } from '../auth/known-device-cookie';
import {
  clearPendingSignInCookie,
  readPendingSignInToken,
  setPendingSignInCookie,
} from '../auth/pending-sign-in-cookie';
import { pendingStepPage } from '../auth/pending-step-page';
import { safeRedirectTarget, signInCodeHref, withNext } from '../auth/redirect-target';
import { getRequestMetadata } from '../auth/request-metadata';
import { setSessionCookie } from '../auth/session-cookie';
import { completeSignIn, signIn, validateSessionToken, type SignedIn, type SignInResult } from '../dal/sessions';
import { changeOwnPassword } from '../dal/users';
import { UnauthenticatedError } from '../errors';
import { changePasswordSchema, secondFactorCodeSchema, signInSchema } from '../validation/accounts';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

/**
 * The session's cookies, and on to where the visitor was going, or first to the step the account
 * must take (lib/auth/pending-step.ts). Said here: an action's redirect renders its target within
 * the action's answer, past the proxy's gate, and with Cache Components a page's own redirect
 * would come after its response had begun.
 */
async function enterSession(session: SignedIn, next: FormDataEntryValue | null): Promise<never> {
  await setSessionCookie(session.token, session.expiresAt);
  if (session.knownDeviceToken) await setKnownDeviceCookie(session.knownDeviceToken);
  const step = (await validateSessionToken(session.token))?.pendingStep;
  redirect(step ? withNext(pendingStepPage(step), next) : safeRedirectTarget(next));
}

export type SignInField = 'email' | 'password';

export async function signInAction(
  _previous: FormState<SignInField>,
  formData: FormData,
): Promise<FormState<SignInField>> {
  const values = submittedValues(formData, ['email'] as const);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: SignInResult;
  try {
    result = await signIn(
      { ...parsed.data, knownDeviceToken: await readKnownDeviceToken() },
      await getRequestMetadata(),
    );
  } catch (error) {
    // The same message for every wrong email or password, or how long to wait.
    return formStateFromError(error, values);
  }
  if (result.step === 'signed_in') return enterSession(result, formData.get('next'));
  await setPendingSignInCookie(result.pendingToken, result.expiresAt);
  redirect(signInCodeHref(formData.get('next')));
}

export type SecondFactorField = 'code';

/** The second step of a sign-in: the code of the pending sign-in whose cookie this browser holds. */
export async function secondFactorSignInAction(
  _previous: FormState<SecondFactorField>,
  formData: FormData,
): Promise<FormState<SecondFactorField>> {
  const parsed = secondFactorCodeSchema.safeParse({ code: formData.get('code') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const pendingToken = await readPendingSignInToken();
  let session: SignedIn;
  try {
    if (!pendingToken) throw new UnauthenticatedError('Your sign-in has expired: enter your email and password again.');
    session = await completeSignIn(
      { pendingToken, code: parsed.data.code, knownDeviceToken: await readKnownDeviceToken() },
      await getRequestMetadata(),
    );
  } catch (error) {
    if (error instanceof UnauthenticatedError) await clearPendingSignInCookie();
    return formStateFromError(error, {});
  }
  await clearPendingSignInCookie();
  return enterSession(session, formData.get('next'));
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
  const user = await getCurrentUser();
  try {
    await changeOwnPassword(parsed.data, user, await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, {});
  }
  // A new password an admin asked for was the one thing left to do: on to where the visitor was going.
  if (user?.pendingStep === 'change_password') redirect(safeRedirectTarget(formData.get('next')));
  return { ok: true, message: 'Your password was changed. You were signed out everywhere else.' };
}
