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
  const found = await db.claim.findFirst({ where: { summary: SUMMARY, status: 'PUBLISHED' }, select: { slug: true } });
  if (found) return found.slug;
  const quoted = statements.filter((statement) => statement.key !== 'trump-defeated-isis');
  const claim = await makeClaim({ summary: SUMMARY, statement: { text: statements[0]!.text } });
  for (let i = 0; i < COUNTER_STATEMENTS; i++) {
    const organization = await makeOrganization({
      countryCode: organizations[i % organizations.length]!.countryCode ?? null,
    });
    await makeCounterStatement(claim, {
      stance: STANCES[i % STANCES.length],
      statement: { text: quoted[i % quoted.length]!.text, organization },
    });
  }
  return claim.slug;
}
