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
