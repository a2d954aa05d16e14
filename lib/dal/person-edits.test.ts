import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, type AppErrorCode, FieldError, StaleError } from '../errors';
import type { PersonSnapshot } from '../domain/person-revisions';
import { refusalOf } from '../testing/refusals';
import { makeOrganization, makePerson, makeStatement, makeUser } from '../testing/factories';
import {
  personCreateSchema,
  personDeleteSchema,
  personEditSchema,
  roleRemoveSchema,
  roleSaveSchema,
} from '../validation/record-edits';
import {
  createPerson,
  deletePerson,
  getPersonForEditOrNull,
  removePersonRole,
  savePersonRole,
  updatePerson,
} from './person-edits';

after(() => disconnectDb());

const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const isFieldError = (field: string) => (error: unknown) => error instanceof FieldError && error.field === field;
const revisionsOf = (personId: string) =>
  db.revision.findMany({ where: { entityType: 'PERSON', entityId: personId }, orderBy: { version: 'asc' } });

type Person = { id: string; name: string; slug: string; description: string };
/** The edit form's fields for `person` as it stands, with `changes`. */
const edit = (person: Person, version: number, changes: Record<string, string> = {}) =>
  personEditSchema.parse({
    personId: person.id,
    version: String(version),
    name: person.name,
    slug: person.slug,
    description: person.description,
    ...changes,
  });
const role = (person: { id: string }, version: number, fields: Record<string, string>) =>
  roleSaveSchema.parse({ personId: person.id, version: String(version), ...fields });

test('an editor creates a person, published, with a first revision; the slug comes from the name when blank', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const name = `Ada Quote ${randomUUID().slice(0, 8)}`;
  const { slug } = await createPerson(
    personCreateSchema.parse({ name, slug: '', description: 'A test person.', wikidataId: '', reason: 'New speaker.' }),
    editor,
  );
  const person = await db.person.findUniqueOrThrow({ where: { slug } });
  assert.equal(slug, name.toLowerCase().replaceAll(' ', '-'));
  assert.deepEqual([person.status, person.version, person.wikidataId], ['PUBLISHED', 1, null]);
  const revisions = await revisionsOf(person.id);
  assert.deepEqual(
    revisions.map((revision) => [revision.version, revision.actorId, revision.reason]),
    [[1, editor.id, 'New speaker.']],
  );
  assert.deepEqual(revisions[0]!.snapshot, {
    name,
    slug,
    description: 'A test person.',
    wikidataId: null,
    roles: [],
    status: 'PUBLISHED',
    deleted: false,
  });

  await assert.rejects(
    createPerson(personCreateSchema.parse({ name: 'Someone else', slug }), editor),
    isFieldError('slug'),
  );
});

test('an edit of the name and Wikidata id writes a baseline and a revision; a slug or Wikidata id in use is refused next to its field', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const [person, other] = [await makePerson(), await makePerson()];
  // Wikidata ids are unique: each run takes its own.
  const [wikidataId, ownId] = [`Q${Date.now()}1`, `Q${Date.now()}2`];
  await db.person.update({ where: { id: other.id }, data: { wikidataId } });

  await assert.rejects(updatePerson(edit(person, 1, { slug: other.slug }), editor), isFieldError('slug'));
  await assert.rejects(updatePerson(edit(person, 1, { wikidataId }), editor), isFieldError('wikidataId'));
  assert.equal((await revisionsOf(person.id)).length, 0, 'a refused save leaves not even the baseline');

  const result = await updatePerson(
    edit(person, 1, { name: 'Renamed Person', wikidataId: ownId, reason: 'Full name.' }),
    editor,
  );
  assert.deepEqual(result, {
    slug: person.slug,
    previousSlug: person.slug,
    version: 2,
    changed: true,
    invalidates: ['people'],
  });
  const revisions = await revisionsOf(person.id);
  assert.deepEqual(
    revisions.map((revision) => [revision.version, revision.actorId, revision.reason]),
    [
      [1, null, null],
      [2, editor.id, 'Full name.'],
    ],
  );
  assert.equal((revisions[1]!.snapshot as { wikidataId: string }).wikidataId, ownId);
});

test('roles are part of the person: adding, changing and removing one each make a new version', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makePerson();
  const organization = await makeOrganization();
  const added = await savePersonRole(
    role(person, 1, {
      title: 'Minister',
      organizationId: organization.id,
      startDate: '2019-01-01',
      endDate: '2020-06-30',
    }),
    editor,
  );
  assert.equal(added.version, 2);
  const [stored] = await db.role.findMany({ where: { personId: person.id } });
  assert.deepEqual([stored!.title, stored!.organizationId], ['Minister', organization.id]);

  const changed = await savePersonRole(
    role(person, 2, {
      roleId: stored!.id,
      title: 'Prime minister',
      organizationId: organization.id,
      startDate: '2019-01-01',
    }),
    editor,
  );
  assert.equal(changed.version, 3);
  const removed = await removePersonRole(
    roleRemoveSchema.parse({ personId: person.id, version: '3', roleId: stored!.id, reason: 'Never held.' }),
    editor,
  );
  assert.equal(removed.version, 4);
  assert.equal(await db.role.count({ where: { personId: person.id } }), 0);

  const snapshots = (await revisionsOf(person.id)).map(
    (revision) =>
      (
        revision.snapshot as {
          roles: {
            title: string;
            organization: { slug: string } | null;
            startDate: string | null;
            endDate: string | null;
          }[];
        }
      ).roles,
  );
  assert.deepEqual(snapshots, [
    [],
    [
      {
        id: stored!.id,
        title: 'Minister',
        organization: { slug: organization.slug, name: organization.name },
        startDate: '2019-01-01',
        endDate: '2020-06-30',
      },
    ],
    [
      {
        id: stored!.id,
        title: 'Prime minister',
        organization: { slug: organization.slug, name: organization.name },
        startDate: '2019-01-01',
        endDate: null,
      },
    ],
    [],
  ]);
  assert.equal((await db.person.findUniqueOrThrow({ where: { id: person.id } })).version, 4);
});

test('a role that a statement cites cannot be removed, and a quoted person cannot be deleted', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makePerson();
  await makeStatement({ person });
  const [cited] = await db.role.findMany({ where: { personId: person.id } });
  await assert.rejects(
    removePersonRole(roleRemoveSchema.parse({ personId: person.id, version: '1', roleId: cited!.id }), editor),
    /cannot be removed: a statement cites it/,
  );
  await assert.rejects(
    deletePerson(personDeleteSchema.parse({ personId: person.id, version: '1', reason: 'Duplicate.' }), editor),
    /cannot be deleted: a statement quotes them/,
  );
  assert.equal(await db.role.count({ where: { id: cited!.id } }), 1);
  const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
  assert.deepEqual([stored.version, stored.deletedAt, stored.status], [1, null, 'PUBLISHED']);
  assert.equal((await revisionsOf(person.id)).length, 0);
  const forEdit = await getPersonForEditOrNull(person.slug, editor);
  assert.deepEqual([forEdit?.quotedBy, forEdit?.roles[0]?.citedBy], [1, 1]);
});

test("an unquoted person is soft-deleted with a reason: unpublished, out of the editor's reach, history kept", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makePerson();
  const result = await deletePerson(
    personDeleteSchema.parse({ personId: person.id, version: '1', reason: 'Entered twice.' }),
    editor,
  );
  assert.equal(result.version, 2);
  const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
  assert.equal(stored.status, 'DRAFT');
  assert.ok(stored.deletedAt);
  assert.equal(await getPersonForEditOrNull(person.slug, editor), null);
  assert.deepEqual(
    (await revisionsOf(person.id)).map((revision) => [revision.version, revision.reason]),
    [
      [1, null],
      [2, 'Entered twice.'],
    ],
  );
});

test('a save on a stale version, a role included, is refused saying who changed what and when, and writes nothing', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const person = await makePerson();
  assert.equal((await updatePerson(edit(person, 1, { description: 'First editor.' }), first)).changed, true);

  const refused = await refusalOf(
    updatePerson(edit(person, 1, { name: 'Second editor name' }), second),
    StaleError<PersonSnapshot>,
  );
  assert.match(
    refused.message,
    new RegExp(
      `^This person was changed after you opened it\\. ${first.name} changed Description on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC\\.`,
    ),
  );
  assert.deepEqual([refused.version, refused.current.description], [2, 'First editor.']);

  await refusalOf(savePersonRole(role(person, 1, { title: 'Adviser' }), second), StaleError<PersonSnapshot>);
  assert.equal(await db.role.count({ where: { personId: person.id } }), 0, 'no role was written');
  const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
  assert.deepEqual([stored.name, stored.version], [person.name, 2]);
  assert.equal((await revisionsOf(person.id)).length, 2);
});

test('the change and its revision are one transaction: a failing revision leaves neither', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makePerson();
  // Occupy the revision number the save will write, so that its insert fails after the update and the role.
  await db.revision.create({
    data: { entityType: 'PERSON', entityId: person.id, version: 2, actorId: null, snapshot: {} },
  });
  await assert.rejects(savePersonRole(role(person, 1, { title: 'Envoy' }), editor));
  assert.equal(await db.role.count({ where: { personId: person.id } }), 0);
  assert.equal((await db.person.findUniqueOrThrow({ where: { id: person.id } })).version, 1);
  assert.deepEqual(
    (await revisionsOf(person.id)).map((revision) => revision.version),
    [2],
  );
});

test('contributors, disabled editors and visitors may not create, edit or delete people, and nothing is written', async () => {
  const person = await makePerson();
  for (const [actor, code] of [
    [await makeUser({ role: 'CONTRIBUTOR' }), 'forbidden'],
    [await makeUser({ role: 'EDITOR', disabled: true }), 'forbidden'],
    [null, 'unauthenticated'],
  ] as const) {
    await assert.rejects(
      createPerson(personCreateSchema.parse({ name: `Forged ${randomUUID()}` }), actor),
      isAppError(code),
    );
    await assert.rejects(updatePerson(edit(person, 1, { name: 'Forged' }), actor), isAppError(code));
    await assert.rejects(savePersonRole(role(person, 1, { title: 'Forged' }), actor), isAppError(code));
    await assert.rejects(
      deletePerson(personDeleteSchema.parse({ personId: person.id, version: '1', reason: 'Forged.' }), actor),
      isAppError(code),
    );
    await assert.rejects(getPersonForEditOrNull(person.slug, actor), isAppError(code));
  }
  const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
  assert.deepEqual([stored.name, stored.version, stored.deletedAt], [person.name, 1, null]);
  assert.equal(await db.role.count({ where: { personId: person.id } }), 0);
  assert.equal((await revisionsOf(person.id)).length, 0);
});
