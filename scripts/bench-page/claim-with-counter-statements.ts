// The claim the HTML budget is about: one answered by 20 counter-statements, which no claim of the
// seed is. Made with the integration tests' factories on the benchmark's database, quoting the
// seed's statements (real quotes, of real lengths) by speakers of organizations in the seed's
// countries, so that the page's counts by country and organization have rows too. Made once: a
// later run finds it by its summary.
import { db } from '../../lib/db';
import { makeClaim, makeCounterStatement, makeOrganization } from '../../lib/testing/factories';
import { organizations, statements } from '../../prisma/seed/data';

export const COUNTER_STATEMENTS = 20;
const SUMMARY = `Page benchmark: a claim answered by ${COUNTER_STATEMENTS} counter-statements`;
const STANCES = ['CONTRADICTS', 'DISPUTES', 'QUALIFIES'] as const;

/** The slug of the published claim with COUNTER_STATEMENTS published counter-statements, made if missing. */
export async function claimWithCounterStatements(): Promise<string> {
  // A run stopped halfway leaves a claim with fewer: only a whole one counts.
  const made = await db.claim.findMany({
    where: { summary: SUMMARY, status: 'PUBLISHED' },
    select: { slug: true, _count: { select: { counterStatements: { where: { status: 'PUBLISHED' } } } } },
  });
  const found = made.find(({ _count }) => _count.counterStatements === COUNTER_STATEMENTS);
  if (found) return found.slug;
  const quoted = statements.filter((statement) => statement.key !== 'trump-defeated-isis');
  const claimed = statements[0]!.text;
  const claim = await makeClaim({
    summary: SUMMARY,
    statement: { text: claimed, sourceText: `Quoted ${new Date().toISOString()}: "${claimed}"` },
  });
  for (let i = 0; i < COUNTER_STATEMENTS; i++) {
    const text = quoted[i % quoted.length]!.text;
    const organization = await makeOrganization({
      countryCode: organizations[i % organizations.length]!.countryCode ?? null,
    });
    await makeCounterStatement(claim, {
      stance: STANCES[i % STANCES.length],
      // A source's text is unique (its hash is), and the seed has fewer quotes than COUNTER_STATEMENTS.
      statement: { text, organization, sourceText: `${claim.slug}, source ${i + 1}: "${text}"` },
    });
  }
  return claim.slug;
}
