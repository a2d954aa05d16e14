import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeletePersonForm, PersonEditForm, RemoveRoleForm, RoleForm } from '@/components/people/person-forms';
import { RevisionHistory } from '@/components/revisions/revision-history';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getPersonForEditOrNull } from '@/lib/dal/person-edits';
import { countOf } from '@/lib/domain/plural';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Edit person' };

type Props = { params: Promise<{ slug: string }> };

export default editorPage(async function EditPersonPage({ params }: Props) {
  const { slug } = await pageParams(params);
  const user = await requirePermission('person.edit', routes.personEdit(slug));
  const person = await getPersonForEditOrNull(slug, user);
  if (!person) notFound();
  const { id, version, current } = person;
  const published = current.status === 'PUBLISHED';
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit person: {current.name}</h1>
        <p className="text-sm text-stone-700">
          Version {version}, {published ? 'published' : 'awaiting review with the proposal that brought them'}.{' '}
          {published ? <Link href={routes.person(person.slug)}>View the person</Link> : null}
        </p>
      </div>
      <PersonEditForm personId={id} slug={person.slug} version={version} initial={current} />

      <section aria-labelledby="roles-heading" className="space-y-4">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Roles
        </h2>
        <p className="text-sm text-stone-700">
          Each change to a role is a new version of the person. A role that a statement cites can be corrected but not
          removed.
        </p>
        {person.roles.map((role) => (
          // key: after any save the page comes back with the new version, and each form starts again from it.
          <div key={`${role.id}-${version}`} className="space-y-2">
            <RoleForm personId={id} version={version} role={role} />
            {role.citedBy ? (
              <p className="text-sm text-stone-700">
                Cited by {countOf(role.citedBy, 'statement', 'statements')}: it cannot be removed.
              </p>
            ) : (
              <RemoveRoleForm personId={id} version={version} role={role} />
            )}
          </div>
        ))}
        <RoleForm key={`new-role-${version}`} personId={id} version={version} />
      </section>

      {person.quotedBy ? (
        <p className="text-sm text-stone-700">
          {countOf(person.quotedBy, 'statement quotes', 'statements quote')} this person, so they cannot be deleted.
        </p>
      ) : (
        <DeletePersonForm key={`delete-${version}`} personId={id} version={version} />
      )}
      <RevisionHistory entries={person.history} currentVersion={version} />
    </div>
  );
});
