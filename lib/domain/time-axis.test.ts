import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDay, toIsoDay } from './dates';
import { dayInterval } from './delays';
import { axisFraction, buildTimeAxis } from './time-axis';

const day = (iso: string) => dayInterval(parseIsoDay(iso), 'DAY');

test('a span of weeks is ticked in days, naming a year only where it starts on the axis', () => {
  const axis = buildTimeAxis([day('2018-12-19'), day('2018-12-20'), day('2019-02-10')]);
  assert.equal(toIsoDay(axis.start), '2018-12-16');
  assert.equal(toIsoDay(axis.end), '2019-02-14');
  assert.deepEqual(
    axis.ticks.map((tick) => tick.label),
    ['16 Dec 2018', '13 Jan 2019', '10 Feb'],
  );
  assert.equal(axis.ticks[0]?.iso, '2018-12-16');
});

test('every day has a width, so a single day is not a point at an edge', () => {
  const axis = buildTimeAxis([day('2018-12-19')]);
  assert.ok(axisFraction(axis, parseIsoDay('2018-12-19')) > 0);
  assert.ok(axisFraction(axis, parseIsoDay('2018-12-20')) < 1);
});

test('months and years are ticked on their first day, at most four ticks', () => {
  const months = buildTimeAxis([day('2018-12-19'), day('2019-09-10')]);
  assert.deepEqual(
    months.ticks.map((tick) => tick.label),
    ['Jan 2019', 'Apr', 'Jul'],
  );
  assert.equal(months.ticks[0]?.iso, '2019-01');
  const years = buildTimeAxis([day('2015-11-23'), day('2026-01-01')]);
  // Round years: every fifth, as every second would make six ticks.
  assert.deepEqual(
    years.ticks.map((tick) => tick.label),
    ['2020', '2025'],
  );
});
