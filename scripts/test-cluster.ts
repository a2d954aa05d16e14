// npm run test:cluster -- [--skip-build]
//
// Proves the scale-out topology on this machine (docs/scale-out.md): starts the local cluster
// (npm run cluster:local), makes an editor on its primary, runs the specs of e2e/cluster/ against
// it (an edit through one instance served by the other and by nginx within 2 s; reads from the
// replica; a replica that lags read around until it catches up; the primary stopped, then Redis),
// and stops the cluster whatever happened. Outside `npm test`: it builds and starts a cluster of
// its own, on ports of its own (scripts/cluster/config.ts).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clusterConfig, primaryUrl } from './cluster/config';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
const cluster = clusterConfig(process.env, ROOT);
const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

function run(command: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    input: options.input,
    stdio: [options.input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'],
  });
  return result.status ?? 1;
}

// The cluster's databases are kept between runs (.cluster/): a new editor each time.
const editor = {
  CLUSTER_EDITOR_EMAIL: `cluster-editor-${randomBytes(4).toString('hex')}@example.test`,
  CLUSTER_EDITOR_PASSWORD: randomBytes(18).toString('base64url'),
};

const started = run(tsx, [
  'scripts/cluster.ts',
  'start',
  '--detach',
  ...(values['skip-build'] ? ['--skip-build'] : []),
]);
let status = started;
if (started === 0) {
  try {
    status = run(
      tsx,
      [
        '--conditions=react-server',
        'scripts/user-create.ts',
        '--email',
        editor.CLUSTER_EDITOR_EMAIL,
        '--role',
        'editor',
        '--name',
        'Cluster Editor',
      ],
      { env: { DATABASE_URL: primaryUrl(cluster) }, input: `${editor.CLUSTER_EDITOR_PASSWORD}\n` },
    );
    if (status === 0)
      status = run(
        path.join(ROOT, 'node_modules/.bin/playwright'),
        ['test', '-c', 'e2e/cluster/playwright.config.ts'],
        {
          env: editor,
        },
      );
  } finally {
    run(tsx, ['scripts/cluster.ts', 'stop']);
  }
}
console.log(status === 0 ? 'test:cluster: passed' : `test:cluster: FAILED (exit ${status})`);
process.exit(status);
