import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeEntry } from './entry-codec.js';
import { decodePageEntry, encodePageEntry } from './page-entry-codec.js';

const roundTrip = (entry: Parameters<typeof encodePageEntry>[0]) => decodePageEntry(encodePageEntry(entry));

test("a page's entry comes back as it went in: HTML, React payload, segments, headers, status, lifetimes", () => {
  const entry = {
    lastModified: 1_765_000_000_000,
    cacheControl: { revalidate: 60, expire: 604_800 },
    value: {
      kind: 'APP_PAGE',
      html: '<p>« Nous n’avons pas vaincu » — 🇫🇷</p>',
      rscData: Buffer.from([0, 1, 2, 255, 0x7b]),
      segmentData: new Map([
        ['/_tree', Buffer.from('tree')],
        ['/claims/$d$slug/__PAGE__', Buffer.from([])],
      ]),
      headers: { 'x-next-cache-tags': 'claim:1,claims', 'content-security-policy': "script-src 'self'" },
      status: 200,
    },
  };
  const decoded = roundTrip(entry);
  assert.deepEqual(decoded, entry);
  assert.ok(Buffer.isBuffer(decoded?.value?.rscData), 'Next.js writes the payload to the response as a Buffer');
});

test('a shell with postponed parts keeps them, and has no React payload or segments to carry', () => {
  const entry = {
    lastModified: 1,
    cacheControl: { revalidate: 60, expire: 600 },
    value: { kind: 'APP_PAGE', html: '<main></main>', postponed: '2608:[0,{}]', headers: {}, status: 200 },
  };
  assert.deepEqual(roundTrip(entry), entry);
});

test("a route handler's answer comes back with its body", () => {
  const entry = {
    lastModified: 2,
    cacheControl: { revalidate: 60, expire: 604_800 },
    value: {
      kind: 'APP_ROUTE',
      body: Buffer.from('{"claims":[]}'),
      headers: { 'content-type': 'application/json' },
      status: 200,
    },
  };
  assert.deepEqual(roundTrip(entry), entry);
});

test('kinds that are not shared are not written', () => {
  assert.equal(encodePageEntry({ value: null }), null);
  assert.equal(encodePageEntry({ value: { kind: 'FETCH', data: {} } }), null);
  assert.equal(encodePageEntry({ value: { kind: 'REDIRECT', props: {} } }), null);
});

test('a value this codec did not write is no entry, not an exception', () => {
  assert.equal(decodePageEntry(null), null);
  assert.equal(decodePageEntry(Buffer.from('not an entry')), null);
  // A data cache entry, in the same framing, under a key of the wrong kind.
  assert.equal(decodePageEntry(encodeEntry({ tags: [], timestamp: 1 }, new Uint8Array([1]))), null);
  const page = { kind: 'APP_PAGE', headers: {} };
  const framed = (parts: unknown, bytes: number[]) => encodeEntry({ value: page, parts }, new Uint8Array(bytes));
  assert.equal(decodePageEntry(framed([['html', 9]], [1, 2])), null, 'a part longer than the bytes');
  assert.equal(decodePageEntry(framed([['html', 1]], [1, 2])), null, 'bytes left over');
  assert.equal(decodePageEntry(framed([['html', -1]], [])), null, 'a negative length');
  assert.equal(decodePageEntry(framed([['script', 1]], [1])), null, 'a part of no known field');
  assert.equal(decodePageEntry(framed('html', [])), null, 'parts that are not a list');
});
