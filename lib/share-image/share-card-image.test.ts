import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { buildShareCard, type ShareCardInput } from '../domain/share-card';
import { renderShareCardImage } from './share-card-image';

// Renders real share images and proves that doing so asks the network for nothing: next/og would
// fetch a font from Google Fonts, or an emoji from a CDN, for any character our fonts lack.

const originalFetch = globalThis.fetch;
let networkRequests: string[] = [];

beforeEach(() => {
  networkRequests = [];
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    // next/og loads its own WebAssembly from data: URLs, which never leave the process.
    if (url.startsWith('data:')) return originalFetch(input, init);
    networkRequests.push(url);
    throw new Error(`network request during rendering: ${url}`);
  };
});

afterEach(() => {
  globalThis.fetch = originalFetch;
});

const claim: ShareCardInput = {
  summary: 'ISIS has been defeated in Syria',
  verdict: 'FALSE',
  counterStatementCount: 3,
  counterStatementsByAffiliation: [
    { label: 'France', count: 2 },
    { label: 'ئیدارەی خۆسەر', count: 1 },
  ],
  claim: {
    text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
    translation: null,
    speakerName: 'Donald Trump',
    speakerRole: 'President of the United States, United States government',
    saidOn: { label: '19 December 2018' },
  },
};

async function pngOf(input: ShareCardInput) {
  const response = renderShareCardImage(buildShareCard(input));
  assert.equal(response.headers.get('content-type'), 'image/png');
  const png = Buffer.from(await response.arrayBuffer());
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  return { png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('a claim renders as a 1200x630 PNG', async () => {
  const { width, height } = await pngOf(claim);
  assert.deepEqual({ width, height }, { width: 1200, height: 630 });
  assert.deepEqual(networkRequests, []);
});

test('accented, Kurdish and Arabic names, emoji and scripts without a shipped font render offline', async () => {
  const { width } = await pngOf({
    ...claim,
    claim: {
      ...claim.claim,
      text: 'Recep Tayyip Erdoğan, Şêx Mahmûd and مظلوم عبدی said: ڕێکەوتن لە سووریا 🎉👍🏽 — 我们 שלום',
      speakerName: 'ئیلهام ئەحمەد',
      speakerRole: 'Hevserokê Meclisa Sûriya ya Demokratîk',
    },
  });
  assert.equal(width, 1200);
  assert.deepEqual(networkRequests, []);
});
