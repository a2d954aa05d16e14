import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { disconnectDb } from '../db';
import { encodeCursor } from '../domain/cursor';
import { routeParams } from '../route-params';
import { makeClaim, makeTopic } from '../testing/factories';
import { anyInputText, anyIsoDay, anyJson, anyText } from '../testing/arbitraries';
import { HOSTILE_CURSORS } from '../testing/hostile-inputs';
import { CLAIM_SORTS, parseClaimFilters } from '../validation/claim-filters';
import { parsePageCursor } from '../validation/page-cursor';
import { MAX_INT4 } from '../validation/storable';
import { listCorrections } from './claim-history';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from './claims';
import { findOrganizations, getOrganizationProfileOrNull } from './organizations';
import { findPeople, getPersonProfileOrNull } from './people';
import { rankClaimsForQuery } from './search';
import { findTopics, getTopicProfileOrNull, getTopicTimeline } from './topics';

// What a reader's URL carries, run through the parsers and on into real queries: whatever the
// parsers let through, PostgreSQL must be able to run (issue 11: a NUL byte, the year 0000 or a
// count past int4 used to fail the query and the page with it). Few runs each: every run is a query.

after(() => disconnectDb());

const RUNS = { numRuns: 25 };

test('the search runs for any query the claim filters accept', async () => {
  await makeClaim({ summary: 'A claim to search for' });
  await fc.assert(
    fc.asyncProperty(fc.oneof(anyInputText, anyText(300)), async (text) => {
      const { q } = parseClaimFilters({ q: text });
      if (q) assert.ok(Array.isArray(await rankClaimsForQuery(q)));
    }),
    RUNS,
  );
});

test('the claim list runs for any filters and cursor the page accepts', async () => {
  const name = fc.constantFrom(
    'q',
    'person',
    'org',
    'country',
    'topic',
    'verdict',
    'from',
    'to',
    'rebutted',
    'sort',
    'cursor',
  );
  const params = fc.dictionary(
    name,
    fc.oneof(anyInputText, anyIsoDay, fc.constantFrom(...CLAIM_SORTS, ...HOSTILE_CURSORS)),
  );
  await fc.assert(
    fc.asyncProperty(params, async (searchParams) => {
      assert.ok(Array.isArray((await findPublishedClaims(parseClaimFilters(searchParams))).claims));
    }),
    RUNS,
  );
});

/** Cursors of every list's shape with values at and past their edges, and ones that are not ours. */
const anyCursor = fc.oneof(
  fc.constantFrom(...HOSTILE_CURSORS),
  anyText(40),
  anyJson.map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc
    .record({
      claimedOn: fc.oneof(anyIsoDay, fc.constantFrom('1000-01-01', '9999-12-31')),
      counterStatementCount: fc.constantFrom(0, MAX_INT4, MAX_INT4 + 1, 2 ** 40, -1),
      saidOn: fc.oneof(anyIsoDay, fc.constant(null)),
      createdAt: fc.constantFrom('1000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '0000-01-01T00:00:00Z'),
      name: anyText(30),
      id: fc.uuid(),
    })
    .chain((full) =>
      fc
        .subarray(Object.keys(full))
        .map((keys) => Object.fromEntries(keys.map((key) => [key, full[key as keyof typeof full]]))),
    )
    .map(encodeCursor),
);

test('every paged list runs for any cursor a URL carries', async () => {
  const topic = await makeTopic();
  await fc.assert(
    fc.asyncProperty(anyCursor, fc.constantFrom(...CLAIM_SORTS), async (text, sort) => {
      const cursor = parsePageCursor({ cursor: text });
      await findPeople({ cursor });
      await findOrganizations({ cursor });
      await findTopics({ cursor });
      await listCorrections({ cursor });
      assert.ok(await getTopicTimeline(topic.slug, cursor));
      await findPublishedClaims(parseClaimFilters({ cursor: text, sort }));
    }),
    { numRuns: 15 },
  );
});

test('every record page runs for any path segment the route accepts', async () => {
  await fc.assert(
    fc.asyncProperty(anyInputText, async (slug) => {
      const params = await routeParams(Promise.resolve({ slug }));
      if (!params) return;
      await getPersonProfileOrNull(params.slug);
      await getOrganizationProfileOrNull(params.slug);
      await getTopicProfileOrNull(params.slug);
      await getPublishedClaimBySlugOrNull(params.slug);
    }),
    RUNS,
  );
});
