import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { db, disconnectDb } from '../db';
import { makeClaim } from '../testing/factories';
import { inOneSnapshot } from './snapshot';

after(() => disconnectDb());

test('an edit saved between two reads of one snapshot is seen by neither', async () => {
  const claim = await makeClaim({ summary: 'Before the edit' });
  let edit: Promise<unknown> | undefined;
  const summaries: string[] = [];
  for await (const summary of inOneSnapshot(async function* (tx) {
    const read = async () =>
      (await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { summary: true } })).summary;
    yield await read();
    // Saved on another connection meanwhile. PostgreSQL commits it at once; the embedded database
    // runs it only once the snapshot's transaction has ended, so it is not waited for here.
    edit = db.claim.update({ where: { id: claim.id }, data: { summary: 'After the edit' } });
    await Promise.race([edit, delay(500)]);
    yield await read();
  }))
    summaries.push(summary);
  await edit;
  assert.deepEqual(summaries, ['Before the edit', 'Before the edit']);
  const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  assert.equal(saved.summary, 'After the edit');
});

test('a consumer that stops early ends the transaction, and the database serves others again', async () => {
  const claim = await makeClaim();
  const rows = inOneSnapshot(async function* (tx) {
    for (;;) yield await tx.claim.count({ where: { id: claim.id } });
  });
  for await (const count of rows) {
    assert.equal(count, 1);
    break;
  }
  // On the embedded database this would wait for ever on a transaction left open.
  assert.equal(await db.claim.count({ where: { id: claim.id } }), 1);
});

test('a snapshot is read only', async () => {
  const claim = await makeClaim({ summary: 'Unchanged' });
  const writes = inOneSnapshot(async function* (tx) {
    yield await tx.claim.update({ where: { id: claim.id }, data: { summary: 'Changed' } });
  });
  await assert.rejects(writes.next(), /read-only transaction/);
  assert.equal((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).summary, 'Unchanged');
});
