import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organizationNamed } from './organization-name';

test("an unnamed speaker's role names the organization its capitalized words open with", () => {
  assert.equal(organizationNamed('a UK Government spokesperson'), 'UK Government');
  assert.equal(organizationNamed('a spokesman for the Ministry of Defence'), 'Ministry of Defence');
  assert.equal(organizationNamed("the Red Crescent's regional director"), 'Red Crescent');
  assert.equal(
    organizationNamed('the Kurdish-led Syrian Democratic Forces spokesman'),
    'Kurdish-led Syrian Democratic Forces',
  );
});

test('a role naming no organization gives none', () => {
  assert.equal(organizationNamed('a senior official'), null);
  assert.equal(organizationNamed('the party’s chief whip'), null);
});
