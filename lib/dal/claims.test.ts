import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { countQueries, makeClaim, makeOrganization, makeCounterStatement } from '../testing/factories';
import type { ClaimFilters } from '../validation/claim-filters';
import { CLAIM_PAGE_COUNTER_STATEMENTS } from '../domain/claim-page';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from './claims';
import { rankClaimsForQuery } from './search';

const STANCES = ['CONTRADICTS', 'DISPUTES', 'QUALIFIES', 'SUPPORTS'];

after(() => disconnectDb());

describe('getPublishedClaimBySlugOrNull', () => {
  test('returns a published claim with its counter-statements grouped by country, then organization', async () => {
    const france = await makeOrganization({ countryCode: 'FR' });
    const armedGroup = await makeOrganization({ name: 'Some Armed Group', countryCode: null });
    const claim = await makeClaim({ summary: 'A grouped claim' });
    await makeCounterStatement(claim, { stance: 'QUALIFIES', statement: { organization: france } });
    await makeCounterStatement(claim, { stance: 'CONTRADICTS', statement: { organization: france } });
    await makeCounterStatement(claim, { stance: 'DISPUTES', statement: { organization: armedGroup } });

    const detail = await getPublishedClaimBySlugOrNull(claim.slug);
    assert.ok(detail);
    assert.equal(detail.summary, 'A grouped claim');
    assert.equal(detail.counterStatementCount, 3);
    assert.deepEqual(
      detail.counterStatementGroups.map((group) => [group.label, group.items.map((item) => item.stance)]),
      [
        ['France', ['CONTRADICTS', 'QUALIFIES']],
        ['Some Armed Group', ['DISPUTES']],
      ],
    );
    assert.deepEqual(
      detail.counterStatementsByAffiliation.map((group) => [group.label, group.count]),
      [
        ['France', 2],
        ['Some Armed Group', 1],
      ],
    );
    const quote = detail.counterStatementGroups[0]!.items[0]!.statement;
    assert.equal(quote.verified, true);
    assert.equal(quote.speakerRole, `Spokesperson, ${france.name}`);
  });

  test('hides draft claims and draft counter-statements from readers', async () => {
    const draft = await makeClaim({ status: 'DRAFT' });
    assert.equal(await getPublishedClaimBySlugOrNull(draft.slug), null);

    const claim = await makeClaim();
    await makeCounterStatement(claim, { status: 'DRAFT' });
    const detail = await getPublishedClaimBySlugOrNull(claim.slug);
    assert.equal(detail?.counterStatementCount, 0);
    assert.deepEqual(detail?.counterStatementGroups, []);
  });

  test('returns null for an unknown slug', async () => {
    assert.equal(await getPublishedClaimBySlugOrNull('no-such-claim'), null);
  });

  test('shows a statement that was not found in its source as unverified', async () => {
    const claim = await makeClaim({
      statement: { text: 'Words the source never printed', sourceText: 'Something else entirely.' },
    });
    const detail = await getPublishedClaimBySlugOrNull(claim.slug);
    assert.equal(detail?.claim.verified, false);
  });

  test('runs the same number of queries for 1 counter-statement as for 12 (no N+1)', async () => {
    const organization = await makeOrganization({ countryCode: 'GB' });
    const small = await makeClaim();
    await makeCounterStatement(small, { statement: { organization } });
    const large = await makeClaim();
    for (let i = 0; i < 12; i++)
      await makeCounterStatement(large, {
        statement: { organization: await makeOrganization({ countryCode: i % 2 ? 'FR' : null }) },
      });

    const smallQueries = await countQueries(() => getPublishedClaimBySlugOrNull(small.slug));
    const largeQueries = await countQueries(() => getPublishedClaimBySlugOrNull(large.slug));
    assert.ok(smallQueries > 0);
    assert.equal(largeQueries, smallQueries);
  });
  test('shows the strongest counter-statements first, at most a page of them, and counts them all', async () => {
    const claim = await makeClaim();
    const france = await makeOrganization({ countryCode: 'FR' });
    const supporting = await makeCounterStatement(claim, { stance: 'SUPPORTS', statement: { organization: france } });
    for (let i = 0; i < CLAIM_PAGE_COUNTER_STATEMENTS; i++)
      await makeCounterStatement(claim, { stance: i % 2 ? 'CONTRADICTS' : 'QUALIFIES' });

    const first = await getPublishedClaimBySlugOrNull(claim.slug);
    assert.equal(first?.counterStatementCount, CLAIM_PAGE_COUNTER_STATEMENTS + 1);
    assert.equal(first?.counterStatementsShown, CLAIM_PAGE_COUNTER_STATEMENTS);
    const shownStances = first!.counterStatementGroups.flatMap((group) => group.items.map((item) => item.stance));
    assert.deepEqual(
      shownStances,
      [...shownStances].sort((a, b) => STANCES.indexOf(a) - STANCES.indexOf(b)),
    );
    assert.ok(
      !first!.counterStatementGroups.some((group) => group.items.some((item) => item.id === supporting.id)),
      'the weakest is left for "show all"',
    );
    assert.deepEqual(
      first!.counterStatementsByAffiliation.map(({ label, count }) => [label, count]),
      [
        ['No stated affiliation', CLAIM_PAGE_COUNTER_STATEMENTS],
        ['France', 1],
      ],
    );

    const all = await getPublishedClaimBySlugOrNull(claim.slug, 'all');
    assert.equal(all?.counterStatementsShown, CLAIM_PAGE_COUNTER_STATEMENTS + 1);
    assert.ok(all!.counterStatementGroups.some((group) => group.items.some((item) => item.id === supporting.id)));
  });
});

describe('findPublishedClaims', () => {
  const slugsOf = async (filters: ClaimFilters, pageSize = 500) =>
    (await findPublishedClaims(filters, pageSize)).claims.map((claim) => claim.slug);

  test('lists published claims only, with counter-statement counts', async () => {
    const published = await makeClaim();
    await makeCounterStatement(published);
    await makeCounterStatement(published, { status: 'DRAFT' });
    const draft = await makeClaim({ status: 'DRAFT' });
    const claims = new Map((await findPublishedClaims({}, 500)).claims.map((claim) => [claim.slug, claim]));
    assert.equal(claims.get(published.slug)?.counterStatementCount, 1);
    assert.equal(claims.has(draft.slug), false);
  });

  test('sorts newest or oldest by the date the claim was made', async () => {
    const older = await makeClaim({ statement: { saidOn: new Date('1990-01-01') } });
    const newer = await makeClaim({ statement: { saidOn: new Date('1990-01-02') } });
    const newest = await slugsOf({ sort: 'newest' });
    assert.ok(newest.indexOf(newer.slug) < newest.indexOf(older.slug));
    const oldest = await slugsOf({ sort: 'oldest' });
    assert.ok(oldest.indexOf(older.slug) < oldest.indexOf(newer.slug));
  });

  test('most-rebutted orders by published counter-statements and leaves out unanswered claims', async () => {
    const many = await makeClaim();
    for (let i = 0; i < 25; i++) await makeCounterStatement(many);
    const unanswered = await makeClaim();
    const top = (await findPublishedClaims({ sort: 'most-rebutted', rebutted: 'yes' }, 500)).claims;
    // Other tests' claims share the database: prove the order, not who is first.
    const counts = top.map((claim) => claim.counterStatementCount);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    assert.equal(top.find((claim) => claim.slug === many.slug)?.counterStatementCount, 25);
    assert.equal(
      top.some((claim) => claim.slug === unanswered.slug),
      false,
    );
    assert.ok((await slugsOf({ rebutted: 'no' })).includes(unanswered.slug));
  });

  test('filters by the organization or country of the counter-statements', async () => {
    const france = await makeOrganization({ countryCode: 'FR' });
    const spokespeople = await makeOrganization({ countryCode: 'GB' });
    const answeredByFrance = await makeClaim();
    await makeCounterStatement(answeredByFrance, { statement: { organization: france } });
    const answeredByUkSpokesperson = await makeClaim();
    await makeCounterStatement(answeredByUkSpokesperson, {
      statement: { organization: spokespeople, asOrganization: true },
    });

    assert.deepEqual(await slugsOf({ org: france.slug }), [answeredByFrance.slug]);
    assert.deepEqual(await slugsOf({ org: spokespeople.slug }), [answeredByUkSpokesperson.slug]);
    const gb = await slugsOf({ country: 'GB' });
    assert.ok(gb.includes(answeredByUkSpokesperson.slug) && !gb.includes(answeredByFrance.slug));
  });

  test('filters by claimant, topic, verdict and date range, combined', async () => {
    const claim = await makeClaim({ verdict: 'MOSTLY_TRUE', statement: { saidOn: new Date('1995-06-15') } });
    const statement = await db.statement.findUniqueOrThrow({
      where: { id: claim.statementId },
      select: { speakerPerson: { select: { slug: true } } },
    });
    const topic = await db.topic.create({ data: { slug: `topic-${claim.slug}`, name: 'Test topic' } });
    await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });

    const person = statement.speakerPerson!.slug;
    assert.deepEqual(
      await slugsOf({ person, topic: topic.slug, verdict: 'MOSTLY_TRUE', from: '1995-06-01', to: '1995-06-30' }),
      [claim.slug],
    );
    assert.deepEqual(await slugsOf({ person, verdict: 'FALSE' }), []);
    assert.deepEqual(await slugsOf({ person, from: '1995-06-16' }), []);
    assert.deepEqual(await slugsOf({ topic: topic.slug, to: '1995-06-14' }), []);
  });

  test('pages by cursor without skipping or repeating, even when a claim is added meanwhile', async () => {
    const topic = await db.topic.create({ data: { slug: `paging-${Date.now()}`, name: 'Paging' } });
    const tagged = async (saidOn: string) => {
      const claim = await makeClaim({ statement: { saidOn: new Date(saidOn) } });
      await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
      return claim.slug;
    };
    const expected = [];
    for (let day = 1; day <= 7; day++) expected.push(await tagged(`1980-01-0${day}`));
    expected.reverse(); // newest first

    const first = await findPublishedClaims({ topic: topic.slug }, 3);
    assert.deepEqual(
      first.claims.map((claim) => claim.slug),
      expected.slice(0, 3),
    );
    await tagged('1980-02-01'); // newer than everything: belongs before page 1, must not shift page 2
    const second = await findPublishedClaims({ topic: topic.slug, cursor: first.nextCursor }, 3);
    assert.deepEqual(
      second.claims.map((claim) => claim.slug),
      expected.slice(3, 6),
    );
    const third = await findPublishedClaims({ topic: topic.slug, cursor: second.nextCursor }, 3);
    assert.deepEqual(
      third.claims.map((claim) => claim.slug),
      expected.slice(6),
    );
    assert.equal(third.nextCursor, undefined);
  });

  test('a forged or foreign cursor gives the first page, not an error', async () => {
    const first = await slugsOf({}, 3);
    assert.deepEqual(await slugsOf({ cursor: 'not-a-cursor' }, 3), first);
    assert.deepEqual(await slugsOf({ cursor: Buffer.from('{"claimedOn":"x"}').toString('base64url') }, 3), first);
  });

  test('search ranks words, typos and names, and pages through the ranked results', async () => {
    const claim = await makeClaim({
      summary: 'Zanzibarian ferries are faster than ever',
      statement: { text: 'Our ferries cross in ninety minutes' },
    });
    const counterStatement = await makeCounterStatement(claim, {
      statement: { text: 'The crossing takes three hours' },
    });
    const rebutter = await db.statement.findUniqueOrThrow({
      where: { id: counterStatement.statementId },
      select: { speakerPerson: { select: { name: true } } },
    });

    assert.equal((await slugsOf({ q: 'zanzibarian ferry' }))[0], claim.slug); // stemmed: ferries -> ferry
    assert.equal((await slugsOf({ q: 'Zanzibarien' }))[0], claim.slug); // a typo
    assert.ok((await slugsOf({ q: 'crossing takes three hours' })).includes(claim.slug)); // a counter-statement's words
    assert.ok((await slugsOf({ q: rebutter.speakerPerson!.name })).includes(claim.slug)); // who answered
    const page = await findPublishedClaims({ q: 'ferries zanzibarian' }, 1);
    assert.equal(page.claims[0]?.slug, claim.slug);
  });

  // The seed's words, misspelt as readers do.
  test('search forgives a swapped, missing, doubled or wrong letter, and two typos in a long word', async () => {
    const caliphate = 'trump-100-percent-of-the-caliphate';
    for (const q of ['calipahte', 'caliphte', 'calliphate', 'kaliphat', 'Kaliphat']) {
      assert.equal((await slugsOf({ q }))[0], caliphate, q);
    }
    // Six letters share too few trigrams with "turkey" to be proposed by similarity alone.
    assert.ok((await slugsOf({ q: 'Trukey' })).includes('putin-russia-turkey-actively-cooperate-on-syria'));
    // Three typos are too many even for a long word.
    assert.ok(!(await slugsOf({ q: 'kalipahtte' })).includes(caliphate));
    // Words taken as spelled (article intake's) are not corrected.
    const claimIds = async (correctSpelling: boolean) =>
      (await rankClaimsForQuery('calipahte', { correctSpelling })).map((ranked) => ranked.claimId);
    const { id } = await db.claim.findUniqueOrThrow({ where: { slug: caliphate }, select: { id: true } });
    assert.ok((await claimIds(true)).includes(id));
    assert.ok(!(await claimIds(false)).includes(id));
  });

  // 'q' because factory rows carry random hex, which a run of 'a's could trigram-match.
  test('search survives hostile or empty input with results or an empty result, never an error', async () => {
    for (const q of ['!!!', '<script>alert(1)</script>', '%_%', '\\', 'q'.repeat(200)]) {
      assert.deepEqual(await slugsOf({ q }), [], q);
    }
    // SQL is searched for as words ("drop", "table", "claims"), never run.
    await slugsOf({ q: "'); DROP TABLE claims; --" });
    assert.ok((await db.claim.count()) > 0);
  });
});
