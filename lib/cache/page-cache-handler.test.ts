import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageScriptPolicy } from '../security/page-script-policy.js';
import { withPageScriptPolicy } from './page-cache-handler.js';

const HTML = '<html><body><script>self.__next_f.push([1,"a"])</script></body></html>';

test("a cached page's entry gets its script policy beside the headers Next.js keeps", () => {
  const value = { kind: 'APP_PAGE', html: HTML, headers: { 'x-next-cache-tags': 'claim:1' } };
  withPageScriptPolicy(value);
  assert.deepEqual(value.headers, {
    'x-next-cache-tags': 'claim:1',
    'content-security-policy': pageScriptPolicy(HTML),
  });
});

test('an entry read from the build, with no headers, gets them; one that has the policy keeps it', () => {
  const built: { kind: string; html: string; headers?: Record<string, string> } = { kind: 'APP_PAGE', html: HTML };
  assert.equal(withPageScriptPolicy(built).headers?.['content-security-policy'], pageScriptPolicy(HTML));
  const kept = {
    kind: 'APP_PAGE',
    html: HTML,
    headers: { 'content-security-policy': "script-src 'self' 'sha256-kept'" },
  };
  assert.equal(withPageScriptPolicy(kept).headers['content-security-policy'], "script-src 'self' 'sha256-kept'");
});

test('a shell with postponed parts, a route handler and an empty entry are left alone', () => {
  const shell = { kind: 'APP_PAGE', html: '', postponed: '2608:[0,{}]', headers: {} };
  assert.deepEqual(withPageScriptPolicy(shell).headers, {});
  const route = { kind: 'APP_ROUTE', body: Buffer.from('{}'), headers: {} };
  assert.deepEqual(withPageScriptPolicy(route).headers, {});
  assert.equal(withPageScriptPolicy(null), null);
  assert.equal(withPageScriptPolicy(undefined), undefined);
});
