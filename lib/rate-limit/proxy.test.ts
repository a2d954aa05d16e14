import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { proxy } from '../../proxy';
import { env } from '../env';
import { consumeRateLimit } from './limiters';

// The proxy as Next.js calls it, on the configured store, with the default limits: it counts the
// one page with a limited read, /claims with a search (lib/rate-limit/read-limit.ts); route handlers
// count their own (read-limit.test.ts).

const uniqueAddress = () => `2001:db8:${randomInt(0, 0xffff).toString(16)}:${randomInt(0, 0xffff).toString(16)}::9`;
const get = (path: string, forwardedFor: string) =>
  proxy(new NextRequest(new URL(path, 'https://countercheck.test'), { headers: { 'x-forwarded-for': forwardedFor } }));

test('a search of /claims from an address whose search allowance is spent gets 429; other requests do not', async () => {
  const address = uniqueAddress();
  for (let i = 0; i < env.RATE_LIMITS.search.points; i++) await consumeRateLimit('search', address);
  const refused = await get('/claims?q=defeated', address);
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  assert.notEqual((await get('/claims', address)).status, 429);
  assert.notEqual((await get('/claims?q=defeated', uniqueAddress())).status, 429);
});

test('pages without a limited read pass on without being counted', async () => {
  const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';
  assert.ok(passedOn(await get('/who-answered-whom', uniqueAddress())));
  assert.ok(passedOn(await get('/people/someone', uniqueAddress())));
});
