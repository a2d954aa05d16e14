import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { makeClaim, makeCounterStatement, makeStatement } from '../testing/factories';
import type { ExportRecord } from '../validation/export-records';
import { exportedClaims, exportRecords } from './export';

after(() => disconnectDb());

async function allRecords(): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for await (const record of exportRecords()) records.push(record);
  return records;
}

const ids = (records: ExportRecord[], type: ExportRecord['type']) =>
  new Set(records.flatMap((record) => (record.type === type && 'id' in record ? [record.id] : [])));

test('exports published claims and answers with everything they refer to, and nothing of drafts', async () => {
  const claim = await makeClaim();
  const answer = await makeCounterStatement(claim);
  const draftAnswer = await makeCounterStatement(claim, { status: 'DRAFT' });
  const draft = await makeClaim({ status: 'DRAFT' });
  const statementOf = (row: { statementId: string }) =>
    db.statement.findUniqueOrThrow({ where: { id: row.statementId } });
  const [claimStatement, draftStatement, draftAnswerStatement] = [
    await statementOf(claim),
    await statementOf(draft),
    await statementOf(draftAnswer),
  ];

  const records = await allRecords();
  assert.ok(ids(records, 'claim').has(claim.id));
  assert.ok(ids(records, 'rebuttal').has(answer.id));
  assert.ok(ids(records, 'statement').has(claimStatement.id));
  assert.ok(ids(records, 'source').has(claimStatement.sourceId));
  assert.ok(ids(records, 'person').has(claimStatement.speakerPersonId!));
  assert.ok(ids(records, 'role').has(claimStatement.roleId!));

  assert.ok(!ids(records, 'claim').has(draft.id));
  // A repetition is exported with its statement once published, never while it waits for review.
  const [published, pending] = [await makeStatement(), await makeStatement()];
  const repetition = await db.claimAppearance.create({
    data: { claimId: claim.id, statementId: published.id, status: 'PUBLISHED' },
  });
  const waiting = await db.claimAppearance.create({
    data: { claimId: claim.id, statementId: pending.id, status: 'SUBMITTED' },
  });
  const withRepetitions = await allRecords();
  assert.ok(ids(withRepetitions, 'claimAppearance').has(repetition.id));
  assert.ok(ids(withRepetitions, 'statement').has(published.id));
  assert.ok(!ids(withRepetitions, 'claimAppearance').has(waiting.id));
  assert.ok(!ids(withRepetitions, 'statement').has(pending.id));
  assert.ok(!ids(records, 'rebuttal').has(draftAnswer.id));
  for (const statement of [draftStatement, draftAnswerStatement]) {
    assert.ok(!ids(records, 'statement').has(statement.id));
    assert.ok(!ids(records, 'source').has(statement.sourceId));
    assert.ok(!ids(records, 'person').has(statement.speakerPersonId!));
  }
});

test('writes each type after the types it refers to, and every reference points at an exported row', async () => {
  const renamed = await makeClaim();
  await db.claimSlugRedirect.create({ data: { slug: `old-${renamed.slug}`, claimId: renamed.id } });
  await makeCounterStatement(renamed);
  const repeated = await makeStatement();
  await db.claimAppearance.create({ data: { claimId: renamed.id, statementId: repeated.id, status: 'PUBLISHED' } });
  const records = await allRecords();
  assert.ok(records.some((record) => record.type === 'claimSlugRedirect' && record.slug === `old-${renamed.slug}`));
  const order = records.map((record) => record.type).filter((type, index, all) => all[index - 1] !== type);
  assert.deepEqual(order, [
    'person',
    'organization',
    'role',
    'source',
    'statement',
    'topic',
    'claim',
    'claimSlugRedirect',
    'claimTopic',
    'relatedClaim',
    'rebuttal',
    'claimAppearance',
  ]);
  const exported = new Set(records.flatMap((record) => ('id' in record ? [record.id] : [])));
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (key.endsWith('Id') && key !== 'wikidataId' && value !== null)
        assert.ok(exported.has(value as string), `${record.type}.${key} ${value}`);
    }
  }
});

test('the claims of the flat exports carry their published counter-statements only', async () => {
  const claim = await makeClaim();
  await makeCounterStatement(claim);
  await makeCounterStatement(claim, { status: 'DRAFT' });
  let found;
  for await (const exported of exportedClaims()) if (exported.slug === claim.slug) found = exported;
  assert.equal(found?.counterStatements.length, 1);
});
