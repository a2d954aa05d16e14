// npm run build:standalone
//
// The production build as a deployment serves it, with `node .next/standalone/server.js` (PORT,
// HOSTNAME and the app's environment; docs/scale-out.md): `next build` with `output: 'standalone'`
// (BUILD_STANDALONE=1; next.config.js says why it is not always on) and the framework's compile
// hints (scripts/compile-hints.ts), then the build's browser files and public/ copied beside the
// server, as Next.js documents, then a check that what the server loads at run time was traced into
// the folder, which fails the build if not.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { hintBuild } from './compile-hints';
import {
  STANDALONE_DIR,
  missingFromStandalone,
  relativePgliteWarning,
  standaloneCopies,
  type RecordedConfig,
} from './standalone/standalone-build';

const ROOT = path.resolve(import.meta.dirname, '..');
const inRoot = (file: string) => path.join(ROOT, file);

function main(): number {
  const build = spawnSync(inRoot('node_modules/.bin/next'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, BUILD_STANDALONE: '1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) return build.status ?? 1;
  hintBuild(inRoot('.next'));

  for (const { from, to } of standaloneCopies((file) => existsSync(inRoot(file)))) {
    // A copy left by an earlier build would keep files this one no longer has.
    rmSync(inRoot(to), { recursive: true, force: true });
    cpSync(inRoot(from), inRoot(to), { recursive: true });
  }

  const recorded = JSON.parse(readFileSync(inRoot('.next/required-server-files.json'), 'utf8')) as {
    config: RecordedConfig;
  };
  const missing = missingFromStandalone(recorded.config, (file) => existsSync(inRoot(file)));
  if (missing.length) {
    console.error(`build:standalone: missing from ${STANDALONE_DIR}, which the server loads at run time:`);
    for (const file of missing) console.error(`  ${file}`);
    return 1;
  }
  const warning = relativePgliteWarning(process.env);
  if (warning) console.warn(`build:standalone: ${warning}`);
  console.log(`build:standalone: serve it with \`node ${STANDALONE_DIR}/server.js\` (PORT, HOSTNAME)`);
  return 0;
}

process.exit(main());
