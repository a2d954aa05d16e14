import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { z } from 'zod';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { toIsoDay } from '../domain/dates';
import { anyJson, anyText } from '../testing/arbitraries';
import { HOSTILE_CURSORS } from '../testing/hostile-inputs';
import { claimKeysetCursor, momentCursor, nameCursor, relevanceCursor, timelineCursor } from './cursors';
import { isStorableText, MAX_INT4 } from './storable';

// Each list's cursor: what the DAL encodes from a row decodes to the same value, and whatever a
// reader puts in the URL decodes either to nothing (the first page) or to values a query can take.

const dates = { min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true };
const day = fc.date(dates).map(toIsoDay);
const name = anyText(200).filter(isStorableText);

const CODECS: [string, z.ZodType, fc.Arbitrary<object>][] = [
  [
    'claims by date or counter-statements',
    claimKeysetCursor,
    fc.record(
      { claimedOn: day, counterStatementCount: fc.integer({ min: 0, max: MAX_INT4 }), id: fc.uuid() },
      { noNullPrototype: true },
    ),
  ],
  ['claims by relevance', relevanceCursor, fc.record({ id: fc.uuid() }, { noNullPrototype: true })],
  ['names', nameCursor, fc.record({ name, id: fc.uuid() }, { noNullPrototype: true })],
  [
    'a timeline',
    timelineCursor,
    fc.record({ saidOn: fc.option(day, { nil: null }), id: fc.uuid() }, { noNullPrototype: true }),
  ],
  [
    'logs',
    momentCursor,
    fc.record(
      { createdAt: fc.date(dates).map((date) => date.toISOString()), id: fc.uuid() },
      { noNullPrototype: true },
    ),
  ],
];

/** Any JSON as a cursor spells it, not only the objects encodeCursor takes. */
const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const DATE_KEYS = new Set(['claimedOn', 'saidOn', 'createdAt']);

for (const [list, schema, rows] of CODECS) {
  test(`a cursor of ${list} decodes to what was encoded`, () => {
    fc.assert(fc.property(rows, (row) => assert.deepEqual(decodeCursor(encodeCursor(row), schema), row)));
  });

  test(`any cursor of ${list} decodes to nothing or to values PostgreSQL can compare, and never throws`, () => {
    const cursors = fc.oneof(anyText(80), anyJson.map(encodeJson), fc.constantFrom(...HOSTILE_CURSORS));
    fc.assert(
      fc.property(cursors, (cursor) => {
        const decoded = decodeCursor(cursor, schema);
        if (decoded === undefined) return;
        for (const [key, value] of Object.entries(decoded as object)) {
          if (typeof value === 'string') assert.ok(isStorableText(value), JSON.stringify(value));
          if (typeof value === 'number') assert.ok(Number.isSafeInteger(value) && value >= 0 && value <= MAX_INT4);
          if (DATE_KEYS.has(key) && value !== null) assert.ok(Number(String(value).slice(0, 4)) >= 1000, value);
        }
      }),
    );
  });
}

test('the cursors of issue 11 decode to nothing', () => {
  const id = '0195f0c2-7d3a-7000-8000-000000000001';
  assert.equal(
    decodeCursor(encodeCursor({ claimedOn: '2019-01-01', counterStatementCount: 2 ** 40, id }), claimKeysetCursor),
    undefined,
  );
  assert.equal(
    decodeCursor(encodeCursor({ claimedOn: '0000-01-01', counterStatementCount: 1, id }), claimKeysetCursor),
    undefined,
  );
  assert.equal(decodeCursor(encodeCursor({ name: 'a\0b', id }), nameCursor), undefined);
  assert.equal(decodeCursor(encodeCursor({ saidOn: '0000-01-01', id }), timelineCursor), undefined);
  assert.equal(decodeCursor(encodeCursor({ createdAt: '0000-01-01T00:00:00Z', id }), momentCursor), undefined);
});
