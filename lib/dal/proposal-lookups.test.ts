import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import type { Actor } from '../auth/permissions';
import { db, disconnectDb } from '../db';
import { sha256Hex } from '../domain/archive';
import { AppError, type AppErrorCode } from '../errors';
import { makeClaim, makeOrganization, makePerson, makeSource, makeUser } from '../testing/factories';
import { proposalForm } from '../testing/proposal-form';
import { counterStatementSchema } from '../validation/counter-statements';
import { proposeCounterStatement } from './counter-statements';
import {
  getProposableSourceOrThrow,
  listProposableRoles,
  LOOKUP_LIMIT,
  lookUpClaims,
  lookUpOrganizations,
  lookUpPeople,
  lookUpSources,
} from './proposal-lookups';
import { rejectSubmission } from './submissions';

const request = { ip: '192.0.2.46', userAgent: 'test' };

after(() => disconnectDb());

const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
/** A UUIDv7 for the instant `milliseconds` (48 bits of Unix time in milliseconds, then random bits). */
function uuidV7At(milliseconds: number): string {
  const time = milliseconds.toString(16).padStart(12, '0');
  const random = randomUUID().replaceAll('-', ''); // a v4: its variant bits (position 16) suit a v7 too
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(13, 16)}-${random.slice(16, 20)}-${random.slice(20)}`;
}
/** A word no other row of the test database holds, so that a lookup finds this test's rows only. */
const marker = () => `mk${randomUUID().slice(0, 8)}`;

/** A contributor's proposal naming a new person, with a new role and a new source: all three await review. */
async function submitWithNewRows(contributor: Actor, word: string) {
  const claim = await makeClaim();
  const input = counterStatementSchema.parse({
    ...proposalForm(randomUUID()),
    newPersonName: `Pending ${word}`,
    roleTitle: `Envoy ${word}`,
    sourceTitle: `Pending report ${word}`,
  });
  const { counterStatementId } = await proposeCounterStatement({ claimSlug: claim.slug, input }, contributor, request);
  const statement = await db.statement.findFirstOrThrow({
    where: { counterStatements: { some: { id: counterStatementId } } },
  });
  return {
    counterStatementId,
    personId: statement.speakerPersonId!,
    roleId: statement.roleId!,
    sourceId: statement.sourceId,
  };
}

test('a visitor is refused every lookup', async () => {
  const person = await makePerson();
  const source = await makeSource();
  await assert.rejects(lookUpPeople('a', null), isAppError('unauthenticated'));
  await assert.rejects(lookUpOrganizations('a', null), isAppError('unauthenticated'));
  await assert.rejects(lookUpSources('a', null), isAppError('unauthenticated'));
  await assert.rejects(listProposableRoles(person.id, null), isAppError('unauthenticated'));
  await assert.rejects(getProposableSourceOrThrow(source.id, null), isAppError('unauthenticated'));
});

test('people: every word must match, names that start with the query come first, then a later word, at most ten', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const word = marker();
  // Made in the reverse of the expected order, so that neither creation nor name order explains it.
  const inside = await makePerson({ name: `Aaron X${word} Inside` });
  const laterWord = await makePerson({ name: `Aaron ${word} Later` });
  const prefix = await makePerson({ name: `${word} Zed Prefix` });
  assert.deepEqual(
    (await lookUpPeople(word.toUpperCase(), contributor)).map((option) => option.id),
    [prefix.id, laterWord.id, inside.id],
  );
  assert.deepEqual(
    (await lookUpPeople(`later ${word}`, contributor)).map((option) => option.id),
    [laterWord.id],
  );
  assert.deepEqual(await lookUpPeople('   ', contributor), []);
  // LIKE's wildcards are taken literally.
  assert.deepEqual(await lookUpPeople(`${word}%`, contributor), []);
  for (let index = 0; index < LOOKUP_LIMIT + 2; index += 1) await makePerson({ name: `Many ${word} ${index}` });
  assert.equal((await lookUpPeople(`many ${word}`, contributor)).length, LOOKUP_LIMIT);
});

test("a contributor finds their own people, roles and sources awaiting review, not another contributor's; an editor finds both", async () => {
  const author = await makeUser({ role: 'CONTRIBUTOR' });
  const stranger = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const word = marker();
  const pending = await submitWithNewRows(author, word);

  const [own] = await lookUpPeople(word, author);
  assert.equal(own?.id, pending.personId);
  assert.match(own?.detail ?? '', /awaiting review/);
  assert.deepEqual(await lookUpPeople(word, stranger), []);
  assert.equal((await lookUpPeople(word, editor))[0]?.id, pending.personId);

  assert.deepEqual(
    (await lookUpSources(word, author)).map((option) => option.id),
    [pending.sourceId],
  );
  assert.deepEqual(await lookUpSources(word, stranger), []);
  assert.deepEqual(
    (await lookUpSources(word, editor)).map((option) => option.id),
    [pending.sourceId],
  );
  assert.match((await getProposableSourceOrThrow(pending.sourceId, author)).archiveText, /we {2}will not/);
  await assert.rejects(getProposableSourceOrThrow(pending.sourceId, stranger), isAppError('not_found'));

  assert.deepEqual(
    (await listProposableRoles(pending.personId, author)).map((role) => role.id),
    [pending.roleId],
  );
  await assert.rejects(listProposableRoles(pending.personId, stranger), isAppError('not_found'));

  // Rejected, the rows are no one's to use any more.
  await rejectSubmission(
    { kind: 'counterStatement', id: pending.counterStatementId, note: 'Not a real source.' },
    editor,
    request,
  );
  assert.deepEqual(await lookUpPeople(word, author), []);
  assert.deepEqual(await lookUpSources(word, author), []);
  assert.deepEqual(await lookUpSources(word, editor), []);
});

test("a published person's roles: their own pending role shows for its author only", async () => {
  const author = await makeUser({ role: 'CONTRIBUTOR' });
  const stranger = await makeUser({ role: 'CONTRIBUTOR' });
  const organization = await makeOrganization();
  const person = await makePerson();
  const published = await db.role.create({
    data: {
      personId: person.id,
      title: 'Minister',
      organizationId: organization.id,
      startDate: new Date('2019-01-01'),
    },
  });
  const claim = await makeClaim();
  const source = await makeSource(`Text. "We will not sign it ${marker()}," she said.`);
  const input = counterStatementSchema.parse({
    ...proposalForm(randomUUID()),
    speakerKind: 'person',
    personId: person.id,
    roleId: 'new',
    roleTitle: 'Envoy',
    sourceChoice: 'existing',
    sourceId: source.id,
    sourceText: '',
    quote: 'We will not sign it',
  });
  await proposeCounterStatement({ claimSlug: claim.slug, input }, author, request);
  assert.deepEqual(
    (await listProposableRoles(person.id, author)).map((role) => role.label),
    [`Minister, ${organization.name}`, 'Envoy'],
  );
  assert.deepEqual(
    (await listProposableRoles(person.id, stranger)).map((role) => ({ id: role.id, label: role.label })),
    [{ id: published.id, label: `Minister, ${organization.name}` }],
  );
  await assert.rejects(listProposableRoles('not-a-uuid', author), isAppError('not_found'));
  await assert.rejects(listProposableRoles(randomUUID(), author), isAppError('not_found'));
});

test('sources are found by a word of their outlet, title or URL, every word matching, newest on record first', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const word = marker();
  // Ids are UUIDv7, whose order is the order the sources were recorded in: each source gets the id
  // it would have had a millisecond after the one before, rather than waiting for the clock.
  const recordedAt = Date.now();
  let recorded = 0;
  const source = async (fields: {
    outlet: string | null;
    title: string | null;
    url: string | null;
    publishedOn?: Date;
  }) => {
    const archiveText = `Archive ${randomUUID()}`;
    return db.source.create({
      data: {
        id: uuidV7At(recordedAt + recorded++),
        kind: 'NEWS_ARTICLE',
        ...fields,
        archiveText,
        archiveSha256: sha256Hex(archiveText),
      },
    });
  };
  const older = await source({ outlet: `Outlet ${word}`, title: 'A title', url: null });
  const byTitle = await source({ outlet: 'Other', title: `Minister speaks ${word}`, url: null });
  const byUrl = await source({
    outlet: null,
    title: null,
    url: `https://example.org/${word}/minister`,
    publishedOn: new Date('2019-01-04'),
  });
  assert.deepEqual(
    (await lookUpSources(word, contributor)).map((option) => option.id),
    [byUrl.id, byTitle.id, older.id],
  );
  assert.deepEqual(
    (await lookUpSources(`minister ${word}`, contributor)).map((option) => option.id),
    [byUrl.id, byTitle.id],
  );
  const [shown] = await lookUpSources(`${word}/minister`, contributor);
  assert.deepEqual(shown, { id: byUrl.id, label: byUrl.url, detail: `4 January 2019, ${byUrl.url}` });
  // The list never carries the archived text; the chosen source does.
  assert.equal('archiveText' in shown!, false);
  assert.equal((await getProposableSourceOrThrow(byUrl.id, contributor)).archiveText, byUrl.archiveText);
  await assert.rejects(getProposableSourceOrThrow('x', contributor), isAppError('not_found'));
});

test('organizations are found by name, those that start with the query first', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const word = marker();
  const later = await makeOrganization({ name: `Ministry of ${word}`, countryCode: 'FR' });
  const prefix = await makeOrganization({ name: `${word} Council` });
  const options = await lookUpOrganizations(word, editor);
  assert.deepEqual(
    options.map((option) => option.id),
    [prefix.id, later.id],
  );
  assert.equal(options[1]?.detail, 'Government, FR');
});

test('claims are found by words of their summary, published ones only, named by their slug', async () => {
  const marker = randomUUID().slice(0, 8);
  const speaker = await makePerson({ name: `Speaker ${marker}` });
  const published = await makeClaim({ summary: `Relatable ${marker} claim`, statement: { person: speaker } });
  await makeClaim({ summary: `Relatable ${marker} draft`, status: 'DRAFT' });
  const editor = await makeUser({ role: 'EDITOR' });
  assert.deepEqual(await lookUpClaims(`${marker} relatable`, editor), [
    { id: published.slug, label: published.summary, detail: speaker.name },
  ]);
});
