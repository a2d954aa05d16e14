import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDay } from './dates';
import { appearanceSpan, saidTimesLabel } from './appearances';

const day = (iso: string) => ({ saidOn: parseIsoDay(iso), precision: 'DAY' as const });
const month = (iso: string) => ({ saidOn: parseIsoDay(iso), precision: 'MONTH' as const });

test('a claim said once has a count of 1 and no "said … times" line', () => {
  const span = appearanceSpan([day('2018-12-19')]);
  assert.equal(span.count, 1);
  assert.equal(saidTimesLabel(span), null);
});

test('the span runs from the earliest to the latest appearance, whatever their order', () => {
  const span = appearanceSpan([day('2019-02-06'), day('2018-12-19'), day('2019-01-02')]);
  assert.equal(span.count, 3);
  assert.deepEqual(span.first, { label: '19 December 2018', iso: '2018-12-19' });
  assert.deepEqual(span.last, { label: '6 February 2019', iso: '2019-02-06' });
  assert.equal(saidTimesLabel(span), 'said 3 times, 19 December 2018 to 6 February 2019');
});

test('a month-precision date is stated as its month, and stands for the whole month', () => {
  // 31 December 2018 is inside "December 2018", but the month may run later: it is the last appearance.
  const span = appearanceSpan([month('2018-12-01'), day('2018-12-19')]);
  assert.deepEqual(span.first, { label: 'December 2018', iso: '2018-12' });
  assert.deepEqual(span.last, { label: 'December 2018', iso: '2018-12' });
  assert.equal(saidTimesLabel(span), 'said 2 times, December 2018');
  assert.equal(
    saidTimesLabel(appearanceSpan([month('2018-12-01'), day('2019-02-06')])),
    'said 2 times, December 2018 to 6 February 2019',
  );
});

test('an appearance of unknown date counts but dates nothing', () => {
  assert.equal(saidTimesLabel(appearanceSpan([null, null])), 'said 2 times');
  const span = appearanceSpan([null, day('2019-01-02'), null]);
  assert.equal(span.count, 3);
  assert.equal(saidTimesLabel(span), 'said 3 times, 2 January 2019');
});
