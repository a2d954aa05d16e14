import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { claimAsOfRewrite } from './claim-as-of';

const now = new Date('2026-12-07T12:00:00Z');
const rewrittenTo = (url: string, method = 'GET', headers: Record<string, string> = {}) =>
  claimAsOfRewrite(new NextRequest(new URL(url, 'http://countercheck.test'), { method, headers }), now)?.headers.get(
    'x-middleware-rewrite',
  ) ?? null;

test("a claim page's ?asOf= day is moved into the path that serves that day's page", () => {
  const day = 'http://countercheck.test/claims/isis-defeated/-as-of/2019-01-01';
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2019-01-01'), day);
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2019-01-01&utm_source=x', 'HEAD'), day);
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2026-12-07'), day.replace('2019-01-01', '2026-12-07'));
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2019-01-01', 'GET', { 'sec-fetch-dest': 'document' }), day);
});

test('a value that names no day leaves the current page: not a date, year 0000, after today, repeated', () => {
  for (const query of [
    'asOf=yesterday',
    'asOf=0000-01-01',
    'asOf=2026-12-08',
    'asOf=2019-02-30',
    'asOf=',
    'asOf=2019-01-01&asOf=2019-01-02',
  ]) {
    assert.equal(rewrittenTo(`/claims/isis-defeated?${query}`), null, query);
  }
});

test("other pages, posts and the app's own navigations are left alone", () => {
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2019-01-01', 'POST'), null);
  assert.equal(rewrittenTo('/claims/isis-defeated?asOf=2019-01-01', 'GET', { 'sec-fetch-dest': 'empty' }), null);
  assert.equal(rewrittenTo('/claims/isis-defeated/history?asOf=2019-01-01'), null);
  assert.equal(rewrittenTo('/claims/-query?asOf=2019-01-01'), null);
  assert.equal(rewrittenTo('/claims/Not_A_Slug?asOf=2019-01-01'), null);
  assert.equal(rewrittenTo('/claims?asOf=2019-01-01'), null);
});
