import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysTheRecordChanged, isOnOrBefore, isSaidBy, revisionInForce } from './as-of';
import { parseIsoDay } from './dates';
import { dayInterval } from './delays';

const day = parseIsoDay;
const said = (iso: string, saidOnPrecision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY') => ({
  saidOn: day(iso),
  saidOnPrecision,
});

test('a statement dated to the day is said by that day and every later one, not the day before', () => {
  assert.equal(isSaidBy(said('2018-12-20'), day('2018-12-20')), true);
  assert.equal(isSaidBy(said('2018-12-20'), day('2019-01-01')), true);
  assert.equal(isSaidBy(said('2018-12-20'), day('2018-12-19')), false);
});

test('a statement dated to a month or a year is said by a day only once its whole period has passed', () => {
  assert.equal(isSaidBy(said('2018-12-01', 'MONTH'), day('2018-12-15')), false);
  assert.equal(isSaidBy(said('2018-12-01', 'MONTH'), day('2018-12-31')), true);
  // Any day of the month stands for the month (the stored day is not the first, here).
  assert.equal(isSaidBy(said('2020-02-10', 'MONTH'), day('2020-02-28')), false);
  assert.equal(isSaidBy(said('2020-02-10', 'MONTH'), day('2020-02-29')), true);
  assert.equal(isSaidBy(said('2019-01-01', 'YEAR'), day('2019-12-30')), false);
  assert.equal(isSaidBy(said('2019-01-01', 'YEAR'), day('2019-12-31')), true);
});

test('an undated statement is said by no day', () => {
  assert.equal(isSaidBy({ saidOn: null, saidOnPrecision: 'DAY' }, day('9999-12-31')), false);
});

test('a moment is on or before a day until the end of that day, UTC', () => {
  assert.equal(isOnOrBefore(new Date('2019-01-01T23:59:59.999Z'), day('2019-01-01')), true);
  assert.equal(isOnOrBefore(new Date('2019-01-02T00:00:00.000Z'), day('2019-01-01')), false);
});

test('the revision in force is the last saved by the end of the day; none before the first', () => {
  const revisions = [
    { version: 2, createdAt: new Date('2026-11-25T10:00:00Z') },
    { version: 1, createdAt: new Date('2026-11-21T09:00:00Z') },
    { version: 3, createdAt: new Date('2026-11-25T18:00:00Z') },
  ];
  assert.equal(revisionInForce(revisions, day('2019-01-01')), null);
  assert.equal(revisionInForce(revisions, day('2026-11-21'))?.version, 1);
  assert.equal(revisionInForce(revisions, day('2026-11-24'))?.version, 1);
  assert.equal(revisionInForce(revisions, day('2026-11-25'))?.version, 3);
  assert.equal(revisionInForce([], day('2026-11-25')), null);
});

test('the days the record changed: each dated statement once, from the last day of its period, oldest first', () => {
  const interval = (iso: string, precision: 'DAY' | 'MONTH' = 'DAY') => dayInterval(day(iso), precision);
  assert.deepEqual(
    daysTheRecordChanged([
      interval('2019-01-01', 'MONTH'),
      interval('2018-12-20'),
      null,
      interval('2018-12-19'),
      interval('2018-12-20'),
    ]),
    ['2018-12-19', '2018-12-20', '2019-01-31'],
  );
});
