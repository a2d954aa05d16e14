import type { Metadata } from 'next';
import Link from 'next/link';
import { EditLink } from '@/components/accounts/edit-link';
import { PageLinks } from '@/components/layout/page-links';
import { countOf } from '@/lib/domain/plural';
import { routes } from '@/lib/routes';
import { findPeople } from '@/lib/cache/public-record';

// The list of people, one page of it: the first at /people (rendered per request), each later one at
// /people/-page/<cursor>, where proxy.ts moves the ?cursor= of its links (lib/list-views.ts), a page
// cached whole.

export const PEOPLE_METADATA: Metadata = {
  title: 'People',
  description: 'Everyone whose claims or counter-statements are on Countercheck, with how many of each.',
};

export async function PeopleIndex({ cursor }: { cursor?: string }) {
  const page = await findPeople({ cursor });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">People</h1>
        <p className="text-stone-800">
          Everyone who made a published claim or answered one, in alphabetical order. See also{' '}
          <Link href={routes.whoAnsweredWhom()}>who answered whom</Link>.
        </p>
        <EditLink permission="person.edit" href={routes.newPerson()}>
          Add a person
        </EditLink>
      </header>
      {page.items.length === 0 ? (
        <p>Nobody has been quoted yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {page.items.map((person) => (
            <li key={person.slug} className="space-y-1 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={routes.person(person.slug)}>{person.name}</Link>
              </h2>
              <p className="text-stone-800">{person.description}</p>
              <p className="text-sm text-stone-700">
                {countOf(person.claimCount, 'claim', 'claims')} ·{' '}
                {countOf(person.answerCount, 'counter-statement', 'counter-statements')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <PageLinks
        label="Pages of people"
        firstHref={routes.people()}
        nextHref={page.nextCursor && routes.people(page.nextCursor)}
        isFirstPage={!cursor}
      />
    </div>
  );
}
