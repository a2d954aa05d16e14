import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/accounts/sign-in-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectTarget } from '@/lib/auth/redirect-target';
import { editorPage } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Sign in' };

export default editorPage(async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  // Only a path on this site survives: the form never sends anyone elsewhere.
  const target = safeRedirectTarget(Array.isArray(next) ? next[0] : next);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p>For Countercheck&apos;s contributors, editors and admins. Accounts are made by an admin.</p>
      <SignInForm next={target === '/' ? undefined : target} />
    </div>
  );
});
