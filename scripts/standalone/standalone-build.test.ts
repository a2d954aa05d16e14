import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  missingFromStandalone,
  relativePgliteWarning,
  standaloneCopies,
  standaloneServerCommand,
  type RecordedConfig,
} from './standalone-build';

// As `next build` records this project's next.config.js (.next/required-server-files.json).
const RECORDED: RecordedConfig = {
  distDir: '.next',
  cacheHandler: '../lib/cache/page-cache-handler.js',
  cacheHandlers: { default: '../lib/cache/data-cache-handler.js' },
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
};

const everything = () => true;

describe('the standalone build', () => {
  it('is served by node running the folder’s server.js', () => {
    assert.deepEqual(standaloneServerCommand('/srv/app'), {
      command: process.execPath,
      args: ['/srv/app/.next/standalone/server.js'],
    });
  });

  it('gets the build’s browser files beside its server, and public/ only when there is one', () => {
    assert.deepEqual(standaloneCopies(everything), [
      { from: '.next/static', to: '.next/standalone/.next/static' },
      { from: 'public', to: '.next/standalone/public' },
    ]);
    assert.deepEqual(
      standaloneCopies((file) => file !== 'public'),
      [{ from: '.next/static', to: '.next/standalone/.next/static' }],
    );
  });

  it('misses nothing when every run-time file is in the folder', () => {
    assert.deepEqual(missingFromStandalone(RECORDED, everything), []);
  });

  it('names each run-time file that tracing left out, by its path in the folder', () => {
    const seen: string[] = [];
    const absent = new Set([
      '.next/standalone/lib/cache/data-cache-handler.js',
      '.next/standalone/node_modules/@electric-sql/pglite/dist/pglite.wasm',
      '.next/standalone/node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff',
      '.next/standalone/.next/static',
    ]);
    const missing = missingFromStandalone(RECORDED, (file) => {
      seen.push(file);
      return !absent.has(file);
    });
    assert.deepEqual(missing.sort(), [...absent].map((file) => path.relative('.next/standalone', file)).sort());
    assert.ok(seen.includes('.next/standalone/lib/cache/page-cache-handler.js'));
    assert.ok(seen.includes('.next/standalone/node_modules/pglite-prisma-adapter/package.json'));
    assert.ok(
      seen.includes('.next/standalone/node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff'),
    );
    assert.ok(seen.includes('.next/standalone/server.js'));
  });

  it('asks for no PGlite files when PGlite is not left unbundled', () => {
    const seen: string[] = [];
    missingFromStandalone({ distDir: '.next' }, (file) => (seen.push(file), true));
    assert.ok(!seen.some((file) => file.includes('pglite')));
    assert.ok(!seen.some((file) => file.includes('lib/cache')));
  });

  it('warns when the server would open the embedded database at a relative folder', () => {
    assert.match(relativePgliteWarning({}) ?? '', /absolute PGLITE_DIR/);
    assert.match(relativePgliteWarning({ PGLITE_DIR: '.data/pglite', DATABASE_URL: ' ' }) ?? '', /PGLITE_DIR/);
    assert.equal(relativePgliteWarning({ PGLITE_DIR: '/var/lib/countercheck/pglite' }), undefined);
    assert.equal(relativePgliteWarning({ DATABASE_URL: 'postgresql://db/countercheck' }), undefined);
  });
});
