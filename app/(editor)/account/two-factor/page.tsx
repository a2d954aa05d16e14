import type { Metadata } from 'next';
import { QrCode } from '@/components/accounts/qr-code';
import {
  ConfirmEnrolmentForm,
  DisableTwoFactorForm,
  RegenerateRecoveryCodesForm,
  StartEnrolmentForm,
} from '@/components/accounts/two-factor-forms';
import { requireSignedIn } from '@/lib/auth/current-user';
import { TWO_FACTOR_REQUIRED_ROLES } from '@/lib/auth/pending-step';
import { safeRedirectTarget } from '@/lib/auth/redirect-target';
import { groupedSecret } from '@/lib/auth/totp';
import { getTwoFactorStatus } from '@/lib/dal/two-factor';
import { displayTimestamp } from '@/lib/domain/dates';
import { countOf } from '@/lib/domain/plural';
import { routes } from '@/lib/routes';
import { editorPage } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default editorPage(async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSignedIn(routes.accountTwoFactor());
  const { next } = await searchParams;
  const continueTo = safeRedirectTarget(Array.isArray(next) ? next[0] : next);
  const status = await getTwoFactorStatus(user);
  const required = TWO_FACTOR_REQUIRED_ROLES.includes(user.role);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Two-factor sign-in</h1>
      {user.pendingStep === 'enrol_two_factor' ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 px-3 py-2 font-medium">
          Admins must sign in with a code from an authenticator app as well as their password. Turn it on to go on.
        </p>
      ) : null}
      {status.enabledAt ? (
        <EnabledView enabledAt={status.enabledAt} recoveryCodesLeft={status.recoveryCodesLeft} required={required} />
      ) : status.enrolment ? (
        <section aria-labelledby="scan-heading" className="space-y-4">
          <h2 id="scan-heading" className="text-xl font-semibold">
            Scan the code with your authenticator app
          </h2>
          <p>
            Any app that supports time-based codes works (for example Aegis, FreeOTP, Google Authenticator or
            1Password). Scan this QR code, or type the secret key below, then enter the first code the app shows.
          </p>
          <QrCode text={status.enrolment.uri} label="QR code of your two-factor secret key" />
          <p>
            Secret key: <code className="font-mono break-all">{groupedSecret(status.enrolment.secret)}</code>
          </p>
          <ConfirmEnrolmentForm continueTo={continueTo} />
          <StartEnrolmentForm again next={continueTo} />
        </section>
      ) : (
        <section aria-labelledby="off-heading" className="space-y-4">
          <h2 id="off-heading" className="text-xl font-semibold">
            Two-factor sign-in is off
          </h2>
          <p>
            With it on, signing in takes your password and a six-digit code from an app on your phone, so a stolen
            password alone does not open your account.
          </p>
          <StartEnrolmentForm next={continueTo} />
        </section>
      )}
    </div>
  );
});

function EnabledView({
  enabledAt,
  recoveryCodesLeft,
  required,
}: {
  enabledAt: Date;
  recoveryCodesLeft: number;
  required: boolean;
}) {
  const since = displayTimestamp(enabledAt);
  return (
    <>
      <p>
        Two-factor sign-in is on since <time dateTime={since.iso}>{since.label}</time>. You have{' '}
        {countOf(recoveryCodesLeft, 'recovery code', 'recovery codes')} left.
      </p>
      <section aria-labelledby="codes-heading" className="space-y-3">
        <h2 id="codes-heading" className="text-xl font-semibold">
          Recovery codes
        </h2>
        <p>Making new ones voids every old one, used or not.</p>
        <RegenerateRecoveryCodesForm />
      </section>
      <section aria-labelledby="off-heading" className="space-y-3">
        <h2 id="off-heading" className="text-xl font-semibold">
          Turn it off
        </h2>
        <p>
          {required
            ? 'Admins must have it: after turning it off you will be asked to set it up again, with a new secret, before anything else.'
            : 'Your password alone will then sign you in. The secret and the recovery codes are deleted.'}
        </p>
        <DisableTwoFactorForm />
      </section>
    </>
  );
}
