import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { timelineCursorRewrite } from './timeline-cursor';

const request = (url: string) => new NextRequest(new URL(url, 'http://countercheck.test'));

test("a timeline's ?cursor= is moved into its path, encoded", () => {
  const rewrite = timelineCursorRewrite(request('/topics/syria/timeline?cursor=a/b c&other=1'));
  assert.equal(
    rewrite?.headers.get('x-middleware-rewrite'),
    'http://countercheck.test/topics/syria/timeline/a%2Fb%20c',
  );
});

test('the first page, and every other path, are left alone', () => {
  assert.equal(timelineCursorRewrite(request('/topics/syria/timeline')), null);
  assert.equal(timelineCursorRewrite(request('/topics/syria/timeline?cursor=')), null);
  assert.equal(timelineCursorRewrite(request('/topics/syria?cursor=x')), null);
  assert.equal(timelineCursorRewrite(request('/topics/syria/timeline/x?cursor=y')), null);
});

test("a timeline's ?asOf= day is moved into its path, with its cursor; one that names no day is dropped", () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const rewritten = (url: string) => timelineCursorRewrite(request(url), now)?.headers.get('x-middleware-rewrite');
  assert.equal(
    rewritten('/topics/syria/timeline?asOf=2019-01-01'),
    'http://countercheck.test/topics/syria/timeline/-as-of/2019-01-01',
  );
  assert.equal(
    rewritten('/topics/syria/timeline?asOf=2019-01-01&cursor=abc'),
    'http://countercheck.test/topics/syria/timeline/-as-of/2019-01-01/abc',
  );
  assert.equal(
    rewritten('/topics/syria/timeline?asOf=2026-12-08&cursor=abc'),
    'http://countercheck.test/topics/syria/timeline/abc',
  );
  assert.equal(rewritten('/topics/syria/timeline?asOf=0000-01-01'), undefined);
  assert.equal(rewritten('/topics/syria/timeline?asOf=2019-01-01&asOf=2019-01-02'), undefined);
});
