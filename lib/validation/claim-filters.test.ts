import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalQueryIfDifferent,
  claimFiltersToQuery,
  effectiveSort,
  MAX_QUERY_LENGTH,
  parseClaimFilters,
  withoutFilter,
} from './claim-filters';

test('parses every filter from URL parameters', () => {
  const filters = parseClaimFilters({
    q: '  defeated   ISIS ',
    person: 'donald-trump',
    org: 'government-of-france',
    country: 'fr',
    topic: 'syria',
    verdict: 'mostly-false',
    from: '2018-01-01',
    to: '2019-12-31',
    rebutted: 'yes',
    sort: 'oldest',
    cursor: 'abc',
  });
  assert.deepEqual(filters, {
    q: 'defeated ISIS',
    person: 'donald-trump',
    org: 'government-of-france',
    country: 'FR',
    topic: 'syria',
    verdict: 'MOSTLY_FALSE',
    from: '2018-01-01',
    to: '2019-12-31',
    rebutted: 'yes',
    sort: 'oldest',
    cursor: 'abc',
  });
});

test('drops bad values instead of failing', () => {
  const filters = parseClaimFilters({
    person: "x' OR 1=1 --",
    country: 'France',
    verdict: 'fake',
    from: '2019-02-30',
    rebutted: 'maybe',
    sort: 'random',
    q: '   ',
  });
  assert.deepEqual(filters, {});
});

test('cuts an over-long query and takes the first of repeated parameters', () => {
  assert.equal(parseClaimFilters({ q: 'a'.repeat(5000) }).q?.length, MAX_QUERY_LENGTH);
  assert.equal(parseClaimFilters({ q: ['first', 'second'] }).q, 'first');
});

test('searching sorts by relevance unless another sort is asked for', () => {
  assert.equal(effectiveSort({}), 'newest');
  assert.equal(effectiveSort({ q: 'isis' }), 'relevance');
  assert.equal(effectiveSort({ q: 'isis', sort: 'oldest' }), 'oldest');
  assert.equal(effectiveSort({ sort: 'relevance' }), 'newest');
});

test('round-trips filters through the query string in a stable order', () => {
  const filters = parseClaimFilters({ verdict: 'mostly-false', q: 'isis & co', country: 'GB' });
  const query = claimFiltersToQuery(filters);
  assert.equal(query, '?q=isis+%26+co&country=GB&verdict=mostly-false');
  assert.deepEqual(parseClaimFilters(Object.fromEntries(new URLSearchParams(query))), filters);
  assert.equal(claimFiltersToQuery({}), '');
});

test('removing a filter also goes back to the first page', () => {
  assert.deepEqual(withoutFilter({ q: 'isis', topic: 'syria', cursor: 'c' }, 'topic'), { q: 'isis' });
});

test('a URL with empty fields or bad values has a canonical form to redirect to; a clean one has none', () => {
  const fromForm = { q: 'isis', person: '', org: '', verdict: 'false', sort: 'relevance' };
  assert.equal(
    canonicalQueryIfDifferent(fromForm, parseClaimFilters(fromForm)),
    '?q=isis&verdict=false&sort=relevance',
  );
  const clean = { q: 'isis', verdict: 'false', sort: 'relevance' };
  assert.equal(canonicalQueryIfDifferent(clean, parseClaimFilters(clean)), null);
  assert.equal(canonicalQueryIfDifferent({}, {}), null);
  assert.equal(canonicalQueryIfDifferent({ country: 'France' }, parseClaimFilters({ country: 'France' })), '');
});
