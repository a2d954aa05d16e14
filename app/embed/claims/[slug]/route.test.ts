import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '@/lib/db';
import { absoluteUrl } from '@/lib/site-url';
import { makeClaim, makeCounterStatement } from '@/lib/testing/factories';
import { GET } from './route';

after(() => disconnectDb());

const get = (slug: string) =>
  GET(new Request(`http://127.0.0.1/embed/claims/${slug}`), { params: Promise.resolve({ slug }) });

describe('GET /embed/claims/:slug', () => {
  test('answers a published claim with its card, as cacheable HTML', async () => {
    const claim = await makeClaim({ summary: 'An embedded claim' });
    await makeCounterStatement(claim);
    const response = await get(claim.slug);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
    const body = await response.text();
    assert.match(body, /An embedded claim/);
    assert.match(body, /1 counter-statement</);
  });

  test('answers an old slug with 308 to the current slug, on the public origin', async () => {
    const claim = await makeClaim();
    await db.claim.update({ where: { id: claim.id }, data: { slug: `${claim.slug}-new` } });
    const response = await get(claim.slug);
    assert.equal(response.status, 308);
    assert.equal(response.headers.get('location'), absoluteUrl(`/embed/claims/${claim.slug}-new`));
  });

  test('answers 404 for an unknown slug and for a draft claim', async () => {
    const draft = await makeClaim({ status: 'DRAFT' });
    for (const slug of ['no-such-claim', draft.slug]) {
      const response = await get(slug);
      assert.equal(response.status, 404);
      assert.match(await response.text(), /Claim not found/);
    }
  });
});
