import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organizationRevisionFields, type OrganizationSnapshot } from './organization-revisions';
import { describeChanges, diffSnapshots } from './revisions';

const base: OrganizationSnapshot = {
  name: 'Ministry of Defence',
  slug: 'ministry-of-defence',
  kind: 'GOVERNMENT',
  countryCode: 'GB',
};

test('kind and country read by name, a missing country as none', () => {
  const changes = diffSnapshots(organizationRevisionFields, base, {
    ...base,
    kind: 'INTERNATIONAL_BODY',
    countryCode: null,
  });
  assert.equal(
    describeChanges(organizationRevisionFields, changes),
    'Kind: Government → International body; Country: United Kingdom → none',
  );
});

test('an unchanged organization has no differences', () => {
  assert.deepEqual(diffSnapshots(organizationRevisionFields, base, { ...base }), []);
});
