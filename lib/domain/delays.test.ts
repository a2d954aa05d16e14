import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDay, toIsoDay } from './dates';
import { dayInterval, delayBetween, describeDelay } from './delays';

const day = (iso: string) => dayInterval(parseIsoDay(iso), 'DAY');
const month = (iso: string) => dayInterval(parseIsoDay(iso), 'MONTH');
const year = (iso: string) => dayInterval(parseIsoDay(iso), 'YEAR');
const claimOn = (interval: ReturnType<typeof day>, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY') => ({
  ...interval,
  precision,
});
const bounds = ({ first, last }: ReturnType<typeof day>) => [toIsoDay(first), toIsoDay(last)];

test('a month or a year stands for every one of its days, leap years included', () => {
  assert.deepEqual(bounds(month('2018-12-01')), ['2018-12-01', '2018-12-31']);
  assert.deepEqual(bounds(month('2020-02-01')), ['2020-02-01', '2020-02-29']);
  assert.deepEqual(bounds(year('2019-01-01')), ['2019-01-01', '2019-12-31']);
  assert.deepEqual(bounds(day('2018-12-19')), ['2018-12-19', '2018-12-19']);
});

test('two days make an exact delay: after, the same day, before', () => {
  assert.deepEqual(delayBetween(claimOn(day('2018-12-19')), day('2018-12-20')), {
    minDays: 1,
    maxDays: 1,
    label: '1 day',
  });
  assert.equal(delayBetween(claimOn(day('2018-12-19')), day('2019-02-10')).label, '53 days');
  assert.equal(delayBetween(claimOn(day('2018-12-19')), day('2018-12-19')).label, 'the same day');
  assert.deepEqual(delayBetween(claimOn(day('2019-02-06')), day('2019-01-23')), {
    minDays: -14,
    maxDays: -14,
    label: '14 days before the claim',
  });
});

test('a date known to the month makes the delay a range, never a single day', () => {
  // "Mostly gone", December 2018, answered on 10 February 2019.
  assert.deepEqual(delayBetween(claimOn(month('2018-12-01'), 'MONTH'), day('2019-02-10')), {
    minDays: 41,
    maxDays: 71,
    label: '41–71 days',
  });
  assert.equal(delayBetween(claimOn(day('2018-12-01')), month('2018-12-01')).label, '0–30 days');
  assert.equal(delayBetween(claimOn(day('2019-03-01')), month('2019-01-01')).label, '29–59 days before the claim');
  assert.equal(
    delayBetween(claimOn(day('2018-12-19')), month('2018-12-01')).label,
    'between 18 days before and 12 days after the claim',
  );
});

test('a claim and an answer known to the same month or year are said to be within it', () => {
  assert.deepEqual(delayBetween(claimOn(month('2018-12-01'), 'MONTH'), month('2018-12-01')), {
    minDays: -30,
    maxDays: 30,
    label: 'within the same month',
  });
  assert.equal(delayBetween(claimOn(year('2018-01-01'), 'YEAR'), year('2018-01-01')).label, 'within the same year');
  assert.equal(delayBetween(claimOn(month('2018-11-01'), 'MONTH'), month('2018-12-01')).label, '1–60 days');
});

test('a range of days from any source (a median) is stated the same way', () => {
  assert.equal(describeDelay(1, 1), '1 day');
  assert.equal(describeDelay(3, 30), '3–30 days');
  assert.equal(describeDelay(-5, 2), 'between 5 days before and 2 days after the claim');
});
