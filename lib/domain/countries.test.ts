import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryOptions, isCountryCode } from './countries';

test('the 249 ISO 3166-1 countries, and no grouping or retired code', () => {
  assert.equal(countryOptions().length, 249);
  for (const code of ['FR', 'US', 'PS', 'TW', 'SS']) assert.ok(isCountryCode(code), code);
  for (const code of ['EU', 'UN', 'SU', 'YU', 'XK', 'ZZ', 'fr', 'FRA']) assert.equal(isCountryCode(code), false, code);
});

test('options carry the English name, sorted by it', () => {
  const options = countryOptions();
  assert.deepEqual(
    options.find((option) => option.value === 'DE'),
    { value: 'DE', label: 'Germany' },
  );
  const labels = options.map((option) => option.label);
  assert.deepEqual(
    labels,
    [...labels].sort((a, b) => a.localeCompare(b, 'en')),
  );
});
