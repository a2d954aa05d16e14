import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CounterStatementsByClaim } from '@/components/counter-statements/counter-statements-by-claim';
import { COUNTER_STATEMENTS_LIST_LENGTH } from '@/lib/dal/organizations';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/organization-kinds';
import { PageHeader } from '@/components/layout/page-header';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getCountryProfileOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ code: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('code');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await getCountryProfileOrNull((await pageParams(params)).code);
  if (!country) return { title: 'Country not found' };
  return {
    title: country.name,
    description: `What the government and organizations of ${country.name} said in answer to claims.`,
  };
}

export default async function CountryPage({ params }: Props) {
  const country = await getCountryProfileOrNull((await pageParams(params)).code);
  if (!country) notFound();
  return (
    <article className="space-y-10">
      <PageHeader eyebrow="Country" title={country.name}>
        <p>
          <Link href={routes.claims({ country: country.code })}>All claims answered from {country.name}</Link>
        </p>
      </PageHeader>

      <section aria-labelledby="organizations-heading" className="space-y-3">
        <h2 id="organizations-heading" className="text-2xl font-bold">
          Its organizations
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {country.organizations.map((organization) => (
            <li key={organization.slug}>
              <Link href={routes.organization(organization.slug)}>{organization.name}</Link>{' '}
              <span className="text-sm text-stone-700">({ORGANIZATION_KIND_LABELS[organization.kind]})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-2xl font-bold">
          What they said in answer to claims
        </h2>
        <p className="text-stone-800">
          Counter-statements by these organizations’ members and spokespeople, grouped by the claim they answer
          {country.hasMoreCounterStatements ? `: the ${COUNTER_STATEMENTS_LIST_LENGTH} most recent` : ''}.
        </p>
        {country.answeredClaims.length ? (
          <CounterStatementsByClaim groups={country.answeredClaims} />
        ) : (
          <p>No published counter-statements.</p>
        )}
      </section>
    </article>
  );
}
