import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageHref, parsePageCursor } from './page-cursor';

test('takes the first cursor of the URL, and drops an empty or oversized one', () => {
  assert.equal(parsePageCursor({ cursor: 'abc' }), 'abc');
  assert.equal(parsePageCursor({ cursor: ['abc', 'def'] }), 'abc');
  assert.equal(parsePageCursor({}), undefined);
  assert.equal(parsePageCursor({ cursor: '' }), undefined);
  assert.equal(parsePageCursor({ cursor: 'x'.repeat(501) }), undefined);
});

test('builds the URL of a page', () => {
  assert.equal(pageHref('/people'), '/people');
  assert.equal(pageHref('/people', 'eyJu'), '/people?cursor=eyJu');
  assert.equal(pageHref('/topics/syria/timeline', 'a+b='), '/topics/syria/timeline?cursor=a%2Bb%3D');
});
