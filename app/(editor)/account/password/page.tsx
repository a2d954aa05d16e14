import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/accounts/change-password-form';
import { requireSignedIn } from '@/lib/auth/current-user';
import { safeRedirectTarget } from '@/lib/auth/redirect-target';
import { routes } from '@/lib/routes';
import { editorPage } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Change your password' };

export default editorPage(async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSignedIn(routes.accountPassword());
  const { next } = await searchParams;
  const target = safeRedirectTarget(Array.isArray(next) ? next[0] : next);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Change your password</h1>
      {user.pendingStep === 'change_password' ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 px-3 py-2 font-medium">
          An admin asked you to choose a new password before you go on.
        </p>
      ) : null}
      <p>Signed in as {user.email}. Changing your password signs you out on every other browser and device.</p>
      <ChangePasswordForm next={target === '/' ? undefined : target} />
    </div>
  );
});
