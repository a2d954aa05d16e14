import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { countQueries, makeClaim, makeOrganization, makePerson, makeCounterStatement } from '../testing/factories';
import { findPeople, getPersonProfileOrNull, PERSON_LIST_LENGTH, type PersonSummary } from './people';

after(() => disconnectDb());

/** Every person on the index, walking it page by page as a reader would. */
async function walkPeopleIndex(pageSize: number): Promise<PersonSummary[]> {
  const people: PersonSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await findPeople({ cursor }, pageSize);
    people.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return people;
}

describe('findPeople', () => {
  test('lists people who said something in public, with their counts, and nobody else', async () => {
    const claimant = await makePerson();
    await makeClaim({ statement: { person: claimant } });
    await makeClaim({ statement: { person: claimant } });
    const answerer = await makePerson();
    await makeCounterStatement(await makeClaim(), { statement: { person: answerer } });
    const onlyInDrafts = await makePerson();
    await makeClaim({ status: 'DRAFT', statement: { person: onlyInDrafts } });
    await makeCounterStatement(await makeClaim(), { status: 'DRAFT', statement: { person: onlyInDrafts } });
    await makeCounterStatement(await makeClaim({ status: 'DRAFT' }), { statement: { person: onlyInDrafts } });
    const silent = await makePerson();

    const listed = new Map((await walkPeopleIndex(500)).map((person) => [person.slug, person]));
    assert.deepEqual(listed.get(claimant.slug), {
      slug: claimant.slug,
      name: claimant.name,
      description: claimant.description,
      claimCount: 2,
      answerCount: 0,
    });
    assert.equal(listed.get(answerer.slug)?.answerCount, 1);
    assert.equal(listed.has(onlyInDrafts.slug), false);
    assert.equal(listed.has(silent.slug), false);
  });

  test('pages by name without skipping or repeating anyone', async () => {
    const shared = `Aaron Paging ${randomUUID()}`;
    for (const name of [shared, shared, `Zoe Paging ${randomUUID()}`])
      await makeClaim({ statement: { person: await makePerson({ name }) } });
    const whole = await walkPeopleIndex(1000);
    const paged = await walkPeopleIndex(2);
    assert.deepEqual(
      paged.map((person) => person.slug),
      whole.map((person) => person.slug),
    );
    assert.equal(new Set(paged.map((person) => person.slug)).size, paged.length);
    const names = paged.map((person) => person.name);
    assert.equal(names.filter((name) => name === shared).length, 2);
  });

  test('a forged cursor gives the first page', async () => {
    const first = await findPeople({}, 3);
    assert.deepEqual((await findPeople({ cursor: 'forged' }, 3)).items, first.items);
  });
});

describe('getPersonProfileOrNull', () => {
  test('returns roles in order, a scorecard, published claims and answers only', async () => {
    const person = await makePerson({ name: 'Profiled Person' });
    await db.person.update({ where: { id: person.id }, data: { wikidataId: `Q${Date.now()}` } });
    const ministry = await makeOrganization({ name: 'Ministry of Tests', countryCode: 'FR' });
    await db.role.create({
      data: {
        personId: person.id,
        organizationId: ministry.id,
        title: 'Minister',
        startDate: new Date('2017-06-21'),
        endDate: new Date('2022-05-20'),
      },
    });
    await db.role.create({
      data: {
        personId: person.id,
        title: 'Deputy',
        startDate: new Date('2012-01-01'),
        endDate: new Date('2017-06-20'),
      },
    });

    const older = await makeClaim({ verdict: 'MIXED', statement: { person, saidOn: new Date('2018-01-01') } });
    const newer = await makeClaim({ verdict: 'FALSE', statement: { person, saidOn: new Date('2019-01-01') } });
    await makeClaim({ status: 'DRAFT', verdict: 'TRUE', statement: { person } });
    const answered = await makeClaim({ summary: 'A claim they answered' });
    const answer = await makeCounterStatement(answered, {
      stance: 'DISPUTES',
      statement: { person, organization: ministry },
    });
    await makeCounterStatement(await makeClaim(), { status: 'DRAFT', statement: { person } });
    await makeCounterStatement(await makeClaim({ status: 'DRAFT' }), { statement: { person } });

    const profile = await getPersonProfileOrNull(person.slug);
    assert.ok(profile);
    assert.equal(profile.name, 'Profiled Person');
    assert.match(profile.wikidataUrl ?? '', /^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
    // The factories' undated "Spokesperson" roles come after the dated ones.
    assert.deepEqual(
      profile.roles
        .slice(0, 2)
        .map((role) => [role.title, role.organization?.name ?? null, role.from?.iso, role.to?.iso]),
      [
        ['Deputy', null, '2012-01-01', '2017-06-20'],
        ['Minister', 'Ministry of Tests', '2017-06-21', '2022-05-20'],
      ],
    );
    assert.deepEqual(profile.claimsByVerdict, [
      { key: 'FALSE', count: 1 },
      { key: 'MIXED', count: 1 },
    ]);
    assert.deepEqual(profile.answersByStance, [{ key: 'DISPUTES', count: 1 }]);
    assert.deepEqual(
      profile.claims.claims.map((claim) => claim.slug),
      [newer.slug, older.slug],
    );
    assert.equal(profile.claims.nextCursor, undefined);
    assert.equal(profile.counterStatements.items.length, 1);
    const [item] = profile.counterStatements.items;
    assert.equal(item!.statement.speakerHref, `/people/${person.slug}`);
    assert.deepEqual(item!.counterStatements, [
      {
        counterStatementId: answer.id,
        stance: 'DISPUTES',
        claim: { slug: answered.slug, summary: 'A claim they answered', counterStatementCount: 1 },
      },
    ]);
  });

  test('a person with nothing published has an empty page, not drafts', async () => {
    const person = await makePerson();
    await makeClaim({ status: 'DRAFT', statement: { person } });
    const profile = await getPersonProfileOrNull(person.slug);
    assert.deepEqual(
      [profile?.claims.claims, profile?.claimsByVerdict, profile?.counterStatements.items],
      [[], [], []],
    );
  });

  test('returns null for an unknown slug', async () => {
    assert.equal(await getPersonProfileOrNull('no-such-person'), null);
  });

  test('runs the same number of queries for 1 claim and answer as for many, and caps both lists', async () => {
    const quiet = await makePerson();
    await makeClaim({ statement: { person: quiet } });
    await makeCounterStatement(await makeClaim(), {
      statement: { person: quiet, organization: await makeOrganization() },
    });

    const prolific = await makePerson();
    const target = await makeClaim();
    for (let i = 0; i <= PERSON_LIST_LENGTH; i++) {
      const organization = await makeOrganization({ countryCode: i % 2 ? 'GB' : null });
      await makeClaim({ verdict: i % 2 ? 'FALSE' : 'MIXED', statement: { person: prolific, organization } });
      await makeCounterStatement(i % 3 ? target : await makeClaim(), {
        stance: i % 2 ? 'CONTRADICTS' : 'QUALIFIES',
        statement: { person: prolific, organization },
      });
    }

    const quietQueries = await countQueries(() => getPersonProfileOrNull(quiet.slug));
    const prolificQueries = await countQueries(() => getPersonProfileOrNull(prolific.slug));
    assert.ok(quietQueries > 0);
    assert.equal(prolificQueries, quietQueries);

    const profile = await getPersonProfileOrNull(prolific.slug);
    assert.equal(profile?.claims.claims.length, PERSON_LIST_LENGTH);
    assert.ok(profile?.claims.nextCursor);
    assert.equal(profile?.counterStatements.items.length, PERSON_LIST_LENGTH);
    assert.equal(profile?.counterStatements.hasMore, true);
  });
});
