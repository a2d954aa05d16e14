import assert from 'node:assert/strict';
import { test } from 'node:test';
import { askAgainDuringOutage } from './ask-again-during-outage';
import { noteDatabaseUnavailable, OUTAGE_REMEMBERED_MS } from './database-outage.js';

// As 'use cache' rethrows a failed read: without the error's class or message.
const opaqueRenderError = () => new Error('An error occurred in the Server Components render.');

test('a read that failed as the database stopped is asked again, and answered from the cache’s last copy', async () => {
  const asked: string[] = [];
  const read = askAgainDuringOutage(async (slug: string) => {
    asked.push(slug);
    if (asked.length === 1) {
      noteDatabaseUnavailable(); // what lib/db.ts does when a query meets the outage
      throw opaqueRenderError();
    }
    return `the last copy of ${slug}`;
  });
  assert.equal(await read('a-claim'), 'the last copy of a-claim');
  assert.deepEqual(asked, ['a-claim', 'a-claim'], 'with the same arguments');
});

test('a read the cache has no copy of fails again, asked once more only', async () => {
  let calls = 0;
  const read = askAgainDuringOutage(async () => {
    calls++;
    noteDatabaseUnavailable();
    throw opaqueRenderError();
  });
  await assert.rejects(read(), /Server Components render/);
  assert.equal(calls, 2);
});

test('any other failure, with the database up, is thrown as it came, not asked again', async () => {
  noteDatabaseUnavailable(Date.now() - OUTAGE_REMEMBERED_MS);
  let calls = 0;
  const bug = new TypeError('a bug');
  const read = askAgainDuringOutage(async () => {
    calls++;
    throw bug;
  });
  await assert.rejects(read(), (error) => error === bug);
  assert.equal(calls, 1);
});
