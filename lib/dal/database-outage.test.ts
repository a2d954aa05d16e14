import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NextRequest } from 'next/server';
import pg from 'pg';
import type { ServiceUnavailableError as ServiceUnavailable } from '../errors';
import { startDatabaseRelay, type DatabaseRelay } from '../testing/database-relay';

// A write while the database server goes away, through the real DAL and Prisma client: the caller
// gets a ServiceUnavailableError (which every form and route handler maps), and nothing is
// half-written. The app's client reaches the database through a relay this test can cut; what is in
// the database is checked beside it, on a connection of its own. An embedded database has no
// connection to lose: the test needs PostgreSQL.
const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs PostgreSQL (DATABASE_URL): an embedded database cannot be unreachable';

let relay: DatabaseRelay;
let direct: pg.Client;
// Loaded once DATABASE_URL points at the relay: lib/env reads it when first imported.
let dal: {
  updateClaim: typeof import('./claim-edits').updateClaim;
  makeClaim: typeof import('../testing/factories').makeClaim;
  makeUser: typeof import('../testing/factories').makeUser;
  ServiceUnavailableError: typeof ServiceUnavailable;
  disconnectDb: () => Promise<void>;
  noScriptFormPostResponse: typeof import('../proxy/database-outage').noScriptFormPostResponse;
  editorPageOutageResponse: typeof import('../proxy/database-outage').editorPageOutageResponse;
  editorPageRefusal: typeof import('../proxy/editor-page-gate').editorPageRefusal;
  SESSION_COOKIE: string;
};

before(async () => {
  if (!databaseUrl) return;
  relay = await startDatabaseRelay(databaseUrl);
  process.env.DATABASE_URL = relay.url;
  const [
    { updateClaim },
    { makeClaim, makeUser },
    { ServiceUnavailableError },
    { disconnectDb },
    { noScriptFormPostResponse, editorPageOutageResponse },
    { editorPageRefusal },
    { SESSION_COOKIE },
  ] = await Promise.all([
    import('./claim-edits'),
    import('../testing/factories'),
    import('../errors'),
    import('../db'),
    import('../proxy/database-outage'),
    import('../proxy/editor-page-gate'),
    import('../auth/session-cookie'),
  ]);
  dal = {
    updateClaim,
    makeClaim,
    makeUser,
    ServiceUnavailableError,
    disconnectDb,
    noScriptFormPostResponse,
    editorPageOutageResponse,
    editorPageRefusal,
    SESSION_COOKIE,
  };
  direct = new pg.Client({ connectionString: databaseUrl });
  await direct.connect();
});

after(async () => {
  await direct?.end();
  await dal?.disconnectDb();
  await relay?.stop();
});

async function savedState(claimId: string) {
  const claim = await direct.query('SELECT summary, version FROM claims WHERE id = $1', [claimId]);
  const revisions = await direct.query(`SELECT count(*)::int AS n FROM revisions WHERE entity_id = $1`, [claimId]);
  return { ...claim.rows[0], revisions: revisions.rows[0].n };
}

/** A form posted without JavaScript, as the proxy gets it. */
const noJsPost = () => {
  const form = new FormData();
  form.append('summary', 'Typed before the outage');
  return new NextRequest('https://countercheck.test/claims/x/edit', { method: 'POST', body: form });
};

const edit = (claim: { id: string; verdictExplanation: string }, summary: string) => ({
  claimId: claim.id,
  version: 1,
  summary,
  verdict: 'FALSE' as const,
  verdictExplanation: claim.verdictExplanation,
  topics: [],
});

test(
  'a save whose connection drops mid-transaction is refused as an outage, and none of it is kept',
  { skip },
  async () => {
    const editor = await dal.makeUser({ role: 'EDITOR' });
    const claim = await dal.makeClaim({ status: 'DRAFT', verdict: 'FALSE' });
    const before = await savedState(claim.id);
    // The claim row and its revision are written by then; the topics come next.
    relay.dropConnectionOn(/DELETE FROM "public"\."claim_topics"/);
    try {
      const refusal = await dal.updateClaim(edit(claim, 'Half-written summary'), editor).then(
        () => assert.fail('the save went through'),
        (error: unknown) => error,
      );
      assert.ok(refusal instanceof dal.ServiceUnavailableError, String(refusal));
      assert.equal(
        refusal.refusedWriteMessage,
        'The database is unavailable; nothing was saved. Try again in 10 seconds.',
      );
      assert.match(String(refusal.cause), /Connection terminated/, "the driver's failure stays with it, for a log");
    } finally {
      relay.dropConnectionOn(null);
    }
    assert.deepEqual(await savedState(claim.id), before, 'the claim and its history are as they were');

    // The app serves again as soon as the database answers: the same save goes through.
    assert.equal((await dal.updateClaim(edit(claim, 'Whole summary'), editor)).version, 2);
    assert.deepEqual(await savedState(claim.id), { summary: 'Whole summary', version: 2, revisions: 2 });
  },
);

test('a save while the server is down is refused as an outage, and nothing is written', { skip }, async () => {
  const editor = await dal.makeUser({ role: 'EDITOR' });
  const claim = await dal.makeClaim({ status: 'DRAFT', verdict: 'FALSE' });
  const before = await savedState(claim.id);
  await relay.stop();
  await assert.rejects(dal.updateClaim(edit(claim, 'Never saved'), editor), dal.ServiceUnavailableError);
  assert.deepEqual(await savedState(claim.id), before);
  // A form posted without JavaScript is answered by the proxy, which asks the database first.
  const answer = await dal.noScriptFormPostResponse(noJsPost());
  assert.equal(answer?.status, 503);
  assert.match(await answer.text(), /Typed before the outage/);
  // An editor page asked for meanwhile: its session check in the proxy meets the outage.
  const editorPage = new NextRequest('https://countercheck.test/review', {
    headers: { cookie: `${dal.SESSION_COOKIE}=a-session-token` },
  });
  const refusal = await dal.editorPageRefusal(editorPage, 'signedIn').catch(dal.editorPageOutageResponse);
  assert.equal(refusal?.status, 503);
});
