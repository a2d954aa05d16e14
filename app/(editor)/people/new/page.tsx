import type { Metadata } from 'next';
import { NotAllowed } from '@/components/accounts/not-allowed';
import { NewPersonForm } from '@/components/people/person-forms';
import { requireSignedIn } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';

export const metadata: Metadata = { title: 'Add a person' };

export default async function NewPersonPage() {
  const user = await requireSignedIn('/people/new');
  if (!can(user, 'person.edit')) return <NotAllowed title="Add a person" />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add a person</h1>
      <p>The person is on the public record at once. Their roles are added on the next page.</p>
      <NewPersonForm />
    </div>
  );
}
