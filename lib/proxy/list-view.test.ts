import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { claimsViewPath, listFirstPagePath, whoAnsweredWhomViewPath } from '../list-views';
import { listViewRewrite } from './list-view';

const request = (url: string, method = 'GET', headers: Record<string, string> = {}) =>
  new NextRequest(new URL(url, 'http://countercheck.test'), { method, headers });
const rewrittenTo = (url: string, method?: string, headers?: Record<string, string>) =>
  listViewRewrite(request(url, method, headers))?.headers.get('x-middleware-rewrite') ?? null;

test("/claims's query, a search included, is moved into the path that serves the view", () => {
  assert.equal(
    rewrittenTo('/claims?q=caliphate&verdict=false'),
    `http://countercheck.test${claimsViewPath({ q: 'caliphate', verdict: 'FALSE' })}`,
  );
  assert.equal(rewrittenTo('/claims?verdict=false', 'HEAD'), rewrittenTo('/claims?verdict=false'));
  assert.equal(
    rewrittenTo('/claims?verdict=false', 'GET', { 'sec-fetch-dest': 'document' }),
    rewrittenTo('/claims?verdict=false'),
  );
});

test("the app's own navigations (fetches) stay on the page asked for", () => {
  assert.equal(rewrittenTo('/claims?verdict=false', 'GET', { 'sec-fetch-dest': 'empty' }), null);
  assert.equal(rewrittenTo('/claims', 'GET', { 'sec-fetch-dest': 'empty' }), null);
  assert.equal(rewrittenTo('/people?cursor=abc', 'GET', { 'sec-fetch-dest': 'empty' }), null);
  assert.equal(rewrittenTo('/people', 'GET', { 'sec-fetch-dest': 'empty' }), null);
});

test("a list's ?cursor= is moved into its path; a bad cursor names the first page", () => {
  assert.equal(rewrittenTo('/people?cursor=eyJu&other=1'), 'http://countercheck.test/people/-page/eyJu');
  assert.equal(rewrittenTo('/corrections?cursor=abc'), 'http://countercheck.test/corrections/-page/abc');
  assert.equal(rewrittenTo('/people?cursor='), 'http://countercheck.test/people/-first');
  assert.equal(rewrittenTo('/people?cursor=a%2Fb'), 'http://countercheck.test/people/-first');
  assert.equal(rewrittenTo(`/topics?cursor=${'x'.repeat(501)}`), 'http://countercheck.test/topics/-first');
});

test('a list asked for without a query is served from its first page, cached whole', () => {
  for (const list of ['/claims', '/people', '/organizations', '/topics', '/corrections'] as const) {
    assert.equal(rewrittenTo(list), `http://countercheck.test${listFirstPagePath(list)}`, list);
    assert.equal(rewrittenTo(list, 'GET', { 'sec-fetch-dest': 'document' }), rewrittenTo(list), list);
  }
  // No filter left once bad values are dropped (proxy.ts redirects such a query to /claims first).
  assert.equal(rewrittenTo('/claims?verdict=nope'), 'http://countercheck.test/claims/-first');
});

test('posts, and every other path, are left alone', () => {
  assert.equal(rewrittenTo('/claims', 'POST'), null);
  assert.equal(rewrittenTo('/claims?verdict=false', 'POST'), null);
  assert.equal(rewrittenTo('/people/jane-doe?cursor=abc'), null);
  assert.equal(rewrittenTo('/topics/syria/timeline?cursor=abc'), null);
});

test("/who-answered-whom's filters are moved into its view's path; bad values and other lists' filters dropped", () => {
  const view = `http://countercheck.test${whoAnsweredWhomViewPath({ topic: 'syria', from: '2019-01-01' })}`;
  assert.equal(rewrittenTo('/who-answered-whom?topic=syria&from=2019-01-01'), view);
  assert.equal(rewrittenTo('/who-answered-whom?from=2019-01-01&topic=syria&to=2019-13-01&verdict=false'), view);
  assert.equal(rewrittenTo('/who-answered-whom?to=nope&q=words'), null);
  assert.equal(rewrittenTo('/who-answered-whom'), null);
});
