import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { COMPILE_HINT, everyPageScripts } from '../scripts/compile-hints';

// `npm run build` marks the framework's scripts, which every page loads and runs as it hydrates,
// with V8's compile hint, and no other script (scripts/compile-hints.ts, docs/benchmarks.md).
test('the scripts every page loads carry the compile hint, and the page’s own scripts do not', async ({ request }) => {
  const manifest = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as { rootMainFiles?: unknown };
  const everyPage = everyPageScripts(manifest).map((file) => `/_next/${file}`);
  const html = await (await request.get('/claims/trump-we-have-defeated-isis-in-syria')).text();
  const scripts = [...html.matchAll(/<script[^>]* src="([^"]+\.js)[^"]*"/g)].map((match) => match[1]!);
  expect(scripts).toEqual(expect.arrayContaining(everyPage));

  for (const script of scripts) {
    const hinted = (await (await request.get(script)).text()).startsWith(COMPILE_HINT);
    expect(hinted, script).toBe(everyPage.includes(script));
  }
  expect(scripts.length).toBeGreaterThan(everyPage.length);
});
