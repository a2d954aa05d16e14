import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDay } from '../domain/dates';
import { parseAsOf } from './as-of';

const today = parseIsoDay('2026-12-07');

test('a calendar day up to today is an as-of day', () => {
  assert.equal(parseAsOf('2019-01-01', today), '2019-01-01');
  assert.equal(parseAsOf('2026-12-07', today), '2026-12-07');
});

test('anything else names no day: not a date, no such day, year 0000, after today, repeated, missing', () => {
  for (const value of ['nope', '2019-1-1', '2019-02-30', '0000-01-01', '2026-12-08', '9999-12-31', '', ' 2019-01-01']) {
    assert.equal(parseAsOf(value, today), null, value);
  }
  assert.equal(parseAsOf(['2019-01-01', '2019-01-02'], today), null);
  assert.equal(parseAsOf(null, today), null);
});
