import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimCardList } from '@/components/claims/claim-card';
import { CounterStatementsByClaim } from '@/components/counter-statements/counter-statements-by-claim';
import { COUNTER_STATEMENTS_LIST_LENGTH, MEMBER_CLAIMS_LIST_LENGTH } from '@/lib/dal/organizations';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/organization-kinds';
import { describeFeed, feedAlternates } from '@/lib/domain/feed-links';
import { PageHeader } from '@/components/layout/page-header';
import { EditLink } from '@/components/accounts/edit-link';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';
import { getOrganizationProfileOrNull } from '@/lib/cache/public-record';
import { prerenderedParams } from '@/lib/cache/prerendered-params';

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first request and kept until a write expires it (lib/cache/prerendered-params.ts).
export async function generateStaticParams() {
  return prerenderedParams('slug');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organization = await getOrganizationProfileOrNull((await pageParams(params)).slug);
  if (!organization) return { title: 'Organization not found' };
  return {
    title: organization.name,
    description: `What ${organization.name}, its members and spokespeople said in answer to claims, and the claims they made.`,
    alternates: {
      types: feedAlternates(
        routes.organization(organization.slug),
        describeFeed('organization', organization.name).title,
      ),
    },
  };
}

export default async function OrganizationPage({ params }: Props) {
  const organization = await getOrganizationProfileOrNull((await pageParams(params)).slug);
  if (!organization) notFound();
  return (
    <article className="space-y-10">
      <PageHeader eyebrow={`Organization · ${ORGANIZATION_KIND_LABELS[organization.kind]}`} title={organization.name}>
        {organization.country ? (
          <p>
            Country: <Link href={routes.country(organization.country.code)}>{organization.country.name}</Link>
          </p>
        ) : null}
        <EditLink permission="organization.edit" href={routes.organizationEdit(organization.slug)}>
          Edit this organization
        </EditLink>
      </PageHeader>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-2xl font-bold">
          What it said in answer to claims
        </h2>
        <p className="text-stone-800">
          Counter-statements by its members, in a role at {organization.name} when they spoke, and by its spokespeople,
          grouped by the claim they answer
          {organization.hasMoreCounterStatements ? `: the ${COUNTER_STATEMENTS_LIST_LENGTH} most recent` : ''}.
        </p>
        {organization.answeredClaims.length ? (
          <CounterStatementsByClaim groups={organization.answeredClaims} />
        ) : (
          <p>No published counter-statements.</p>
        )}
        <p>
          <Link href={routes.claims({ org: organization.slug })}>All claims answered by {organization.name}</Link>
        </p>
      </section>

      <section aria-labelledby="claims-heading" className="space-y-4">
        <h2 id="claims-heading" className="text-2xl font-bold">
          Claims made by its members
        </h2>
        {organization.claims.length ? (
          <>
            {organization.hasMoreClaims ? (
              <p className="text-sm text-stone-700">The {MEMBER_CLAIMS_LIST_LENGTH} most recent.</p>
            ) : null}
            <ClaimCardList claims={organization.claims} headingLevel="h3" />
          </>
        ) : (
          <p>No published claims.</p>
        )}
      </section>
    </article>
  );
}
