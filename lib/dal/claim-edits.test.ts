import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, type AppErrorCode, InvalidError, StaleError } from '../errors';
import type { ClaimSnapshot } from '../domain/claim-revisions';
import { refusalOf } from '../testing/refusals';
import { makeClaim, makeUser } from '../testing/factories';
import type { ClaimEditInput } from '../validation/claim-edit';
import { getClaimForEditOrNull, updateClaim } from './claim-edits';

after(() => disconnectDb());

const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;

/** An edit of `claim` as it stands, with `changes` applied. */
function edit(
  claim: { id: string; summary: string; verdict: ClaimEditInput['verdict']; verdictExplanation: string },
  version: number,
  changes: Partial<ClaimEditInput> = {},
): ClaimEditInput {
  return {
    claimId: claim.id,
    version,
    summary: claim.summary,
    verdict: claim.verdict,
    verdictExplanation: claim.verdictExplanation,
    topics: [],
    ...changes,
  };
}

const revisionsOf = (claimId: string) =>
  db.revision.findMany({ where: { entityType: 'CLAIM', entityId: claimId }, orderBy: { version: 'asc' } });

test('an editor saves a change: the version goes up and a revision holds the new snapshot, after a baseline of the old one', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ status: 'DRAFT' });
  const topic = await db.topic.create({ data: { slug: `topic-${claim.id.slice(-8)}`, name: 'Edited topic' } });
  const result = await updateClaim(
    edit(claim, 1, { summary: 'A sharper summary', topics: [topic.slug], reason: 'Tightened.' }),
    editor,
  );
  // That claim's own responses and the lists, not every claim page.
  assert.deepEqual(result, {
    slug: claim.slug,
    version: 2,
    changed: true,
    invalidates: [`claim:${claim.id}`, 'claims'],
  });

  const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { topics: true } });
  assert.equal(saved.summary, 'A sharper summary');
  assert.equal(saved.version, 2);
  assert.ok(saved.updatedAt > claim.updatedAt, 'updatedAt, which ClaimReview reports as dateModified, moves');
  assert.deepEqual(
    saved.topics.map((row) => row.topicId),
    [topic.id],
  );
  const revisions = await revisionsOf(claim.id);
  assert.deepEqual(
    revisions.map((revision) => [revision.version, revision.actorId, revision.reason]),
    [
      [1, null, null],
      [2, editor.id, 'Tightened.'],
    ],
  );
  assert.equal((revisions[0]!.snapshot as { summary: string }).summary, claim.summary);
  assert.deepEqual((revisions[1]!.snapshot as { topics: unknown }).topics, [
    { slug: topic.slug, name: 'Edited topic' },
  ]);
});

test('a save based on a stale version is refused, saying who changed what and when, and writes nothing', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const claim = await makeClaim({ status: 'DRAFT' });
  assert.equal((await updateClaim(edit(claim, 1, { verdict: 'MIXED' }), first)).changed, true);

  const refused = await refusalOf(
    updateClaim(edit(claim, 1, { summary: 'My own wording' }), second),
    StaleError<ClaimSnapshot>,
  );
  assert.match(
    refused.message,
    new RegExp(`${first.name} changed Verdict: False → Mixed on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC`),
  );
  assert.equal(refused.version, 2);
  assert.equal(refused.current.verdict, 'MIXED');
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  assert.equal(stored.summary, claim.summary);
  assert.equal(stored.version, 2);
  assert.equal((await revisionsOf(claim.id)).length, 2);

  // Saving again on the version the refusal reported goes through.
  assert.equal(
    (await updateClaim(edit(claim, 2, { verdict: 'MIXED', summary: 'My own wording' }), second)).changed,
    true,
  );
});

test("a published claim's verdict change needs a correction note, stored with what changed", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ verdict: 'FALSE' });
  const refused = await refusalOf(updateClaim(edit(claim, 1, { verdict: 'MOSTLY_TRUE' }), editor), InvalidError);
  assert.equal(refused.field, 'correctionNote');
  assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).verdict, 'FALSE');
  assert.equal(await db.correction.count({ where: { claimId: claim.id } }), 0);
  assert.equal((await revisionsOf(claim.id)).length, 0, 'not even the baseline revision is left behind');

  assert.equal(
    (
      await updateClaim(
        edit(claim, 1, { verdict: 'MOSTLY_TRUE', correctionNote: 'A new source came to light.' }),
        editor,
      )
    ).changed,
    true,
  );
  const corrections = await db.correction.findMany({ where: { claimId: claim.id } });
  assert.deepEqual(
    corrections.map(({ changed, note, actorId }) => ({ changed, note, actorId })),
    [{ changed: 'Verdict: False → Mostly true', note: 'A new source came to light.', actorId: editor.id }],
  );
  // Rewording a published claim is no correction.
  assert.equal(
    (await updateClaim(edit(claim, 2, { verdict: 'MOSTLY_TRUE', summary: 'Reworded' }), editor)).changed,
    true,
  );
  assert.equal(await db.correction.count({ where: { claimId: claim.id } }), 1);
});

test('the change, its revision and its correction are one transaction: a failing revision leaves none of them', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ verdict: 'FALSE' });
  // Occupy the revision number the save will write, so that its insert fails after the update.
  await db.revision.create({
    data: { entityType: 'CLAIM', entityId: claim.id, version: 2, actorId: null, snapshot: {} },
  });
  await assert.rejects(updateClaim(edit(claim, 1, { verdict: 'TRUE', correctionNote: 'Wrong before.' }), editor));
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  assert.deepEqual([stored.verdict, stored.version], ['FALSE', 1]);
  assert.equal(await db.correction.count({ where: { claimId: claim.id } }), 0);
  assert.deepEqual(
    (await revisionsOf(claim.id)).map((revision) => revision.version),
    [2],
  );
});

test('contributors, disabled editors and visitors may not edit or restore, and nothing is written', async () => {
  const claim = await makeClaim({ status: 'DRAFT' });
  for (const [actor, code] of [
    [await makeUser({ role: 'CONTRIBUTOR' }), 'forbidden'],
    [await makeUser({ role: 'EDITOR', disabled: true }), 'forbidden'],
    [null, 'unauthenticated'],
  ] as const) {
    await assert.rejects(updateClaim(edit(claim, 1, { summary: 'Forged' }), actor), isAppError(code));
    await assert.rejects(getClaimForEditOrNull(claim.slug, actor), isAppError(code));
  }
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  assert.deepEqual([stored.summary, stored.version], [claim.summary, 1]);
  assert.equal((await revisionsOf(claim.id)).length, 0);
});

test('restoring an earlier revision writes a new revision and, for a published verdict, a correction', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ verdict: 'FALSE' });
  await updateClaim(edit(claim, 1, { verdict: 'TRUE', correctionNote: 'First correction.' }), editor);
  const restored = await updateClaim(
    edit(claim, 2, { verdict: 'FALSE', restoredFrom: 1, correctionNote: 'The first verdict stood.' }),
    editor,
  );
  assert.equal(restored.version, 3);
  const revisions = await revisionsOf(claim.id);
  assert.deepEqual(
    revisions.map((revision) => [revision.version, revision.reason]),
    [
      [1, null],
      [2, null],
      [3, 'Restored version 1.'],
    ],
  );
  assert.deepEqual(revisions[2]!.snapshot, revisions[0]!.snapshot);
  assert.equal(await db.correction.count({ where: { claimId: claim.id } }), 2);
});

test('revisions are append-only', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ status: 'DRAFT' });
  await updateClaim(edit(claim, 1, { summary: 'Changed once' }), editor);
  await assert.rejects(
    db.revision.updateMany({ where: { entityId: claim.id }, data: { reason: 'rewritten' } }),
    /append-only/,
  );
  await assert.rejects(db.revision.deleteMany({ where: { entityId: claim.id } }), /append-only/);
});
