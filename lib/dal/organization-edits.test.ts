import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, type AppErrorCode, FieldError, StaleError } from '../errors';
import type { OrganizationSnapshot } from '../domain/organization-revisions';
import { refusalOf } from '../testing/refusals';
import { makeOrganization, makeStatement, makeUser } from '../testing/factories';
import { organizationCreateSchema, organizationEditSchema } from '../validation/record-edits';
import { createOrganization, getOrganizationForEditOrNull, updateOrganization } from './organization-edits';

after(() => disconnectDb());

const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const revisionsOf = (id: string) =>
  db.revision.findMany({ where: { entityType: 'ORGANIZATION', entityId: id }, orderBy: { version: 'asc' } });
const edit = (
  organization: { id: string; name: string; slug: string },
  version: number,
  changes: Record<string, string> = {},
) =>
  organizationEditSchema.parse({
    organizationId: organization.id,
    version: String(version),
    name: organization.name,
    slug: organization.slug,
    kind: 'GOVERNMENT',
    countryCode: '',
    ...changes,
  });

test('an editor creates an organization with a first revision; a slug in use is refused next to its field', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const name = `Ministry of Tests ${randomUUID().slice(0, 8)}`;
  const { slug } = await createOrganization(
    organizationCreateSchema.parse({ name, kind: 'GOVERNMENT', countryCode: 'fr' }),
    editor,
  );
  const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
  assert.deepEqual([organization.countryCode, organization.version], ['FR', 1]);
  assert.deepEqual(
    (await revisionsOf(organization.id)).map((revision) => [revision.version, revision.actorId, revision.snapshot]),
    [[1, editor.id, { name, slug, kind: 'GOVERNMENT', countryCode: 'FR' }]],
  );
  await assert.rejects(
    createOrganization(organizationCreateSchema.parse({ name: 'Other', slug, kind: 'OTHER' }), editor),
    (error) => error instanceof FieldError && error.field === 'slug',
  );
});

test('a country is one of the ISO list', () => {
  const base = { name: 'X', kind: 'GOVERNMENT' };
  assert.equal(organizationCreateSchema.safeParse({ ...base, countryCode: 'EU' }).success, false);
  assert.equal(organizationCreateSchema.safeParse({ ...base, countryCode: 'ZZ' }).success, false);
  assert.equal(organizationCreateSchema.parse({ ...base, countryCode: 'de' }).countryCode, 'DE');
  assert.equal(organizationCreateSchema.parse({ ...base, countryCode: '' }).countryCode, undefined);
});

test("changing the country writes a revision and moves the organization's statements with it", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const organization = await makeOrganization({ countryCode: 'GB' });
  const statement = await makeStatement({ organization });
  const result = await updateOrganization(
    edit(organization, 1, { countryCode: 'IE', reason: 'Wrong country.' }),
    editor,
  );
  assert.deepEqual(result, {
    slug: organization.slug,
    previousSlug: organization.slug,
    version: 2,
    changed: true,
    // Its name and country show wherever its people are quoted.
    invalidates: ['organizations'],
  });
  const moved = await db.$queryRaw<
    { code: string | null }[]
  >`SELECT o.country_code AS code FROM statements s JOIN organizations o ON o.id = s.affiliated_organization_id WHERE s.id = ${statement.id}::uuid`;
  assert.deepEqual(moved, [{ code: 'IE' }]);
  const history = await getOrganizationForEditOrNull(organization.slug, editor);
  assert.deepEqual(
    history?.history.map((entry) => [
      entry.version,
      entry.reason,
      entry.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`),
    ]),
    [
      [2, 'Wrong country.', ['Country: United Kingdom → Ireland']],
      [
        1,
        null,
        [
          'Name: null → ' + organization.name,
          'Slug: null → ' + organization.slug,
          'Kind: null → Government',
          'Country: null → United Kingdom',
        ],
      ],
    ],
  );
});

test('a stale save is refused with who changed what, and writes nothing; contributors and visitors are refused', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const organization = await makeOrganization();
  assert.equal((await updateOrganization(edit(organization, 1, { kind: 'ARMED_GROUP' }), first)).changed, true);
  const refused = await refusalOf(
    updateOrganization(edit(organization, 1, { name: 'Renamed by the second' }), second),
    StaleError<OrganizationSnapshot>,
  );
  assert.match(refused.message, new RegExp(`${first.name} changed Kind: Government → Armed group on `));
  assert.equal((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).name, organization.name);

  for (const [actor, code] of [
    [await makeUser({ role: 'CONTRIBUTOR' }), 'forbidden'],
    [null, 'unauthenticated'],
  ] as const) {
    await assert.rejects(updateOrganization(edit(organization, 2, { name: 'Forged' }), actor), isAppError(code));
    await assert.rejects(
      createOrganization(organizationCreateSchema.parse({ name: `Forged ${randomUUID()}`, kind: 'OTHER' }), actor),
      isAppError(code),
    );
  }
  assert.equal((await revisionsOf(organization.id)).length, 2);
});
