import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RepetitionForm } from '@/components/claims/repetition-form';
import { recordClaimAppearanceAction } from '@/lib/actions/claim-appearances';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { getClaimAppearanceFormOptionsOrNull } from '@/lib/dal/claim-appearances';
import { pageParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { QUOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

export const metadata: Metadata = { title: 'Record a repetition' };

type Props = {
  params: Promise<{ slug: string }>;
  /** `quote`: carried over from the claim proposal form's offer to record it as a repetition. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default editorPage(async function NewRepetitionPage({ params, searchParams }: Props) {
  const { slug } = await pageParams(params);
  const { quote } = await searchParams;
  const user = await requirePermission('claim.publish', routes.newRepetition(slug));
  const options = await getClaimAppearanceFormOptionsOrNull(slug, user);
  if (!options) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Record a repetition</h1>
      <p>
        The claim <Link href={routes.claim(options.claim.slug)}>{options.claim.summary}</Link>, said again: quote where,
        when and by whom, word for word from the source. It is published at once, and the claim&rsquo;s page counts it.
      </p>
      <RepetitionForm
        record={recordClaimAppearanceAction.bind(null, options.claim.slug)}
        quote={typeof quote === 'string' ? quote.slice(0, QUOTE_MAX_LENGTH) : undefined}
      />
    </div>
  );
});
