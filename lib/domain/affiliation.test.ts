import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affiliationOf, countByAffiliation, countryName, groupByAffiliation } from './affiliation';

const frenchGovernment = { slug: 'government-of-france', name: 'Government of France', countryCode: 'FR' };
const frenchArmy = { slug: 'french-army', name: 'French Army', countryCode: 'FR' };
const sdf = { slug: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', countryCode: null };

test('names countries in English from their ISO code', () => {
  assert.equal(countryName('GB'), 'United Kingdom');
  assert.equal(countryName('FR'), 'France');
});

test('an organization with a country is grouped under the country, one without under itself', () => {
  assert.deepEqual(affiliationOf(frenchArmy), { key: 'country:FR', label: 'France', countryCode: 'FR' });
  assert.deepEqual(affiliationOf(sdf), {
    key: 'organization:syrian-democratic-forces',
    label: 'Syrian Democratic Forces',
    countryCode: null,
  });
  assert.equal(affiliationOf(null).key, 'unaffiliated');
});

test('groups items by affiliation, largest group first, keeping item order', () => {
  const items = [
    { id: 1, organization: sdf },
    { id: 2, organization: frenchGovernment },
    { id: 3, organization: null },
    { id: 4, organization: frenchArmy },
  ];
  const groups = groupByAffiliation(items, (item) => item.organization);
  assert.deepEqual(
    groups.map((group) => [group.label, group.items.map((item) => item.id)]),
    [
      ['France', [2, 4]],
      ['No stated affiliation', [3]],
      ['Syrian Democratic Forces', [1]],
    ],
  );
});

test('sums counts per organization into counts per affiliation, in the order groups take', () => {
  const counts = countByAffiliation([
    { organization: sdf, count: 2 },
    { organization: frenchGovernment, count: 1 },
    { organization: null, count: 2 },
    { organization: frenchArmy, count: 2 },
  ]);
  assert.deepEqual(
    counts.map(({ label, count }) => [label, count]),
    [
      ['France', 3],
      ['No stated affiliation', 2],
      ['Syrian Democratic Forces', 2],
    ],
  );
  // The same statements grouped one by one count the same.
  const items = [sdf, sdf, frenchGovernment, null, null, frenchArmy, frenchArmy];
  const groups = groupByAffiliation(items, (organization) => organization);
  assert.deepEqual(
    groups.map(({ key, label, items }) => ({ key, label, count: items.length })),
    counts,
  );
});
