import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, StaleError } from '../errors';
import type { CounterStatementSnapshot } from '../domain/statement-revisions';
import { refusalOf } from '../testing/refusals';
import { makeClaim, makeCounterStatement, makeUser } from '../testing/factories';
import {
  getCounterStatementForEditOrNull,
  updateCounterStatement,
  withdrawCounterStatement,
} from './counter-statement-edits';

after(() => disconnectDb());

const revisionsOf = (counterStatementId: string) =>
  db.revision.findMany({
    where: { entityType: 'COUNTER_STATEMENT', entityId: counterStatementId },
    orderBy: { version: 'asc' },
  });

test("an editor changes a counter-statement's stance and note: a new version with its revision", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const counterStatement = await makeCounterStatement(claim, { stance: 'CONTRADICTS' });
  const result = await updateCounterStatement(
    {
      counterStatementId: counterStatement.id,
      version: 1,
      stance: 'QUALIFIES',
      note: 'Partly agrees.',
      reason: 'Read again.',
    },
    editor,
  );
  // Its claim's page, and the lists that count claims' answers, must be refreshed.
  assert.deepEqual(result, {
    claimSlug: claim.slug,
    version: 2,
    changed: true,
    invalidates: [`claim:${claim.id}`, 'claims'],
  });
  const saved = await db.counterStatement.findUniqueOrThrow({ where: { id: counterStatement.id } });
  assert.deepEqual([saved.stance, saved.note, saved.version], ['QUALIFIES', 'Partly agrees.', 2]);
  assert.deepEqual(
    (await revisionsOf(counterStatement.id)).map((revision) => [revision.version, revision.reason]),
    [
      [1, null],
      [2, 'Read again.'],
    ],
  );
  const form = await getCounterStatementForEditOrNull(
    { claimSlug: claim.slug, counterStatementId: counterStatement.id },
    editor,
  );
  assert.deepEqual(
    form?.history[0]?.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`),
    ['Stance: Contradicts → Qualifies', "Editor's note: — → Partly agrees."],
  );
});

test('withdrawing a published counter-statement takes it off the claim, leaves a correction, and cannot be done twice', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const counterStatement = await makeCounterStatement(claim);
  assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).counterStatementCount, 1);

  const result = await withdrawCounterStatement(
    { counterStatementId: counterStatement.id, version: 1, reason: 'The speaker was misidentified.' },
    editor,
  );
  assert.equal(result.changed, true);
  const saved = await db.counterStatement.findUniqueOrThrow({ where: { id: counterStatement.id } });
  assert.equal(saved.status, 'DRAFT');
  assert.ok(saved.deletedAt);
  assert.equal(
    (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).counterStatementCount,
    0,
    'the count trigger follows',
  );
  const [correction] = await db.correction.findMany({ where: { claimId: claim.id } });
  assert.match(correction!.changed, /^Counter-statement withdrawn: .+ \(contradicts\)$/);
  assert.equal(correction!.note, 'The speaker was misidentified.');
  assert.deepEqual(
    (await revisionsOf(counterStatement.id)).map((revision) => (revision.snapshot as { deleted: boolean }).deleted),
    [false, true],
  );

  await assert.rejects(
    withdrawCounterStatement({ counterStatementId: counterStatement.id, version: 2, reason: 'Again.' }, editor),
    (error) => error instanceof AppError && error.code === 'not_found',
  );
});

test('a stale change is refused with who changed what, and writes nothing', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const counterStatement = await makeCounterStatement(await makeClaim());
  await updateCounterStatement({ counterStatementId: counterStatement.id, version: 1, stance: 'DISPUTES' }, first);
  const refused = await refusalOf(
    updateCounterStatement(
      { counterStatementId: counterStatement.id, version: 1, stance: 'CONTRADICTS', note: 'Mine' },
      second,
    ),
    StaleError<CounterStatementSnapshot>,
  );
  assert.match(refused.message, new RegExp(`${first.name} changed Stance: Contradicts → Disputes`));
  assert.equal((await db.counterStatement.findUniqueOrThrow({ where: { id: counterStatement.id } })).note, null);
});

test('contributors and visitors may not change or withdraw a counter-statement', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const counterStatement = await makeCounterStatement(await makeClaim());
  for (const actor of [contributor, null]) {
    await assert.rejects(
      updateCounterStatement({ counterStatementId: counterStatement.id, version: 1, stance: 'SUPPORTS' }, actor),
      AppError,
    );
    await assert.rejects(
      withdrawCounterStatement({ counterStatementId: counterStatement.id, version: 1, reason: 'No.' }, actor),
      AppError,
    );
  }
  assert.equal(
    (await db.counterStatement.findUniqueOrThrow({ where: { id: counterStatement.id } })).stance,
    'CONTRADICTS',
  );
});

test('a counter-statement is opened for editing only under its own claim', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const counterStatement = await makeCounterStatement(await makeClaim());
  const other = await makeClaim();
  assert.equal(
    await getCounterStatementForEditOrNull({ claimSlug: other.slug, counterStatementId: counterStatement.id }, editor),
    null,
  );
});
