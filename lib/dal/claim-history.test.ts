import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { makeClaim, makeUser } from '../testing/factories';
import { deleteClaim, updateClaim } from './claim-edits';
import { getPublishedClaimHistoryOrNull, listCorrections } from './claim-history';
import { getPublishedClaimBySlugOrNull } from './claims';

after(() => disconnectDb());

const base = (claim: Awaited<ReturnType<typeof makeClaim>>) => ({
  claimId: claim.id,
  summary: claim.summary,
  verdict: claim.verdict,
  verdictExplanation: claim.verdictExplanation,
  topics: [],
});

test("a published claim's history lists its revisions newest first, each with who, why and what changed", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ verdict: 'FALSE' });
  assert.deepEqual((await getPublishedClaimHistoryOrNull(claim.slug))?.entries, [], 'no history before the first edit');
  await updateClaim(
    { ...base(claim), version: 1, verdict: 'MIXED', correctionNote: 'New evidence.', reason: 'Re-rated.' },
    editor,
  );

  const history = await getPublishedClaimHistoryOrNull(claim.slug);
  assert.deepEqual(
    history?.entries.map((entry) => [entry.version, entry.actorName, entry.reason]),
    [
      [2, editor.name, 'Re-rated.'],
      [1, null, null],
    ],
  );
  assert.deepEqual(history?.entries[0]?.changes, [
    { field: 'verdict', label: 'Verdict', before: 'False', after: 'Mixed' },
  ]);
  assert.equal(
    await getPublishedClaimHistoryOrNull((await makeClaim({ status: 'DRAFT' })).slug),
    null,
    'a draft has no public history',
  );
});

test('corrections appear on their claim and in the public log newest first, page by page', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claims = [await makeClaim({ verdict: 'FALSE' }), await makeClaim({ verdict: 'FALSE' })];
  for (const [index, claim] of claims.entries()) {
    await updateClaim(
      { ...base(claim), version: 1, verdict: 'TRUE', correctionNote: `Correction ${index} ${claim.id}` },
      editor,
    );
  }
  assert.deepEqual(
    (await getPublishedClaimBySlugOrNull(claims[0]!.slug))?.corrections.map((row) => row.changed),
    ['Verdict: False → True'],
  );
  const first = await listCorrections({}, 1);
  assert.equal(first.items[0]?.note, `Correction 1 ${claims[1]!.id}`);
  assert.equal(first.items[0]?.claim.slug, claims[1]!.slug);
  const second = await listCorrections({ cursor: first.nextCursor }, 1);
  assert.equal(second.items[0]?.note, `Correction 0 ${claims[0]!.id}`);
});

test('a soft-deleted claim disappears for readers, keeps its history, and cannot be published again by accident', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const refused = await deleteClaim(
    { claimId: claim.id, version: 1, reason: 'Duplicate.' },
    await makeUser({ role: 'CONTRIBUTOR' }),
  ).catch((error: Error) => error);
  assert.ok(refused instanceof Error);
  assert.ok(await getPublishedClaimBySlugOrNull(claim.slug));

  const result = await deleteClaim({ claimId: claim.id, version: 1, reason: 'Duplicate of another claim.' }, editor);
  assert.equal(result.changed, true);
  assert.equal(await getPublishedClaimHistoryOrNull(claim.slug), null);
  assert.equal((await db.claim.findMany({ where: { slug: claim.slug, status: 'PUBLISHED' } })).length, 0);
  const revision = await db.revision.findFirstOrThrow({ where: { entityId: claim.id, version: 2 } });
  assert.equal(revision.reason, 'Duplicate of another claim.');
  assert.deepEqual(
    [(revision.snapshot as { deleted: boolean }).deleted, (revision.snapshot as { status: string }).status],
    [true, 'DRAFT'],
  );
  await assert.rejects(
    db.claim.update({ where: { id: claim.id }, data: { status: 'PUBLISHED' } }),
    /claims_deleted_not_published/,
  );
  // Deleted claims are out of editing too.
  await assert.rejects(updateClaim({ ...base(claim), version: 2 }, editor), /does not exist or was deleted/);
});
