'use client';

import { useActionState } from 'react';
import {
  confirmTwoFactorEnrolmentAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorEnrolmentAction,
} from '@/lib/actions/two-factor';
import { FormMessage, SubmitButton, TextField } from '@/components/forms/form-controls';
import { PASSWORD_MAX_LENGTH, SECOND_FACTOR_CODE_MAX_LENGTH } from '@/lib/validation/accounts';

const secondaryButton = 'rounded border border-stone-500 bg-white px-3 py-1.5 font-medium disabled:opacity-60';

/** Recovery codes just made: shown this once, never again. */
function RecoveryCodes({ codes, continueTo }: { codes: string[]; continueTo?: string }) {
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="space-y-3 rounded border border-stone-300 bg-white p-4"
    >
      <h2 id="recovery-codes-heading" className="text-xl font-semibold">
        Your recovery codes
      </h2>
      <p>
        Keep them somewhere safe, apart from your phone: each one signs you in once if you lose your authenticator app.
        They are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {continueTo ? (
        <p>
          <a href={continueTo} className="font-medium underline">
            Continue
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** Begin (or begin again) the set-up: the page then shows a new secret to scan. `next`: where to continue to after. */
export function StartEnrolmentForm({ again = false, next }: { again?: boolean; next?: string }) {
  const [state, action] = useActionState(startTwoFactorEnrolmentAction, {});
  return (
    <form action={action} className="space-y-2">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton className={again ? secondaryButton : undefined}>
        {again ? 'Start again with a new secret' : 'Set up two-factor sign-in'}
      </SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

/** The first code from the app, which turns two-factor sign-in on and answers with the recovery codes. */
export function ConfirmEnrolmentForm({ continueTo }: { continueTo: string }) {
  const [state, action] = useActionState(confirmTwoFactorEnrolmentAction, {});
  if (state.recoveryCodes)
    return (
      <div className="space-y-4">
        <FormMessage message={state.message} ok={state.ok} />
        <RecoveryCodes codes={state.recoveryCodes} continueTo={continueTo} />
      </div>
    );
  return (
    <form action={action} aria-label="Confirm two-factor sign-in" className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        id="enrolment-code"
        name="code"
        label="Code from your app"
        hint="The six digits your app shows for Countercheck."
        autoComplete="one-time-code"
        required
        maxLength={SECOND_FACTOR_CODE_MAX_LENGTH}
        errors={state.errors?.code}
      />
      <SubmitButton>Turn on two-factor sign-in</SubmitButton>
    </form>
  );
}

const confirmationHint = 'A current code from your authenticator app, or your password.';

/** A current code from the app, or the password: what proves the change is the account owner's. */
function OwnerConfirmationField({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <TextField
      id={id}
      name="confirmation"
      type="password"
      label="Code or password"
      hint={confirmationHint}
      autoComplete="one-time-code"
      required
      maxLength={PASSWORD_MAX_LENGTH}
      errors={errors}
    />
  );
}

/** New recovery codes, the old ones void. */
export function RegenerateRecoveryCodesForm() {
  const [state, action] = useActionState(regenerateRecoveryCodesAction, {});
  return (
    <div className="space-y-4">
      <form action={action} aria-label="New recovery codes" className="max-w-sm space-y-4">
        <FormMessage message={state.message} ok={state.ok} />
        <OwnerConfirmationField id="regenerate-confirmation" errors={state.errors?.confirmation} />
        <SubmitButton className={secondaryButton}>Make new recovery codes</SubmitButton>
      </form>
      {state.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} /> : null}
    </div>
  );
}

/** Turn two-factor sign-in off. */
export function DisableTwoFactorForm() {
  const [state, action] = useActionState(disableTwoFactorAction, {});
  return (
    <form action={action} aria-label="Turn off two-factor sign-in" className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <OwnerConfirmationField id="disable-confirmation" errors={state.errors?.confirmation} />
      <SubmitButton className={secondaryButton}>Turn off two-factor sign-in</SubmitButton>
    </form>
  );
}
