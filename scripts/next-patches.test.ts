import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { applyPatch, PATCHES } from './next-patches.mjs';

const patch = { why: 'a test', files: ['x.js'], find: 'return a;', replace: 'return b;' };
const require = createRequire(import.meta.url);
const nextDir = require.resolve('next/package.json').replace(/\/package\.json$/, '');

test('a patch replaces its text once, and leaves a patched file as it is', () => {
  assert.equal(applyPatch('f(){return a;}', patch, 'x.js'), 'f(){return b;}');
  assert.equal(applyPatch('f(){return b;}', patch, 'x.js'), 'f(){return b;}');
});

test('a file without the text, or with it twice, stops the install with its name', () => {
  assert.throws(
    () => applyPatch('f(){return c;}', patch, 'x.js'),
    /x\.js: the text to patch \(a test\) is not there once/,
  );
  assert.throws(() => applyPatch('return a;return a;', patch, 'x.js'), /x\.js/);
});

test('the installed Next.js is patched (npm install ran the postinstall)', () => {
  for (const patch of PATCHES) {
    for (const file of patch.files) {
      const text = readFileSync(`${nextDir}/${file}`, 'utf8');
      assert.equal(applyPatch(text, patch, file), text, `${file}: not patched`);
    }
  }
});

// The ETag Next.js sends for a cached page: the same as before the patch, kept per body.
const { generateETag } = require('next/dist/server/lib/etag.js') as {
  generateETag: (payload: string, weak?: boolean) => string;
};

/** Next.js's own FNV-1a 52-bit hash, as etag.js computes it, for comparison. */
function nextEtag(text: string, weak = false): string {
  let [v0, v1, v2, v3] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  for (let i = 0; i < text.length; i++) {
    v0 ^= text.charCodeAt(i);
    const t0 = v0 * 435;
    let t1 = v1 * 435;
    let t2 = v2 * 435;
    const t3 = v3 * 435 + (v1 << 8);
    t2 += v0 << 8;
    t1 += t0 >>> 16;
    v0 = t0 & 65535;
    t2 += t1 >>> 16;
    v1 = t1 & 65535;
    v3 = (t3 + (t2 >>> 16)) & 65535;
    v2 = t2 & 65535;
  }
  const hash = (v3 & 15) * 281474976710656 + v2 * 4294967296 + v1 * 65536 + (v0 ^ (v3 >> 4));
  return `${weak ? 'W/"' : '"'}${hash.toString(36)}${text.length.toString(36)}"`;
}

test("a body's ETag is the hash of its text, strong or weak, whether kept or computed", () => {
  const body = `<!DOCTYPE html><html><body>${'Türkiye “quoted” · '.repeat(5000)}</body></html>`;
  assert.equal(generateETag(body), nextEtag(body));
  assert.equal(generateETag(body), nextEtag(body));
  assert.equal(generateETag(body, true), nextEtag(body, true));
  assert.equal(generateETag(body), nextEtag(body));
  // The same text built again (another string object) and a text one character apart.
  assert.equal(generateETag([...body].join('')), nextEtag(body));
  const edited = body.replace('Türkiye', 'Turkiye');
  assert.equal(generateETag(edited), nextEtag(edited));
  assert.notEqual(generateETag(edited), generateETag(body));
});

test('past the ETags kept, bodies are hashed again, with the same result', () => {
  const bodies = Array.from({ length: 200 }, (_, i) => `<p>page ${i}</p>`.repeat(100));
  for (const body of bodies) assert.equal(generateETag(body), nextEtag(body));
  for (const body of bodies) assert.equal(generateETag(body), nextEtag(body));
});
