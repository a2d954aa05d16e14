import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATE_EXPRESSION, resolveDateExpression } from './said-on';

// A report of Thursday 14 March 2024.
const PUBLISHED = '2024-03-14';
const resolve = (expression: string, publishedOn: string | null = PUBLISHED) =>
  resolveDateExpression(expression, publishedOn);

test('a weekday is the latest such day on or before the report, to the day', () => {
  assert.deepEqual(resolve('on Tuesday'), { isoDate: '2024-03-12', precision: 'DAY' });
  assert.deepEqual(resolve('on Thursday'), { isoDate: '2024-03-14', precision: 'DAY' });
  assert.deepEqual(resolve('Friday'), { isoDate: '2024-03-08', precision: 'DAY' });
  assert.equal(resolve('on Tuesday', null), null, 'no report date, no day');
});

test('a day of a month takes the latest year that is not after the report; a given year is kept', () => {
  assert.deepEqual(resolve('on March 2'), { isoDate: '2024-03-02', precision: 'DAY' });
  assert.deepEqual(resolve('December 24th'), { isoDate: '2023-12-24', precision: 'DAY' });
  assert.deepEqual(resolve('the 3rd of January'), { isoDate: '2024-01-03', precision: 'DAY' });
  assert.deepEqual(resolve('on November 8, 2016', null), { isoDate: '2016-11-08', precision: 'DAY' });
  assert.equal(resolve('February 30'), null, 'no such day');
});

test('a month alone, "last month" and "last year" are dated to their precision', () => {
  assert.deepEqual(resolve('in October'), { isoDate: '2023-10-01', precision: 'MONTH' });
  assert.deepEqual(resolve('in March'), { isoDate: '2024-03-01', precision: 'MONTH' });
  assert.deepEqual(resolve('in May 2019', null), { isoDate: '2019-05-01', precision: 'MONTH' });
  assert.deepEqual(resolve('last month'), { isoDate: '2024-02-01', precision: 'MONTH' });
  assert.deepEqual(resolve('last month', '2024-01-10'), { isoDate: '2023-12-01', precision: 'MONTH' });
  assert.deepEqual(resolve('last year'), { isoDate: '2023-01-01', precision: 'YEAR' });
  assert.deepEqual(resolve('yesterday'), { isoDate: '2024-03-13', precision: 'DAY' });
});

test('the expressions are found in running text, and nothing else is', () => {
  const text = 'The minister said on Monday, and again in April, that nothing had changed since May 5.';
  assert.deepEqual(
    [...text.matchAll(DATE_EXPRESSION)].map((match) => match[0]),
    ['on Monday', 'in April', 'May 5'],
  );
  assert.deepEqual([...'The Mayor spoke in Maybury to Marchers.'.matchAll(DATE_EXPRESSION)], [], 'whole words only');
});
