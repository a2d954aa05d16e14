import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '../../lib/db';
import '../../lib/testing/factories'; // its guard refuses a non-local database before any write
import { locateQuote } from '../../lib/domain/quote-match';
import * as data from './data';
import { buildSeedRows, readArticles, seedDatabase, stableId } from './seed';

after(() => disconnectDb());

describe('seed data (no database)', () => {
  test('every seeded statement is found verbatim in its source, at the offsets stored for it', async () => {
    const articles = await readArticles();
    const rows = buildSeedRows(data, articles);
    assert.equal(rows.statements.length, data.statements.length);
    for (const statement of rows.statements) {
      const source = rows.sources.find((s) => s.id === statement.sourceId)!;
      assert.notEqual(statement.quoteStart, null, statement.text);
      const span = locateQuote(source.archiveText, statement.text);
      assert.deepEqual(span, { start: statement.quoteStart, end: statement.quoteEnd });
    }
  });

  test('a quote altered by one word is refused', async () => {
    const articles = await readArticles();
    const altered = {
      ...data,
      statements: data.statements.map((s) =>
        s.key === 'trump-defeated-isis' ? { ...s, text: s.text.replace('defeated', 'beaten') } : s,
      ),
    };
    assert.throws(() => buildSeedRows(altered, articles), /trump-defeated-isis/);
  });

  test('claim summaries fit ClaimReview’s 75 characters, and every reference names a record', async () => {
    for (const claim of data.claims) assert.ok(claim.summary.length <= 75, claim.summary);
    const statementKeys = new Set(data.statements.map((s) => s.key));
    for (const claim of data.claims) {
      assert.ok(statementKeys.has(claim.statement), claim.statement);
      for (const counterStatement of claim.counterStatements)
        assert.ok(statementKeys.has(counterStatement.statement), counterStatement.statement);
    }
    const claimSlugs = new Set(data.claims.map((c) => c.slug));
    for (const pair of data.relatedClaims) for (const slug of pair) assert.ok(claimSlugs.has(slug), slug);
  });

  test('related claims are distinct pairs, each stored once', async () => {
    const rows = buildSeedRows(data, await readArticles());
    const keys = rows.relatedClaims.map(({ firstClaimId, secondClaimId }) => {
      assert.ok(firstClaimId < secondClaimId);
      return `${firstClaimId}:${secondClaimId}`;
    });
    assert.equal(new Set(keys).size, data.relatedClaims.length);
  });

  test('stable ids are well-formed UUIDs, the same for the same key and different for another', () => {
    assert.match(stableId('claim', 'a'), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(stableId('claim', 'a'), stableId('claim', 'a'));
    assert.notEqual(stableId('claim', 'a'), stableId('claim', 'b'));
    assert.notEqual(stableId('claim', 'a'), stableId('topic', 'a'));
  });

  test('no source invents an outlet or a URL', async () => {
    const rows = buildSeedRows(data, await readArticles());
    assert.deepEqual(
      rows.sources.map((s) => s.url),
      [null, null, null, null],
    );
    assert.deepEqual(
      rows.sources.map((s) => s.outlet),
      [null, 'RFE/RL', null, 'Dawn'],
    );
  });
});

describe('seeding the database', () => {
  // The test run seeds its database before the tests start; seeding again must change nothing.
  test('running the seed again inserts nothing and changes no row', async () => {
    const snapshot = async () => ({
      claims: await db.claim.findMany({ orderBy: { id: 'asc' }, select: { id: true, updatedAt: true } }),
      statements: await db.statement.findMany({ orderBy: { id: 'asc' }, select: { id: true, updatedAt: true } }),
      counterStatements: await db.counterStatement.count(),
      relatedClaims: await db.relatedClaim.count(),
      sources: await db.source.count(),
    });
    const before = await snapshot();
    const inserted = await seedDatabase(db);
    assert.ok(
      Object.values(inserted).every((count) => count === 0),
      JSON.stringify(inserted),
    );
    assert.deepEqual(await snapshot(), before);
  });

  test('every seeded statement stored in the database is verified against its stored snapshot', async () => {
    const ids = data.statements.map((s) => stableId('statement', s.key));
    const statements = await db.statement.findMany({
      where: { id: { in: ids } },
      select: { text: true, quoteStart: true, quoteEnd: true, source: { select: { archiveText: true } } },
    });
    assert.equal(statements.length, data.statements.length);
    for (const statement of statements) {
      assert.deepEqual(
        locateQuote(statement.source.archiveText, statement.text),
        { start: statement.quoteStart, end: statement.quoteEnd },
        statement.text,
      );
    }
  });

  test('the ISIS claim is answered by France, the United Kingdom and Kurdish officials, each with its source', async () => {
    const claim = await db.claim.findUniqueOrThrow({
      where: { slug: 'trump-we-have-defeated-isis-in-syria' },
      select: {
        statement: { select: { text: true, saidOn: true, speakerPerson: { select: { name: true } } } },
        counterStatements: {
          select: {
            stance: true,
            statement: {
              select: {
                text: true,
                speakerPerson: { select: { name: true } },
                speakerOrganization: { select: { name: true } },
                source: { select: { title: true } },
              },
            },
          },
        },
      },
    });
    assert.equal(
      claim.statement.text,
      'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
    );
    assert.equal(claim.statement.saidOn?.toISOString().slice(0, 10), '2018-12-19');
    const speakers = claim.counterStatements.map(
      (r) => r.statement.speakerPerson?.name ?? r.statement.speakerOrganization?.name,
    );
    for (const expected of ['Florence Parly', 'UK Government', 'Redur Khalil', 'Mustafa Bali'])
      assert.ok(speakers.includes(expected), expected);
    const parly = claim.counterStatements.find((r) =>
      r.statement.text.startsWith('But Islamic State has not been wiped'),
    );
    assert.equal(parly?.stance, 'CONTRADICTS');
    assert.equal(
      parly?.statement.source.title,
      "Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria",
    );
  });
});
