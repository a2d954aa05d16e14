import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMicroCache } from './micro-cache';
import { mergeTagRecord, recordTagInvalidation } from './tag-manifest.js';

type Manifest = Map<string, { stale?: number; expired?: number }>;

/** A micro-cache on its own manifest and clock, and a read that counts its calls and answers `value`. */
function setUp(keptForMs = 1_000) {
  const manifest: Manifest = new Map();
  const clock = { time: 10_000 };
  const microCached = createMicroCache({ manifest, keptForMs, maxAnswers: 2, now: () => clock.time });
  const reads: string[] = [];
  const reader = (value: string) => async () => {
    reads.push(value);
    return value;
  };
  return { manifest, clock, microCached, reads, reader };
}

test('an answer is served from memory for its second, then read again', async () => {
  const { clock, microCached, reads, reader } = setUp();
  assert.equal(await microCached('/api/v1/claims/a', reader('first')), 'first');
  clock.time += 999;
  assert.equal(await microCached('/api/v1/claims/a', reader('second')), 'first');
  clock.time += 1;
  assert.equal(await microCached('/api/v1/claims/a', reader('third')), 'third');
  assert.deepEqual(reads, ['first', 'third']);
});

test('each key is its own answer', async () => {
  const { microCached, reader } = setUp();
  assert.equal(await microCached('/embed/claims/a', reader('card a')), 'card a');
  assert.equal(await microCached('/embed/claims/b', reader('card b')), 'card b');
  assert.equal(await microCached('/embed/claims/a', reader('card a again')), 'card a');
});

test('an invalidation of any tag, here or heard from another instance, is never served past', async () => {
  const { manifest, clock, microCached, reads, reader } = setUp();
  await microCached('/api/v1/claims/a', reader('before the edit'));
  clock.time += 10;
  recordTagInvalidation(manifest, ['claim:unrelated'], undefined, clock.time);
  assert.equal(await microCached('/api/v1/claims/a', reader('after the edit')), 'after the edit');

  clock.time += 10;
  mergeTagRecord(manifest, 'people', { expired: clock.time }, clock.time);
  assert.equal(
    await microCached('/api/v1/claims/a', reader('after the other instance’s edit')),
    'after the other instance’s edit',
  );
  assert.equal(reads.length, 3);
});

test('an answer kept in the same millisecond as an invalidation is not served: its read may predate it', async () => {
  const { manifest, clock, microCached, reader } = setUp();
  await microCached('/feed.xml', reader('read while the edit was saved'));
  recordTagInvalidation(manifest, ['claims'], undefined, clock.time);
  assert.equal(await microCached('/feed.xml', reader('read after')), 'read after');
});

test('a record heard again without news (a reconnection) keeps what is kept', async () => {
  const { manifest, clock, microCached, reader } = setUp();
  recordTagInvalidation(manifest, ['claims'], undefined, clock.time - 50);
  await microCached('/feed.xml', reader('kept'));
  mergeTagRecord(manifest, 'claims', { expired: clock.time - 50 }, clock.time);
  assert.equal(await microCached('/feed.xml', reader('read again')), 'kept');
});

test('requests that arrive together share one read', async () => {
  const { microCached, reads, reader } = setUp();
  const answers = await Promise.all([1, 2, 3].map(() => microCached('/api/v1/claims', reader('one read'))));
  assert.deepEqual(answers, ['one read', 'one read', 'one read']);
  assert.deepEqual(reads, ['one read']);
});

test('a read that fails is not kept: the next request reads again', async () => {
  const { microCached, reader } = setUp();
  await assert.rejects(
    microCached('/api/v1/claims/a', async () => {
      throw new Error('database unavailable');
    }),
    /database unavailable/,
  );
  assert.equal(await microCached('/api/v1/claims/a', reader('read again')), 'read again');
});

test('it keeps as many answers as it is given room for, dropping the least read', async () => {
  const { microCached, reads, reader } = setUp();
  await microCached('/a', reader('a'));
  await microCached('/b', reader('b'));
  await microCached('/a', reader('a again'));
  await microCached('/c', reader('c'));
  assert.equal(await microCached('/a', reader('a dropped?')), 'a', '/a was read last, so /b went');
  assert.equal(await microCached('/b', reader('b read again')), 'b read again');
  assert.deepEqual(reads, ['a', 'b', 'c', 'b read again']);
});
