import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { test } from 'node:test';
import { env } from '../env';
import { readLimitRefusal } from './read-limit';

// The limit as route handlers and the proxy ask it, on the configured store (PostgreSQL here,
// memory on the embedded database), with the default limits. Each test uses client addresses of
// its own (documentation prefixes), written into X-Forwarded-For as Next.js does from the socket.

const someAddress = () => `203.0.113.${randomInt(1, 255)}`;
const uniqueAddress = () => `2001:db8:${randomInt(0, 0xffff).toString(16)}:${randomInt(0, 0xffff).toString(16)}::7`;
const get = (path: string, forwardedFor: string) =>
  readLimitRefusal(
    new Request(new URL(path, 'https://countercheck.test'), { headers: { 'x-forwarded-for': forwardedFor } }),
  );

test('a limited read goes on until its address is over the limit, then gets 429 with Retry-After', async () => {
  assert.equal(env.TRUSTED_PROXIES, 0);
  const address = uniqueAddress();
  const { points, durationSeconds } = env.RATE_LIMITS.exports;
  for (let i = 0; i < points; i++)
    assert.equal(await get('/data/countercheck.jsonl', address), null, `request ${i + 1}`);
  const refused = await get('/data/countercheck.jsonl', address);
  assert.equal(refused?.status, 429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  assert.ok(retryAfter > 0 && retryAfter <= durationSeconds);
  // Another family, and another address, are counted apart.
  assert.equal(await get('/feed.xml', address), null);
  assert.equal(await get('/data/countercheck.jsonl', uniqueAddress()), null);
});

test('entries a client writes in front of the address do not give it a fresh allowance', async () => {
  const address = uniqueAddress();
  const { points } = env.RATE_LIMITS.exports;
  for (let i = 0; i < points; i++) await get('/data/countercheck-claims.csv', `${someAddress()}, ${address}`);
  assert.equal((await get('/data/countercheck-claims.csv', `${someAddress()}, ${address}`))?.status, 429);
});

test('reads that are not limited go on without being counted', async () => {
  assert.equal(await get('/who-answered-whom', uniqueAddress()), null);
  assert.equal(await get('/people/someone', uniqueAddress()), null);
  assert.equal(await get('/embed/claims/someone', uniqueAddress()), null);
});
