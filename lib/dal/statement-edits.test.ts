import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, FieldError, InvalidError, StaleError } from '../errors';
import type { StatementSnapshot } from '../domain/statement-revisions';
import { refusalOf } from '../testing/refusals';
import { makeClaim, makeCounterStatement, makeStatement, makeUser } from '../testing/factories';
import type { StatementEditInput } from '../validation/statement-edit';
import { getStatementForEditOrNull, updateStatement } from './statement-edits';

after(() => disconnectDb());

/** An edit of `statement` as it stands, with `changes` applied. */
function edit(
  statement: { id: string; text: string },
  version: number,
  changes: Partial<StatementEditInput> = {},
): StatementEditInput {
  return {
    statementId: statement.id,
    version,
    quote: statement.text,
    quoteLanguage: 'en',
    saidOnPrecision: 'DAY',
    ...changes,
  };
}

const revisionsOf = (statementId: string) =>
  db.revision.findMany({ where: { entityType: 'STATEMENT', entityId: statementId }, orderBy: { version: 'asc' } });

test('a quote corrected to words the source has is re-located and verified; the change is a revision after a baseline', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const statement = await makeStatement({
    text: 'We have not defeated',
    sourceText: 'He said: "We have not defeated the group." Then he left.',
  });
  const result = await updateStatement(
    edit(statement, 1, { quote: 'We have not defeated the group.', reason: 'Quoted in full.' }),
    editor,
  );
  assert.deepEqual([result.version, result.changed], [2, true]);
  // Shown by no claim: only the lists (which show sources' quotes) are expired.
  assert.deepEqual(result.invalidates, ['claims']);

  const saved = await db.statement.findUniqueOrThrow({ where: { id: statement.id } });
  assert.equal(saved.text, 'We have not defeated the group.');
  assert.deepEqual([saved.quoteStart, saved.quoteEnd, saved.version], [10, 41, 2]);
  const revisions = await revisionsOf(statement.id);
  assert.deepEqual(
    revisions.map((revision) => [revision.version, revision.actorId, revision.reason]),
    [
      [1, null, null],
      [2, editor.id, 'Quoted in full.'],
    ],
  );
  assert.equal((revisions[0]!.snapshot as { text: string }).text, 'We have not defeated');
});

test('words not in the source need a stated reason, and are then saved unverified', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const statement = await makeStatement();
  const refused = await refusalOf(
    updateStatement(edit(statement, 1, { quote: 'Words the source does not have.' }), editor),
    InvalidError,
  );
  assert.equal(refused.field, 'unverifiedReason');
  assert.equal((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).text, statement.text);

  const saved = await updateStatement(
    edit(statement, 1, { quote: 'Words the source does not have.', unverifiedReason: 'Said on air; no transcript.' }),
    editor,
  );
  assert.equal(saved.changed, true);
  const stored = await db.statement.findUniqueOrThrow({ where: { id: statement.id } });
  assert.deepEqual(
    [stored.quoteStart, stored.quoteEnd, stored.unverifiedReason],
    [null, null, 'Said on air; no transcript.'],
  );
});

test('a quote readers see owes a correction on every published claim showing it, in the same transaction', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const statement = await makeStatement({
    text: 'The war is over',
    sourceText: 'She said "The war is over for us" and left.',
  });
  const claim = await makeClaim();
  const other = await makeClaim();
  const draft = await makeClaim({ status: 'DRAFT' });
  for (const target of [claim, other, draft])
    await db.counterStatement.create({
      data: { claimId: target.id, statementId: statement.id, stance: 'CONTRADICTS', status: 'PUBLISHED' },
    });

  const refused = await refusalOf(
    updateStatement(edit(statement, 1, { quote: 'The war is over for us' }), editor),
    InvalidError,
  );
  assert.equal(refused.field, 'correctionNote');
  assert.equal(
    await revisionsOf(statement.id).then((rows) => rows.length),
    0,
    'not even the baseline revision is left behind',
  );

  const before = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  const saved = await updateStatement(
    edit(statement, 1, { quote: 'The war is over for us', correctionNote: 'The quote was cut short.' }),
    editor,
  );
  assert.equal(saved.changed, true);
  // The page of every claim it answers is expired, the unpublished one's too (harmless, and it may be published later).
  assert.deepEqual(
    saved.invalidates.toSorted(),
    [`claim:${claim.id}`, `claim:${other.id}`, `claim:${draft.id}`, 'claims'].sort(),
  );
  const corrections = await db.correction.findMany({
    where: { claimId: { in: [claim.id, other.id, draft.id] } },
    orderBy: { claimId: 'asc' },
  });
  assert.deepEqual(
    corrections.map((row) => row.claimId).sort(),
    [claim.id, other.id].sort(),
    'the unpublished claim gets none',
  );
  assert.match(corrections[0]!.changed, /'s quote: Quote$/);
  assert.equal(corrections[0]!.note, 'The quote was cut short.');
  assert.ok(
    (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).updatedAt > before.updatedAt,
    "the claim's dateModified moves",
  );

  // An attribution is no correction.
  assert.equal(
    (
      await updateStatement(
        edit({ id: statement.id, text: 'The war is over for us' }, 2, { attribution: 'at a press conference' }),
        editor,
      )
    ).changed,
    true,
  );
  assert.equal(await db.correction.count({ where: { claimId: claim.id } }), 1);
});

test('a stale save is refused with who changed what, and writes nothing', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const statement = await makeStatement();
  assert.equal((await updateStatement(edit(statement, 1, { attribution: 'in an interview' }), first)).changed, true);
  const refused = await refusalOf(
    updateStatement(edit(statement, 1, { translation: 'My translation' }), second),
    StaleError<StatementSnapshot>,
  );
  assert.match(
    refused.message,
    new RegExp(`^This quote was changed after you opened it\\. ${first.name} changed Attribution on`),
  );
  assert.equal(refused.current.attribution, 'in an interview');
  assert.equal((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).translation, null);
});

test('moving a quote onto a passage another quote holds is refused with a message, not a database error', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const first = await makeStatement({ text: 'First words', sourceText: 'First words. Second words.' });
  const second = await db.statement.create({
    data: {
      text: 'Second words',
      sourceId: first.sourceId,
      speakerPersonId: first.speakerPersonId,
      quoteStart: 13,
      quoteEnd: 25,
    },
  });
  const refused = await refusalOf(updateStatement(edit(second, 1, { quote: 'First words' }), editor), FieldError);
  assert.equal(refused.field, 'quote');
  assert.equal((await db.statement.findUniqueOrThrow({ where: { id: second.id } })).text, 'Second words');
});

test('contributors and visitors may not edit or even open a quote for editing', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const statement = await makeStatement();
  await assert.rejects(
    updateStatement(edit(statement, 1, { quote: 'Changed' }), contributor),
    (error) => error instanceof AppError && error.code === 'forbidden',
  );
  await assert.rejects(
    updateStatement(edit(statement, 1, { quote: 'Changed' }), null),
    (error) => error instanceof AppError && error.code === 'unauthenticated',
  );
  await assert.rejects(
    getStatementForEditOrNull(statement.id, contributor),
    (error) => error instanceof AppError && error.code === 'forbidden',
  );
});

test('the edit form lists where readers see the quote', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const counterStatement = await makeCounterStatement(claim);
  const form = await getStatementForEditOrNull(counterStatement.statementId, editor);
  assert.deepEqual(
    form?.uses.map(({ slug, as, shownToReaders }) => ({ slug, as, shownToReaders })),
    [{ slug: claim.slug, as: 'counter-statement', shownToReaders: true }],
  );
  assert.equal(form?.current.verified, true);
});
