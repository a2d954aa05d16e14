import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from './cursor';

const nameCursor = z.object({ name: z.string(), id: z.uuid() });
const value = { name: 'Florence Parly', id: '0195f0c2-7d3a-7000-8000-000000000001' };

test('a cursor decodes to what was encoded, and is safe in a URL', () => {
  const cursor = encodeCursor(value);
  assert.match(cursor, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeCursor(cursor, nameCursor), value);
});

test('a missing, forged or foreign cursor decodes to nothing (the first page)', () => {
  assert.equal(decodeCursor(undefined, nameCursor), undefined);
  assert.equal(decodeCursor('', nameCursor), undefined);
  assert.equal(decodeCursor('not base64 json!', nameCursor), undefined);
  assert.equal(decodeCursor(encodeCursor({ name: 'x', id: 'not-a-uuid' }), nameCursor), undefined);
  assert.equal(decodeCursor(encodeCursor({ claimedOn: '2019-01-01', id: value.id }), nameCursor), undefined);
});
