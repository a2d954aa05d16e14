import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { inlineScripts, isNextScript, nonceScriptPolicy, pageScriptPolicy } from './page-script-policy.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The three shapes of inline script Next.js 16.4 writes into a page, as it writes them.
const BOOTSTRAP =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PART = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"q\\":\\"Caf\\u00e9 \\u003cscript\\u003e\\"}\\n"])';

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>` +
  scripts.map((script) => `<script>${script}</script>`).join('') +
  `</body></html>`;

test("a cached page's policy allows its own scripts from this origin and Next.js's inline scripts by hash", () => {
  assert.equal(
    pageScriptPolicy(page(BOOTSTRAP, FLIGHT_START, FLIGHT_PART)),
    `script-src 'self' ${sha256(BOOTSTRAP)} ${sha256(FLIGHT_START)} ${sha256(FLIGHT_PART)}`,
  );
});

test('the hash is of the UTF-8 bytes, as browsers compute it', () => {
  const script = 'self.__next_f.push([1,"Türkiye, سوريا"])';
  assert.equal(pageScriptPolicy(page(script)), `script-src 'self' ${sha256(script)}`);
  assert.equal(sha256(script), `'sha256-${createHash('sha256').update(Buffer.from(script, 'utf8')).digest('base64')}'`);
});

test("the policy never allows 'unsafe-inline' or 'unsafe-eval', and lists a repeated script once", () => {
  const policy = pageScriptPolicy(page(FLIGHT_START, FLIGHT_START));
  assert.equal(policy, `script-src 'self' ${sha256(FLIGHT_START)}`);
  assert.doesNotMatch(policy, /unsafe/);
  assert.equal(pageScriptPolicy(''), "script-src 'self'");
});

test('an injected script in the HTML is not allowed, even one dressed as a push', () => {
  const injected = [
    'alert(1)',
    'window.__injected = true',
    'self.__next_f.push([1,"x"]);alert(1)',
    'self.__next_f.push(alert(1))',
    'self.__next_f.push([1,"x"]),alert(1)',
    'self.__next_f.push([1,"x"])//)',
    ' self.__next_f.push([1,"x"])',
  ];
  for (const script of injected) assert.equal(isNextScript(script), false, script);
  assert.equal(pageScriptPolicy(page(FLIGHT_START, ...injected)), `script-src 'self' ${sha256(FLIGHT_START)}`);
});

test('scripts that do not run inline are not hashed: external files and data blocks', () => {
  const html =
    '<script src="/x.js"></script><script async src=/y.js></script>' +
    '<script type="application/ld+json">{"@type":"ClaimReview"}</script>' +
    `<script type="text/javascript">${FLIGHT_START}</script><SCRIPT>${FLIGHT_PART}</SCRIPT >`;
  assert.deepEqual(inlineScripts(html), [FLIGHT_START, FLIGHT_PART]);
});

test("a script's text ends where an HTML parser ends it", () => {
  assert.deepEqual(inlineScripts(`<script>${FLIGHT_START}</script\n><p>text</p>`), [FLIGHT_START]);
  assert.deepEqual(inlineScripts('<script>a</scripts></script>'), ['a</scripts>']);
});

test('a page rendered per request allows the scripts with its nonce; only development adds eval', () => {
  assert.equal(nonceScriptPolicy('bm9uY2U='), "script-src 'self' 'nonce-bm9uY2U='");
  assert.equal(
    nonceScriptPolicy('bm9uY2U=', { development: true }),
    "script-src 'self' 'nonce-bm9uY2U=' 'unsafe-eval'",
  );
});
