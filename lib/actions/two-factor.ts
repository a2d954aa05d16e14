'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { withNext } from '../auth/redirect-target';
import { getRequestMetadata } from '../auth/request-metadata';
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from '../dal/two-factor';
import { routes } from '../routes';
import { ownerConfirmationSchema, secondFactorCodeSchema } from '../validation/accounts';
import { fieldErrors, formStateFromError, type FormState } from './form-state';

// The account's own two-factor sign-in (/account/two-factor). Each action is a public POST
// endpoint: the DAL acts on the session's own account only, and checks every code itself.

/** A form that may answer with recovery codes, shown this once and never again. */
export type RecoveryCodesFormState<Field extends string> = FormState<Field> & { recoveryCodes?: string[] };

/**
 * Begins enrolment (a new secret to scan), or begins it again; the page then shows the secret,
 * keeping where to continue to once it is confirmed.
 */
export async function startTwoFactorEnrolmentAction(
  _previous: FormState<never>,
  formData: FormData,
): Promise<FormState<never>> {
  try {
    await startTwoFactorEnrolment(await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(withNext(routes.accountTwoFactor(), formData.get('next')));
}

export async function confirmTwoFactorEnrolmentAction(
  _previous: RecoveryCodesFormState<'code'>,
  formData: FormData,
): Promise<RecoveryCodesFormState<'code'>> {
  const parsed = secondFactorCodeSchema.safeParse({ code: formData.get('code') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    const recoveryCodes = await confirmTwoFactorEnrolment(
      parsed.data,
      await getCurrentUserForWrite(),
      await getRequestMetadata(),
    );
    return { ok: true, message: 'Two-factor sign-in is on.', recoveryCodes };
  } catch (error) {
    return formStateFromError(error, {});
  }
}

export async function regenerateRecoveryCodesAction(
  _previous: RecoveryCodesFormState<'confirmation'>,
  formData: FormData,
): Promise<RecoveryCodesFormState<'confirmation'>> {
  const parsed = ownerConfirmationSchema.safeParse({ confirmation: formData.get('confirmation') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    const recoveryCodes = await regenerateRecoveryCodes(
      parsed.data,
      await getCurrentUserForWrite(),
      await getRequestMetadata(),
    );
    return { ok: true, message: 'New recovery codes: the old ones no longer work.', recoveryCodes };
  } catch (error) {
    return formStateFromError(error, {});
  }
}

export async function disableTwoFactorAction(
  _previous: FormState<'confirmation'>,
  formData: FormData,
): Promise<FormState<'confirmation'>> {
  const parsed = ownerConfirmationSchema.safeParse({ confirmation: formData.get('confirmation') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  try {
    await disableTwoFactor(parsed.data, await getCurrentUserForWrite(), await getRequestMetadata());
  } catch (error) {
    return formStateFromError(error, {});
  }
  redirect(routes.accountTwoFactor());
}
