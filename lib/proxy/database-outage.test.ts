import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { ServiceUnavailableError } from '../errors';
import { databaseOutageResponse, editorPageOutageResponse } from './database-outage';

const down = async () => false;
const up = async () => true;

function formPost(fields: Record<string, string>, headers: Record<string, string> = {}): NextRequest {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new NextRequest('https://countercheck.test/claims/a-claim/edit?x=1', { method: 'POST', body: form, headers });
}

test('a form posted without JavaScript while the database is down gets 503, Retry-After, and what was typed', async () => {
  const typed = {
    $ACTION_ID_abc: 'action-id',
    verdictExplanation: 'My long <b>explanation</b> & "quotes"',
    currentPassword: 'never shown',
  };
  const response = await databaseOutageResponse(formPost(typed), down);
  assert.equal(response?.status, 503);
  assert.equal(response.headers.get('retry-after'), '10');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const html = await response.text();
  assert.match(html, /The database is unavailable; nothing was saved\. Try again in 10 seconds\./);
  assert.match(html, /<form method="POST" action="\/claims\/a-claim\/edit\?x=1"/);
  assert.match(
    html,
    /<textarea id="field-\d+" name="verdictExplanation"[^>]*>My long &#60;b&#62;explanation&#60;\/b&#62; &#38; &#34;quotes&#34;<\/textarea>/,
  );
  assert.match(html, /<input type="hidden" name="\$ACTION_ID_abc" value="action-id">/);
  assert.doesNotMatch(html, /never shown/);
});

test('the post passes on when the database answers, when JavaScript sent it, and for any other request', async () => {
  assert.equal(await databaseOutageResponse(formPost({ name: 'x' }), up), null);
  let asked = false;
  const ask = async () => ((asked = true), false);
  // With JavaScript the action's own answer keeps what was typed.
  assert.equal(await databaseOutageResponse(formPost({ name: 'x' }, { 'next-action': 'abc' }), ask), null);
  assert.equal(await databaseOutageResponse(new NextRequest('https://countercheck.test/claims'), ask), null);
  assert.equal(asked, false, 'the database is asked about form posts without JavaScript only');
});

test('an editor page whose session check meets an outage gets 503 and Retry-After; any other failure is thrown on', async () => {
  const response = editorPageOutageResponse(new ServiceUnavailableError());
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('retry-after'), '10');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.match(await response.text(), /The database is unavailable, and editor pages need it\./);
  const bug = new TypeError('a bug');
  assert.throws(() => editorPageOutageResponse(bug), bug);
});
