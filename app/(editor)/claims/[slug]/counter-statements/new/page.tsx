import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CounterStatementForm } from '@/components/counter-statements/counter-statement-form';
import { proposeCounterStatementAction } from '@/lib/actions/counter-statements';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { countryOptions } from '@/lib/domain/countries';
import { getCounterStatementFormOptionsOrNull } from '@/lib/dal/counter-statements';
import { routes } from '@/lib/routes';
import { pageParams } from '@/lib/page-params';

export const metadata: Metadata = { title: 'Propose a counter-statement' };

type Props = { params: Promise<{ slug: string }> };

export default editorPage(async function NewCounterStatementPage({ params }: Props) {
  const { slug } = await pageParams(params);
  const user = await requirePermission('counterStatement.propose', routes.newCounterStatement(slug));
  const options = await getCounterStatementFormOptionsOrNull(slug, user);
  if (!options) notFound();
  const publishesDirectly = can(user, 'counterStatement.publish');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Propose a counter-statement</h1>
      <p>
        Answering the claim <Link href={routes.claim(options.claim.slug)}>{options.claim.summary}</Link>.{' '}
        {publishesDirectly ? 'As an editor, you publish it at once.' : 'An editor reviews it before readers see it.'}
      </p>
      <CounterStatementForm
        propose={proposeCounterStatementAction.bind(null, options.claim.slug)}
        maySaveUnverified={can(user, 'statement.saveUnverified')}
        newOrganization={can(user, 'organization.edit') ? { countryOptions: countryOptions() } : undefined}
        publishesDirectly={publishesDirectly}
      />
    </div>
  );
});
