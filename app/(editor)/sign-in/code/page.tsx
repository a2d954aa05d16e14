import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SecondFactorForm } from '@/components/accounts/second-factor-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readPendingSignInToken } from '@/lib/auth/pending-sign-in-cookie';
import { safeRedirectTarget, signInHref } from '@/lib/auth/redirect-target';
import { editorPage } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Sign in: code' };

// The second step of a sign-in. The pending sign-in's cookie only says a password was accepted
// a moment ago; the action checks it against the database with the code.
export default editorPage(async function SignInCodePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  const target = safeRedirectTarget(Array.isArray(next) ? next[0] : next);
  if (await getCurrentUser()) redirect(target);
  if (!(await readPendingSignInToken())) redirect(signInHref(target));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Two-factor sign-in</h1>
      <p>Your password is right. Now enter the code from your authenticator app.</p>
      <SecondFactorForm next={target === '/' ? undefined : target} />
    </div>
  );
});
