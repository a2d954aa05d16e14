import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerFiltersOfSegment,
  claimFiltersOfSegment,
  claimsViewPath,
  isCursorPagedList,
  listFirstPagePath,
  listPagePath,
  searchParamsObject,
  whoAnsweredWhomViewPath,
} from './list-views';
import type { ClaimFilters } from './validation/claim-filters';

const segmentOf = (filters: ClaimFilters) => claimsViewPath(filters).replace('/claims/-query/', '');

test('a view of /claims is one path segment, and reads back as the same filters', () => {
  for (const filters of [
    { verdict: 'FALSE', country: 'FR' },
    { q: 'a/b %2F & ?x=1 “ünïcode” 😀', sort: 'oldest' },
    { topic: 'syria', from: '2019-01-01', to: '2019-12-31', rebutted: 'yes', cursor: 'eyJpZCI6IngifQ' },
  ] satisfies ClaimFilters[]) {
    const path = claimsViewPath(filters);
    assert.match(path, /^\/claims\/-query\/[A-Za-z0-9_-]+$/);
    assert.deepEqual(claimFiltersOfSegment(segmentOf(filters)), filters);
  }
});

test('a segment that is not the one written for its filters names no view', () => {
  const encode = (query: string) => Buffer.from(query).toString('base64url');
  for (const segment of [
    '_', // the build's placeholder
    '',
    encode(''), // no filter: that is /claims itself
    encode('verdict=false&country=FR'), // another order than the canonical one
    encode('verdict=nope'), // a bad value, dropped: no filter left
    encode('verdict=false&verdict=true'),
    `${segmentOf({ verdict: 'FALSE' })}=`, // another spelling of the same bytes
    'not base64 at all!',
  ]) {
    assert.equal(claimFiltersOfSegment(segment), null, segment);
  }
});

test('the later pages of the lists paged by cursor, and the first pages of every list', () => {
  assert.equal(listPagePath('/people', 'eyJu'), '/people/-page/eyJu');
  assert.equal(listFirstPagePath('/people'), '/people/-first');
  assert.equal(listFirstPagePath('/claims'), '/claims/-first');
  assert.ok(isCursorPagedList('/corrections'));
  assert.ok(!isCursorPagedList('/claims'));
  assert.ok(!isCursorPagedList('/people/jane-doe'));
});

test('a repeated query parameter becomes an array, as in a page', () => {
  assert.deepEqual(searchParamsObject(new URLSearchParams('q=a&q=b&sort=oldest')), { q: ['a', 'b'], sort: 'oldest' });
});

test("a view of /who-answered-whom reads back as its filters; a segment with another list's filter names none", () => {
  const filters = { topic: 'syria', from: '2019-01-01', to: '2019-12-31' };
  const segment = whoAnsweredWhomViewPath(filters).replace('/who-answered-whom/-query/', '');
  assert.deepEqual(answerFiltersOfSegment(segment), filters);
  assert.equal(answerFiltersOfSegment(segmentOf({ topic: 'syria', verdict: 'FALSE' })), null);
  assert.equal(answerFiltersOfSegment('_'), null);
});
