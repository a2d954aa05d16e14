import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeParams } from './route-params';

const ID = '0195f0c2-7d3a-7000-8000-000000000001';

test('segments that can name a record pass through unchanged', async () => {
  assert.deepEqual(await routeParams(Promise.resolve({ slug: 'jane-doe', id: ID })), { slug: 'jane-doe', id: ID });
  assert.deepEqual(await routeParams(Promise.resolve({ code: 'fr', version: 'abc' })), { code: 'fr', version: 'abc' });
});

test('a segment no record could have names nothing', async () => {
  for (const params of [
    { slug: '\0' },
    { slug: 'a\0b' },
    { slug: '%E0%A4%A' },
    { slug: 'x'.repeat(121) },
    { slug: 'Jane Doe' },
    { id: 'not-a-uuid' },
    { id: `${ID}\0` },
    { slug: 'jane-doe', id: '1' },
    { version: 'v\0' },
    { file: '\uD800.csv' },
  ]) {
    assert.equal(await routeParams(Promise.resolve(params)), null, JSON.stringify(params));
  }
});
