import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { NextRequest } from 'next/server';
import { db, disconnectDb } from '@/lib/db';
import { absoluteUrl } from '@/lib/site-url';
import { makeClaim } from '@/lib/testing/factories';
import { GET } from './route';

after(() => disconnectDb());

const get = (query: Record<string, string>) =>
  GET(new NextRequest(`http://127.0.0.1/oembed?${new URLSearchParams(query)}`));

describe('GET /oembed', () => {
  test('answers a claim page URL with a rich oEmbed of its embed card', async () => {
    const claim = await makeClaim({ summary: 'An oEmbedded claim' });
    const response = await get({ url: absoluteUrl(`/claims/${claim.slug}`), format: 'json', maxwidth: '400' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+$/);
    const body = await response.json();
    assert.equal(body.type, 'rich');
    assert.equal(body.title, 'An oEmbedded claim');
    assert.equal(body.width, 400);
    assert.match(body.html, new RegExp(`src="${absoluteUrl(`/embed/claims/${claim.slug}`)}"`));
    assert.match(body.thumbnail_url, new RegExp(`^${absoluteUrl(`/claims/${claim.slug}/share-image/`)}[0-9a-f]{12}$`));
  });

  test('follows an old slug to the claim as it is now', async () => {
    const claim = await makeClaim();
    await db.claim.update({ where: { id: claim.id }, data: { slug: `${claim.slug}-new` } });
    const body = await (await get({ url: absoluteUrl(`/claims/${claim.slug}`) })).json();
    assert.match(body.html, new RegExp(`/embed/claims/${claim.slug}-new"`));
  });

  test('answers 404 with a JSON message for other sites, other pages, drafts and unknown claims', async () => {
    const draft = await makeClaim({ status: 'DRAFT' });
    for (const url of [
      `https://elsewhere.test/claims/${draft.slug}`,
      absoluteUrl('/people/someone'),
      absoluteUrl(`/claims/${draft.slug}`),
      absoluteUrl('/claims/no-such-claim'),
    ]) {
      const response = await get({ url });
      assert.equal(response.status, 404, url);
      assert.equal(typeof (await response.json()).error, 'string');
    }
  });

  test('answers 400 without a url and 501 for xml, with a JSON message', async () => {
    const missing = await get({ format: 'json' });
    assert.equal(missing.status, 400);
    assert.match((await missing.json()).error, /url is required/);
    const xml = await get({ url: absoluteUrl('/claims/anything'), format: 'xml' });
    assert.equal(xml.status, 501);
    assert.match((await xml.json()).error, /only json/);
  });
});
