import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimCardList } from '@/components/claims/claim-card';
import { RoleList } from '@/components/people/role-list';
import { Scorecard } from '@/components/people/scorecard';
import { CounterStatementLinks } from '@/components/counter-statements/counter-statement-links';
import { StatementQuote } from '@/components/quotes/statement-quote';
import { PERSON_LIST_LENGTH } from '@/lib/dal/people';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { PageHeader } from '@/components/layout/page-header';
import { EditLink } from '@/components/accounts/edit-link';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getPersonProfileOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('slug');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPersonProfileOrNull((await pageParams(params)).slug);
  if (!person) return { title: 'Person not found' };
  return {
    title: person.name,
    description: `${person.name}: ${person.description} Their claims and counter-statements on Countercheck.`,
    alternates: { types: feedAlternates(routes.person(person.slug), describeFeed('person', person.name).title) },
  };
}

export default async function PersonPage({ params }: Props) {
  const person = await getPersonProfileOrNull((await pageParams(params)).slug);
  if (!person) notFound();
  const { claims, counterStatements } = person;
  return (
    <article className="space-y-10">
      <PageHeader eyebrow="Person" title={person.name}>
        <p className="text-lg text-stone-800">{person.description}</p>
        {person.wikidataUrl ? (
          <p className="text-sm">
            <a href={person.wikidataUrl} rel="noopener noreferrer">
              {person.name} on Wikidata
            </a>
          </p>
        ) : null}
        <EditLink permission="person.edit" href={routes.personEdit(person.slug)}>
          Edit this person
        </EditLink>
      </PageHeader>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-2xl font-bold">
          Roles
        </h2>
        {person.roles.length ? <RoleList roles={person.roles} /> : <p>No roles recorded.</p>}
      </section>

      <section aria-labelledby="scorecard-heading" className="space-y-3">
        <h2 id="scorecard-heading" className="text-2xl font-bold">
          Scorecard
        </h2>
        <Scorecard person={person} />
        <p className="text-sm">
          <Link href={routes.methodology()}>What verdicts and stances mean</Link>
        </p>
      </section>

      <section aria-labelledby="claims-heading" className="space-y-4">
        <h2 id="claims-heading" className="text-2xl font-bold">
          Their claims
        </h2>
        {claims.claims.length ? (
          <>
            {claims.nextCursor ? <p className="text-sm text-stone-700">The {PERSON_LIST_LENGTH} most recent.</p> : null}
            <ClaimCardList claims={claims.claims} headingLevel="h3" />
            <p>
              <Link href={routes.claims({ person: person.slug })}>All their claims</Link>
            </p>
          </>
        ) : (
          <p>No published claims.</p>
        )}
      </section>

      <section aria-labelledby="counter-statements-heading" className="space-y-4">
        <h2 id="counter-statements-heading" className="text-2xl font-bold">
          Their counter-statements
        </h2>
        {counterStatements.items.length ? (
          <>
            {counterStatements.hasMore ? (
              <p className="text-sm text-stone-700">The {PERSON_LIST_LENGTH} most recent.</p>
            ) : null}
            <ul className="space-y-6">
              {counterStatements.items.map(({ statement, counterStatements }) => (
                <li key={statement.id}>
                  <article className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
                    <StatementQuote statement={statement} />
                    <CounterStatementLinks counterStatements={counterStatements} />
                  </article>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No published counter-statements.</p>
        )}
      </section>
    </article>
  );
}
