import type { Metadata } from 'next';
import { NewPersonForm } from '@/components/people/person-forms';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Add a person' };

export default editorPage(async function NewPersonPage() {
  await requirePermission('person.edit', routes.newPerson());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Add a person</h1>
      <p>The person is on the public record at once. Their roles are added on the next page.</p>
      <NewPersonForm />
    </div>
  );
});
