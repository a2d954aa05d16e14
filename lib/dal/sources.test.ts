import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { makeClaim, makeCounterStatement } from '../testing/factories';
import { getSourceByIdOrNull } from './sources';

after(() => disconnectDb());

test('returns the archived text with each verified quote located and linked to its claim', async () => {
  const claim = await makeClaim({ statement: { text: 'We won', sourceText: 'Preamble. He said: "We won" and left.' } });
  const statement = await db.statement.findUniqueOrThrow({ where: { id: claim.statementId } });
  const source = await getSourceByIdOrNull(statement.sourceId);
  assert.ok(source);
  assert.equal(source.quotes.length, 1);
  const [quote] = source.quotes;
  assert.equal(source.archiveText.slice(quote!.start, quote!.end), 'We won');
  assert.deepEqual(quote!.links, [
    { claimSlug: claim.slug, claimSummary: claim.summary, counterStatementId: null, href: `/claims/${claim.slug}` },
  ]);
});

test('links a counter-statement to the published claim it answers, not to draft ones', async () => {
  const claim = await makeClaim();
  const counterStatement = await makeCounterStatement(claim);
  const draftClaim = await makeClaim({ status: 'DRAFT' });
  await db.counterStatement.create({
    data: {
      claimId: draftClaim.id,
      statementId: counterStatement.statementId,
      stance: 'DISPUTES',
      status: 'PUBLISHED',
    },
  });

  const statement = await db.statement.findUniqueOrThrow({ where: { id: counterStatement.statementId } });
  const source = await getSourceByIdOrNull(statement.sourceId);
  assert.deepEqual(source?.quotes[0]?.links, [
    {
      claimSlug: claim.slug,
      claimSummary: claim.summary,
      counterStatementId: counterStatement.id,
      href: `/claims/${claim.slug}#rebuttal-${counterStatement.id}`,
    },
  ]);
});

test('does not highlight a quote that was not found in the text', async () => {
  const claim = await makeClaim({ statement: { text: 'Never printed', sourceText: 'Other words.' } });
  const statement = await db.statement.findUniqueOrThrow({ where: { id: claim.statementId } });
  assert.deepEqual((await getSourceByIdOrNull(statement.sourceId))?.quotes, []);
});

test('returns null for an unknown id and for an id that is not a UUID', async () => {
  assert.equal(await getSourceByIdOrNull('00000000-0000-4000-8000-000000000000'), null);
  assert.equal(await getSourceByIdOrNull("1' OR '1'='1"), null);
});
