import type { Metadata } from 'next';
import { ClaimCardList } from '@/components/claims/claim-card';
import { listPublishedClaims } from '@/lib/dal/claims';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Claims',
  description: 'Every published claim with its claimant, date, verdict, and the counter-statements that answer it.',
  alternates: { canonical: '/claims' },
};

export default async function ClaimsPage() {
  const claims = await listPublishedClaims();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Claims</h1>
        <p className="text-stone-800">
          {claims.length} published claim{claims.length === 1 ? '' : 's'}, newest first, each with who has answered it.
        </p>
      </header>
      {claims.length ? <ClaimCardList claims={claims} /> : <p>No claims have been published yet.</p>}
    </div>
  );
}
