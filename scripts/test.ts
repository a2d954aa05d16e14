// npm test: every check the project has, cheapest first, on scratch databases made for the run and
// removed after it: fresh PGlite folders, or with DATABASE_URL fresh databases on that PostgreSQL
// server. The developer's own data is never touched. Integration tests and the browser tests get
// one database each, so the browser sees exactly the seed and none of the factories' rows.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isLocalDatabase } from '../lib/database';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

const ROOT = process.cwd();
// Overridable so that two checkouts can run their suites side by side.
const E2E_PORT = process.env.E2E_PORT ?? '3107';
const TEST_ROOTS = ['lib', 'prisma', 'scripts', 'app'];
// A public origin unlike the test server's own address (127.0.0.1:E2E_PORT): the end-to-end tests
// then prove that canonical, preview and share URLs come from SITE_URL, not from the Host header.
const SITE_URL = 'https://countercheck.test';

async function findTestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : findTestFiles(full);
      return entry.name.endsWith('.test.ts') ? [path.relative(ROOT, full)] : [];
    }),
  );
  return nested.flat().sort();
}

type Step = [name: string, database: ScratchDatabase, command: string, args: string[], stdin?: string];

function run(command: string, args: string[], extraEnv: Record<string, string>, stdin?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: [stdin === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    });
    child.stdin?.end(stdin);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

async function main(): Promise<number> {
  if (!isLocalDatabase()) {
    console.error('npm test refuses a non-local database: point DATABASE_URL at a PostgreSQL server on localhost.');
    return 1;
  }
  const testFiles = (await Promise.all(TEST_ROOTS.map((dir) => findTestFiles(path.join(ROOT, dir))))).flat();
  // The browser tests' admin, made the way the first admin of a real site is: through the command
  // line, with a password piped on stdin. A fresh random one per run: there is no default password.
  const e2eAdmin = {
    E2E_ADMIN_EMAIL: 'e2e-admin@example.test',
    E2E_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
  };
  const integration = await createScratchDatabase('integration');
  const browser = await createScratchDatabase('e2e');
  console.log(`npm test: scratch databases ${integration.label} and ${browser.label}`);
  const setUp = (database: ScratchDatabase, purpose: string): Step[] => [
    [`migrate (${purpose})`, database, bin('tsx'), ['scripts/db.ts', 'migrate']],
    [`seed (${purpose})`, database, bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts']],
  ];
  const steps: Step[] = [
    ['type check', integration, bin('tsc'), ['--noEmit']],
    ['lint', integration, bin('eslint'), ['--max-warnings=0', '.']],
    ['format check', integration, bin('prettier'), ['--check', '.']],
    ...setUp(integration, 'integration'),
    ['migration drift check', integration, bin('tsx'), ['scripts/db.ts', 'check']],
    // One file at a time: the embedded database admits one process at a time.
    [
      'unit and integration tests',
      integration,
      bin('tsx'),
      ['--conditions=react-server', '--test', '--test-concurrency=1', ...testFiles],
    ],
    ...setUp(browser, 'browser'),
    [
      'create the admin (browser)',
      browser,
      bin('tsx'),
      [
        '--conditions=react-server',
        'scripts/user-create.ts',
        '--email',
        e2eAdmin.E2E_ADMIN_EMAIL,
        '--role',
        'admin',
        '--name',
        'E2E Admin',
      ],
      e2eAdmin.E2E_ADMIN_PASSWORD,
    ],
    ['build', browser, bin('next'), ['build']],
    ['end-to-end tests', browser, bin('playwright'), ['test']],
  ];
  const timings: string[] = [];
  let failed: string | undefined;
  try {
    for (const [name, database, command, args, stdin] of steps) {
      console.log(`\n=== ${name}`);
      const startedAt = performance.now();
      const code = await run(command, args, { ...database.env, E2E_PORT, SITE_URL, ...e2eAdmin }, stdin);
      timings.push(
        `${name.padEnd(28)} ${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s${code ? '  FAILED' : ''}`,
      );
      if (code !== 0) {
        failed = name;
        break;
      }
    }
  } finally {
    await Promise.all([integration.remove(), browser.remove()]);
  }
  console.log(`\n${timings.join('\n')}`);
  console.log(failed ? `\nnpm test: FAILED at ${failed}` : '\nnpm test: all steps passed');
  return failed ? 1 : 0;
}

process.exit(await main());
