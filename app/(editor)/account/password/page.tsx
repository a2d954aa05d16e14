import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/accounts/change-password-form';
import { requireSignedIn } from '@/lib/auth/current-user';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Change your password' };

export default async function ChangePasswordPage() {
  const user = await requireSignedIn(routes.accountPassword());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Change your password</h1>
      <p>Signed in as {user.email}. Changing your password signs you out on every other browser and device.</p>
      <ChangePasswordForm />
    </div>
  );
}
