import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffSnapshots, describeChanges } from './revisions';
import {
  describeRole,
  personRevisionFields,
  sortRoles,
  type PersonSnapshot,
  type RoleSnapshot,
} from './person-revisions';

const minister: RoleSnapshot = {
  id: 'r1',
  title: 'Minister',
  organization: { slug: 'gov', name: 'Government' },
  startDate: '2019-01-01',
  endDate: '2020-06-30',
};
const adviser: RoleSnapshot = { id: 'r2', title: 'Adviser', organization: null, startDate: null, endDate: null };
const base: PersonSnapshot = {
  name: 'Jane Doe',
  slug: 'jane-doe',
  description: 'A minister.',
  wikidataId: null,
  roles: [minister],
  status: 'PUBLISHED',
  deleted: false,
};

test('roles read with their organization and dates, open ends named', () => {
  assert.equal(describeRole(minister), 'Minister, Government (2019-01-01 to 2020-06-30)');
  assert.equal(describeRole({ ...minister, endDate: null }), 'Minister, Government (2019-01-01 to now)');
  assert.equal(describeRole(adviser), 'Adviser');
});

test('roles sort earliest first, undated last, so the same roles always compare equal', () => {
  const later = { ...minister, id: 'r3', startDate: '2021-01-01' };
  assert.deepEqual(
    sortRoles([adviser, later, minister]).map((role) => role.id),
    ['r1', 'r3', 'r2'],
  );
});

test('a role added shows in the diff; a renamed organization is no change to the person', () => {
  const changes = diffSnapshots(personRevisionFields, base, { ...base, roles: [minister, adviser] });
  assert.deepEqual(changes, [
    {
      field: 'roles',
      label: 'Roles',
      before: 'Minister, Government (2019-01-01 to 2020-06-30)',
      after: 'Minister, Government (2019-01-01 to 2020-06-30); Adviser',
    },
  ]);
  assert.deepEqual(
    diffSnapshots(personRevisionFields, base, {
      ...base,
      roles: [{ ...minister, organization: { slug: 'gov', name: 'The Government' } }],
    }),
    [],
  );
  assert.equal(
    diffSnapshots(personRevisionFields, base, {
      ...base,
      roles: [{ ...minister, organization: { slug: 'party', name: 'Government' } }],
    }).length,
    1,
  );
});

test('short fields are summarized with before and after, long ones named', () => {
  const changes = diffSnapshots(personRevisionFields, base, {
    ...base,
    name: 'Jane A. Doe',
    description: 'Former minister.',
    wikidataId: 'Q42',
  });
  assert.equal(
    describeChanges(personRevisionFields, changes),
    'Name: Jane Doe → Jane A. Doe; Description; Wikidata: — → Q42',
  );
});
