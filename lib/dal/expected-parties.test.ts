import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { claimTag } from '../cache/tags';
import { parseIsoDay } from '../domain/dates';
import { FieldError, ForbiddenError, InvalidError, UnauthenticatedError } from '../errors';
import { makeClaim, makeCounterStatement, makeOrganization, makeUser } from '../testing/factories';
import { refusalOf } from '../testing/refusals';
import {
  addExpectedParty,
  getExpectedPartiesForEdit,
  getPublishedExpectedPartiesOrNull,
  MAX_EXPECTED_PARTIES,
  removeExpectedParty,
} from './expected-parties';

after(() => disconnectDb());

const claimedOn = parseIsoDay('2018-12-19');
const newYear = parseIsoDay('2019-01-01');

test('who has answered and who is silent: a government answered through its country, only published answers count', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim({ statement: { saidOn: claimedOn } });
  const [government, ministry, silent, draftOnly] = [
    await makeOrganization({ name: 'Aa Government', countryCode: 'FR' }),
    await makeOrganization({ name: 'Aa Ministry', countryCode: 'FR' }),
    await makeOrganization({ name: 'Bb Government', countryCode: 'DE' }),
    await makeOrganization({ name: 'Cc Forces' }),
  ];
  // The ministry of the government's country answers the next day; the forces only in a draft.
  await makeCounterStatement(claim, { statement: { organization: ministry, saidOn: parseIsoDay('2018-12-20') } });
  await makeCounterStatement(claim, { status: 'DRAFT', statement: { organization: draftOnly, saidOn: claimedOn } });
  for (const organization of [government, silent, draftOnly]) {
    await addExpectedParty({ claimId: claim.id, organizationId: organization.id }, editor);
  }
  const parties = await getPublishedExpectedPartiesOrNull(claim.id, newYear);
  assert.deepEqual(
    parties?.answered.map((party) => [party.organization.name, party.partyLabel, party.delay?.label]),
    [['Aa Government', 'France', '1 day']],
  );
  assert.deepEqual(
    parties?.notAnswered.map((organization) => organization.name),
    ['Bb Government', 'Cc Forces'],
  );
  assert.equal(parties?.sinceClaim?.label, '13 days');
});

test('a claim with no expected party, or not published: nothing to say', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  assert.equal(await getPublishedExpectedPartiesOrNull((await makeClaim()).id, newYear), null);
  const draft = await makeClaim({ status: 'DRAFT' });
  await addExpectedParty({ claimId: draft.id, organizationId: (await makeOrganization()).id }, editor);
  assert.equal(await getPublishedExpectedPartiesOrNull(draft.id, newYear), null);
  assert.equal((await getExpectedPartiesForEdit(draft.id, editor)).length, 1);
});

test('an editor adds and removes a party: each with its audit event, the claim invalidated', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const organization = await makeOrganization();
  const input = { claimId: claim.id, organizationId: organization.id };
  assert.deepEqual((await addExpectedParty(input, editor)).invalidates, [claimTag(claim.id)]);
  assert.deepEqual(await getExpectedPartiesForEdit(claim.id, editor), [
    { id: organization.id, name: organization.name },
  ]);
  const twice = await refusalOf(addExpectedParty(input, editor), InvalidError);
  assert.equal(twice.field, 'organizationId');
  assert.deepEqual((await removeExpectedParty(input, editor)).invalidates, [claimTag(claim.id)]);
  assert.deepEqual(await getExpectedPartiesForEdit(claim.id, editor), []);
  await refusalOf(removeExpectedParty(input, editor), InvalidError);
  const events = await db.auditEvent.findMany({
    where: { actorId: editor.id, kind: { in: ['EXPECTED_PARTY_ADDED', 'EXPECTED_PARTY_REMOVED'] } },
    orderBy: { createdAt: 'asc' },
    select: { kind: true, detail: true },
  });
  const detail = { claim: claim.slug, organization: organization.slug };
  assert.deepEqual(events, [
    { kind: 'EXPECTED_PARTY_ADDED', detail },
    { kind: 'EXPECTED_PARTY_REMOVED', detail },
  ]);
});

test('signed out or a contributor: refused, nothing written; an unknown organization refused next to the picker', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const claim = await makeClaim();
  const input = { claimId: claim.id, organizationId: (await makeOrganization()).id };
  await refusalOf(addExpectedParty(input, null), UnauthenticatedError);
  await refusalOf(addExpectedParty(input, contributor), ForbiddenError);
  await refusalOf(getExpectedPartiesForEdit(claim.id, contributor), ForbiddenError);
  assert.equal(await db.expectedParty.count({ where: { claimId: claim.id } }), 0);
  const editor = await makeUser({ role: 'EDITOR' });
  await addExpectedParty(input, editor);
  await refusalOf(removeExpectedParty(input, contributor), ForbiddenError);
  assert.equal(await db.expectedParty.count({ where: { claimId: claim.id } }), 1);
  const unknown = await refusalOf(
    addExpectedParty({ claimId: claim.id, organizationId: '00000000-0000-7000-8000-000000000000' }, editor),
    FieldError,
  );
  assert.equal(unknown.field, 'organizationId');
});

test('a claim lists at most MAX_EXPECTED_PARTIES: one more is refused next to the picker', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const organizations = await Promise.all(Array.from({ length: MAX_EXPECTED_PARTIES + 1 }, () => makeOrganization()));
  await db.expectedParty.createMany({
    data: organizations.slice(1).map((organization) => ({ claimId: claim.id, organizationId: organization.id })),
  });
  const refused = await refusalOf(
    addExpectedParty({ claimId: claim.id, organizationId: organizations[0]!.id }, editor),
    InvalidError,
  );
  assert.equal(refused.field, 'organizationId');
  assert.match(refused.message, /remove one first/);
});
