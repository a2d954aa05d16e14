import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes } from './routes';

test('a counter-statement link names the claim page that shows it, then its anchor', () => {
  assert.equal(routes.counterStatement('isis-defeated', 'r2'), '/claims/isis-defeated#rebuttal-r2');
  assert.equal(
    routes.counterStatement('isis-defeated', 'r9', { showAll: true }),
    '/claims/isis-defeated/all#rebuttal-r9',
  );
});

test('lists take their filters and page cursor as a query', () => {
  assert.equal(routes.claims(), '/claims');
  assert.equal(routes.claims({ person: 'donald-trump', country: 'SY' }), '/claims?person=donald-trump&country=SY');
  assert.equal(routes.people(), '/people');
  assert.equal(routes.topicTimeline('syria', 'a+b='), '/topics/syria/timeline?cursor=a%2Bb%3D');
});

test('country pages use the lower-case code; a claim edit can restore a version', () => {
  assert.equal(routes.country('SY'), '/countries/sy');
  assert.equal(routes.claimEdit('isis-defeated'), '/claims/isis-defeated/edit');
  assert.equal(routes.claimEdit('isis-defeated', { restore: 3 }), '/claims/isis-defeated/edit?restore=3');
});

test('a quote link points into its source; lookup ids are escaped', () => {
  assert.equal(routes.source('s1'), '/sources/s1');
  assert.equal(routes.source('s1', { quote: 'q7' }), '/sources/s1#quote-q7');
  assert.equal(routes.lookup.personRoles('a/b'), '/lookup/people/a%2Fb/roles');
});
