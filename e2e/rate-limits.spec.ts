import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { env } from '../lib/env';

// The per-address limits through the real server and its proxy. The requests come from a second
// loopback address (127.0.0.2), a client of its own to the server: using up its allowance leaves
// the rest of the suite, which talks from 127.0.0.1, untouched. No X-Forwarded-For is sent; with
// TRUSTED_PROXIES at its default the server reads the socket's address.

const CLIENT = '127.0.0.2';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function getFrom(localAddress: string, baseURL: string, path: string): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, localAddress },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

test('an address over the export limit gets 429 with Retry-After and a clear message; other addresses do not', async ({
  request,
  baseURL,
}) => {
  const download = '/data/countercheck-claims.csv';
  const { points, durationSeconds } = env.RATE_LIMITS.exports;
  for (let i = 0; i < points; i++) expect((await getFrom(CLIENT, baseURL!, download)).status).toBe(200);

  const refused = await getFrom(CLIENT, baseURL!, download);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(durationSeconds);
  expect(refused.body).toBe(`Too many requests. Try again in ${retryAfter} seconds.`);
  expect(refused.headers['cache-control']).toBe('no-store');

  // The suite's own address has its own allowance.
  expect((await request.get(download)).status()).toBe(200);
});
