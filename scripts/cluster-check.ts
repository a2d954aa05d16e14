// npm run cluster:check
//
// Checks, against the running local cluster (npm run cluster:local), the rules the edge must keep
// (deploy/nginx/countercheck.conf, docs/scale-out.md): whole pages are served from its cache; a
// request for the React payload never gets a stored HTML page, nor the reverse; a page the app marks
// private is never stored; a session or a POST goes past the cache; gzip is applied at the edge.
// Prints each rule with ok or FAILED, and exits non-zero when one failed.
import path from 'node:path';
import { clusterConfig, siteUrl } from './cluster/config';
import { routes } from '../lib/routes';
import { claimPath } from './wrk/seed-pages';

const edge = siteUrl(clusterConfig(process.env, path.resolve(import.meta.dirname, '..')));

type Answer = { status: number; type: string; cache: string; encoding: string; location: string };

async function ask(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(edge + path, { redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  const header = (name: string) => response.headers.get(name) ?? '';
  return {
    status: response.status,
    type: header('content-type'),
    cache: header('x-cache-status'),
    encoding: header('content-encoding'),
    location: header('location'),
  };
}

/** Answered from the cache: fresh, or (the micro-cache lives 1 s) stale while it is refreshed. */
const served = (cacheStatus: string) => ['HIT', 'STALE', 'UPDATING'].includes(cacheStatus);

// fetch() asks for gzip unless told otherwise; identity keeps the checks about the cache alone.
const identity = { 'accept-encoding': 'identity' };

async function main(): Promise<number> {
  const first = await ask(claimPath, { headers: identity }).catch(() => undefined);
  if (first?.status !== 200) {
    console.error(
      `cluster:check: ${edge}${claimPath} answered ${first?.status ?? 'nothing'}: npm run cluster:local first`,
    );
    return 2;
  }
  const rules: [string, () => Promise<string | undefined>][] = [
    [
      'a whole page is served from the edge cache',
      async () => {
        const again = await ask(claimPath, { headers: identity });
        return served(again.cache) ? undefined : `second request: ${again.cache}`;
      },
    ],
    [
      'the React payload and the HTML of one URL are stored apart',
      async () => {
        // Next.js sends a request for the payload to the URL with its _rsc parameter first.
        const { location } = await ask(claimPath, { headers: { ...identity, rsc: '1' } });
        const payloadPath = location || claimPath;
        const payloads = [await ask(payloadPath, { headers: { ...identity, rsc: '1' } })];
        payloads.push(await ask(payloadPath, { headers: { ...identity, rsc: '1' } }));
        const html = [await ask(payloadPath, { headers: identity }), await ask(payloadPath, { headers: identity })];
        const wrongPayload = payloads.find(({ type }) => !type.startsWith('text/x-component'));
        const wrongHtml = html.find(({ type }) => !type.startsWith('text/html'));
        if (wrongPayload) return `RSC request answered ${wrongPayload.type} (${wrongPayload.cache})`;
        if (wrongHtml) return `HTML request answered ${wrongHtml.type} (${wrongHtml.cache})`;
        return served(payloads[1]!.cache) ? undefined : `the payload was not stored: ${payloads[1]!.cache}`;
      },
    ],
    [
      'a page marked private (search) is never stored',
      async () => {
        const search = routes.claims({ q: 'defeated' });
        const answers = [await ask(search, { headers: identity }), await ask(search, { headers: identity })];
        return answers.every(({ cache }) => cache === 'MISS')
          ? undefined
          : answers.map(({ cache }) => cache).join(', ');
      },
    ],
    [
      'a request with the session cookie goes past the cache',
      async () => {
        const { cache } = await ask(claimPath, {
          headers: { ...identity, cookie: 'theme=dark; session=not-a-real-token' },
        });
        return cache === 'BYPASS' ? undefined : cache;
      },
    ],
    [
      'a POST goes past the cache',
      async () => {
        const { cache } = await ask(claimPath, { method: 'POST', headers: identity, body: '' });
        return cache === '' || cache === 'MISS' ? undefined : cache;
      },
    ],
    [
      'gzip is applied at the edge',
      async () => {
        const { encoding } = await ask(claimPath, { headers: { 'accept-encoding': 'gzip' } });
        return encoding === 'gzip' ? undefined : `content-encoding: ${encoding || 'none'}`;
      },
    ],
  ];
  let failed = 0;
  for (const [rule, check] of rules) {
    const problem = await check();
    if (problem) failed++;
    console.log(`${problem ? 'FAILED' : 'ok    '}  ${rule}${problem ? `: ${problem}` : ''}`);
  }
  console.log(failed ? `\ncluster:check: ${failed} rule(s) failed` : '\ncluster:check: every rule held');
  return failed ? 1 : 0;
}

process.exit(await main());
