import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { ServiceUnavailableError } from '../errors';
import { NO_SCRIPT_FORM_POST_HEADER } from '../interrupted-form-post';
import { editorPageOutageResponse, noScriptFormPostResponse } from './database-outage';

const down = async () => false;
const up = async () => true;

function formPost(
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  address = '/claims/a-claim/edit?x=1',
): NextRequest {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new NextRequest(`https://countercheck.test${address}`, { method: 'POST', body: form, headers });
}

// NextResponse.next({ request: { headers } }) hands the request's new headers on in its own.
const pageMark = (response: Response | null) =>
  response?.headers.get(`x-middleware-request-${NO_SCRIPT_FORM_POST_HEADER}`) ?? null;

test('a form posted without JavaScript while the database is down gets 503, Retry-After, and what was typed', async () => {
  const typed = {
    $ACTION_ID_abc: 'action-id',
    verdictExplanation: 'My long <b>explanation</b> & "quotes"',
    currentPassword: 'never shown',
  };
  const response = await noScriptFormPostResponse(formPost(typed), down);
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

test('the post passes on when the database answers, marked for its page; a script’s post and any other request are left alone', async () => {
  const passed = await noScriptFormPostResponse(formPost({ name: 'x' }), up);
  assert.equal(passed?.status, 200);
  assert.equal(
    pageMark(passed),
    '/claims/a-claim/edit?x=1',
    'the page learns where a form was posted without JavaScript',
  );
  let asked = false;
  const ask = async () => ((asked = true), false);
  // With JavaScript the action's own answer keeps what was typed.
  assert.equal(await noScriptFormPostResponse(formPost({ name: 'x' }, { 'next-action': 'abc' }), ask), null);
  assert.equal(await noScriptFormPostResponse(new NextRequest('https://countercheck.test/claims'), ask), null);
  assert.equal(asked, false, 'the database is asked about form posts without JavaScript only');
});

test('a form sent again because the database stopped before its page was rendered is answered with what was typed, database or not', async () => {
  for (const answers of [down, up]) {
    const address = '/claims/a-claim/edit?x=1&interrupted-by-outage=1';
    const response = await noScriptFormPostResponse(formPost({ summary: 'Typed once' }, {}, address), answers);
    assert.equal(response?.status, 503);
    assert.equal(response.headers.get('retry-after'), '10');
    assert.equal(pageMark(response), null);
    const html = await response.text();
    // It may have been saved: the person is told to look before sending it again, to the page's own address.
    assert.match(html, /<h1>This form may not have been saved<\/h1>/);
    assert.match(html, /look at the record before you send it again/);
    assert.match(html, /<form method="POST" action="\/claims\/a-claim\/edit\?x=1"/);
    assert.match(html, />Typed once<\/textarea>/);
  }
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
