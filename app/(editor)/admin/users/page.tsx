import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/accounts/create-user-form';
import {
  ChangeRoleForm,
  DisableUserForm,
  EnableUserForm,
  RequirePasswordChangeForm,
} from '@/components/accounts/user-admin-forms';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { listUsers } from '@/lib/dal/users';
import { displayTimestamp } from '@/lib/domain/dates';
import { roleLabel } from '@/lib/domain/user-roles';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Users' };

export default editorPage(async function UsersPage() {
  const user = await requirePermission('user.manage', routes.users());
  const users = await listUsers(user);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <CreateUserForm />
      <section aria-labelledby="accounts-heading" className="space-y-4">
        <h2 id="accounts-heading" className="text-xl font-semibold">
          Accounts
        </h2>
        <ul className="space-y-4">
          {users.map((account) => {
            const created = displayTimestamp(account.createdAt);
            const isSelf = account.id === user.id;
            return (
              <li key={account.id}>
                <article
                  aria-labelledby={`user-${account.id}`}
                  className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
                >
                  <h3 id={`user-${account.id}`} className="font-semibold">
                    {account.name} <span className="font-normal">({account.email})</span>
                  </h3>
                  <p className="text-sm text-stone-700">
                    {roleLabel(account.role)}
                    {account.disabledAt ? ', disabled' : ''}
                    {isSelf ? ', you' : ''}. Created <time dateTime={created.iso}>{created.label}</time>.
                    {account.totpEnabledAt ? ' Two-factor sign-in on.' : ' Two-factor sign-in off.'}
                    {account.mustChangePassword ? ' Must choose a new password at next sign-in.' : ''}
                  </p>
                  {/* Admins change other accounts only: the DAL refuses a change to one's own. */}
                  {isSelf ? null : account.disabledAt ? (
                    <EnableUserForm userId={account.id} userName={account.name} />
                  ) : (
                    <>
                      <ChangeRoleForm userId={account.id} userName={account.name} role={account.role} />
                      <RequirePasswordChangeForm userId={account.id} userName={account.name} />
                      <DisableUserForm userId={account.id} userName={account.name} />
                    </>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
});
