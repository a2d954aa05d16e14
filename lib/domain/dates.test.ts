import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayDate, displayTimestamp, parseIsoDay, storedDateOf, toIsoDay } from './dates';

const dec19 = new Date('2018-12-19T00:00:00Z');

test('formats a day in UTC with a matching datetime value', () => {
  assert.deepEqual(displayDate(dec19), { label: '19 December 2018', iso: '2018-12-19' });
});

test('shows only what is known of a date', () => {
  assert.deepEqual(displayDate(dec19, 'MONTH'), { label: 'December 2018', iso: '2018-12' });
  assert.deepEqual(displayDate(dec19, 'YEAR'), { label: '2018', iso: '2018' });
});

test('a calendar day is midnight UTC, and back, whatever the local time zone', () => {
  assert.equal(parseIsoDay('2019-02-06').toISOString(), '2019-02-06T00:00:00.000Z');
  assert.equal(toIsoDay(parseIsoDay('2019-02-06')), '2019-02-06');
  assert.equal(toIsoDay(new Date('2018-12-19T23:59:59Z')), '2018-12-19');
});

test('a moment shows to the minute in UTC, with its exact instant as the datetime', () => {
  assert.deepEqual(displayTimestamp(new Date('2026-11-22T01:57:16.123Z')), {
    label: '22 November 2026 at 01:57 UTC',
    iso: '2026-11-22T01:57:16.123Z',
  });
});

test('a displayed date goes back to its stored day and precision', () => {
  for (const [day, precision] of [
    ['2018-12-19', 'DAY'],
    ['2018-12-01', 'MONTH'],
    ['2018-01-01', 'YEAR'],
  ] as const) {
    assert.deepEqual(storedDateOf(displayDate(parseIsoDay(day), precision)), {
      saidOn: parseIsoDay(day),
      saidOnPrecision: precision,
    });
  }
});
