// npm test: every check the project has, on scratch databases made for the run and removed after it:
// fresh PGlite folders, or with DATABASE_URL fresh databases on that PostgreSQL server. The
// developer's own data is never touched. Integration tests and the browser tests get one database
// each, so the browser sees exactly the seed and none of the factories' rows.
//
//   npm test                            everything (scope "all")
//   npm test -- --scope=smoke           what depends on the database: the node tests that use one and
//                                       the browser smoke specs, no static checks (CI runs this on the
//                                       embedded one)
//   npm run test:unit [-- <files>]      the node tests alone (scope "unit"), all or the files named
//
// TEST_SCOPE=smoke works as well as --scope=smoke. Steps that share nothing run side by side
// (docs/testing.md), in lanes that wait for nothing but their own steps: the browser's (its
// database, the build, the browser tests), the node tests' two halves, each on a database of its
// own, and the static checks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
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
// The browser tests are one client at one address, mostly one account, and the hostile-input spec
// alone sends thousands of requests: every limit but the exports' is raised so that no spec is
// refused for what the ones before it did. e2e/rate-limits.spec.ts proves the limits on exports,
// whose default stays; the unit and integration tests prove the others.
const RATE_LIMITS = 'search=100000/60,api=100000/60,feeds=100000/60,shareImages=100000/60,writes=100000/60';
// The node test files are split into this many shards, each run one file at a time on a database of
// its own, side by side: two files never share a database, so a test that counts or lists a whole
// table sees only its own shard's rows, each written by one file at a time.
const NODE_TEST_SHARDS = 2;
// The browser specs that exercise what differs between the embedded database and PostgreSQL:
// reading claim pages, search and filters (full text and trigrams), a proposal written in one
// transaction, an edit by compare-and-set with its revision and correction, the API and streamed
// exports. CI runs them on the embedded database; everything runs on PostgreSQL.
const SMOKE_SPECS = [
  'e2e/reader.spec.ts',
  'e2e/browse.spec.ts',
  'e2e/new-claim.spec.ts',
  'e2e/claim-editing.spec.ts',
  'e2e/api-and-data.spec.ts',
];
// The node tests that never touch a database: the pure logic (lib/domain, no I/O by the project's
// rules), the zod schemas (lib/validation) and the intake's evaluation. The smoke scope, which is
// about the database, leaves them out: they answer the same on either database, and the run on
// PostgreSQL has them.
const DATABASE_FREE_TEST_DIRS = ['lib/domain/', 'lib/validation/', 'scripts/eval-intake/'];
const SCOPES = ['all', 'smoke', 'unit'] as const;
type Scope = (typeof SCOPES)[number];

type Step = { name: string; database: ScratchDatabase; command: string; args: string[]; stdin?: string };
type StepResult = { name: string; seconds: number; code: number };

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

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

/**
 * Runs one step. A step that runs beside another has its output held back and printed whole when it
 * ends, so that the two never interleave line by line.
 */
function run(step: Step, extraEnv: Record<string, string>, holdOutput: boolean): Promise<StepResult> {
  const startedAt = performance.now();
  if (!holdOutput) console.log(`\n=== ${step.name}`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: [
        step.stdin === undefined ? 'inherit' : 'pipe',
        holdOutput ? 'pipe' : 'inherit',
        holdOutput ? 'pipe' : 'inherit',
      ],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.database.env, ...extraEnv },
    });
    child.stdin?.end(step.stdin);
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    child.on('close', (exitCode, signal) => {
      const code = exitCode ?? (signal ? 1 : 0);
      if (holdOutput) process.stdout.write(`\n=== ${step.name} (ran beside another step)\n${Buffer.concat(held)}`);
      resolve({ name: step.name, seconds: (performance.now() - startedAt) / 1000, code });
    });
  });
}

/**
 * Runs lanes side by side, the steps of each lane in order. The first lane prints as it goes; the
 * others hold their output. After a failure no lane starts another step.
 */
async function runLanes(lanes: Step[][], extraEnv: Record<string, string>, results: StepResult[]): Promise<void> {
  const active = lanes.filter((lane) => lane.length);
  let failed = false;
  await Promise.all(
    active.map(async (lane, index) => {
      for (const step of lane) {
        if (failed) return;
        const result = await run(step, extraEnv, index > 0);
        results.push(result);
        if (result.code !== 0) failed = true;
      }
    }),
  );
}

function parseScope(): { scope: Scope; files: string[] } {
  const args = process.argv.slice(2);
  const flag = args.find((arg) => arg.startsWith('--scope='));
  const scope = flag?.slice('--scope='.length) ?? process.env.TEST_SCOPE ?? 'all';
  if (!SCOPES.includes(scope as Scope)) throw new Error(`unknown test scope "${scope}": use ${SCOPES.join(', ')}`);
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length && scope !== 'unit') throw new Error('test files can be named with npm run test:unit only');
  return { scope: scope as Scope, files };
}

/**
 * Splits the test files into shards of about equal size (bytes stand in for running time), the
 * largest files first, each to the lightest shard so far.
 */
async function shard(files: string[], count: number): Promise<string[][]> {
  const sized = await Promise.all(files.map(async (file) => ({ file, size: (await stat(file)).size })));
  const shards = Array.from({ length: Math.min(count, files.length) }, () => ({ size: 0, files: [] as string[] }));
  for (const { file, size } of sized.sort((a, b) => b.size - a.size)) {
    const lightest = shards.reduce((min, candidate) => (candidate.size < min.size ? candidate : min));
    lightest.size += size;
    lightest.files.push(file);
  }
  return shards.map((candidate) => candidate.files.sort());
}

async function main(): Promise<number> {
  if (!isLocalDatabase()) {
    console.error('npm test refuses a non-local database: point DATABASE_URL at a PostgreSQL server on localhost.');
    return 1;
  }
  const { scope, files } = parseScope();
  const testFiles = files.length
    ? files.map((file) => path.relative(ROOT, path.resolve(file)))
    : (await Promise.all(TEST_ROOTS.map((dir) => findTestFiles(path.join(ROOT, dir)))))
        .flat()
        .filter((file) => scope !== 'smoke' || !DATABASE_FREE_TEST_DIRS.some((dir) => file.startsWith(dir)));
  const shards = await shard(testFiles, NODE_TEST_SHARDS);
  // The browser tests' admin, made the way the first admin of a real site is: through the command
  // line, with a password piped on stdin. A fresh random one per run: there is no default password.
  const e2eAdmin = {
    E2E_ADMIN_EMAIL: 'e2e-admin@example.test',
    E2E_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
  };
  const integration = await Promise.all(shards.map((_, index) => createScratchDatabase(`integration${index + 1}`)));
  const browser = scope === 'unit' ? undefined : await createScratchDatabase('e2e');
  const databases = [...integration, ...(browser ? [browser] : [])];
  console.log(`npm test (scope ${scope}), scratch databases:\n  ${databases.map((db) => db.label).join('\n  ')}`);

  const step = (name: string, database: ScratchDatabase, command: string, args: string[], stdin?: string): Step => ({
    name,
    database,
    command,
    args,
    stdin,
  });
  const setUp = (database: ScratchDatabase, purpose: string): Step[] => [
    step(`migrate (${purpose})`, database, bin('tsx'), ['scripts/db.ts', 'migrate']),
    step(`seed (${purpose})`, database, bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts']),
  ];
  const shardName = (index: number) => (shards.length > 1 ? ` ${index + 1}/${shards.length}` : '');
  // One lane per node test database: migrated and seeded, then its files, one at a time (the embedded
  // database admits one process, and a file may count rows). The first also proves that the
  // migrations reproduce the schema, where the whole database is tested.
  const nodeTestLanes = shards.map((shardFiles, index) => [
    ...setUp(integration[index]!, `integration${shardName(index)}`),
    ...(browser && index === 0
      ? [step('migration drift check', integration[0]!, bin('tsx'), ['scripts/db.ts', 'check'])]
      : []),
    step(
      `node tests${shardName(index)} (${shardFiles.length} file${shardFiles.length === 1 ? '' : 's'})`,
      integration[index]!,
      bin('tsx'),
      ['--conditions=react-server', '--test', '--test-concurrency=1', ...shardFiles],
    ),
  ]);

  // Lanes run side by side, the steps of each in order; the first prints as it goes.
  const lanes: Step[][] = [];
  if (!browser) {
    lanes.push(...nodeTestLanes);
  } else {
    // The browser lane is the longest: it starts at once and waits for nothing but its own database.
    // The build and the browser read the browser database, the node tests their own.
    lanes.push([
      ...setUp(browser, 'browser'),
      step(
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
      ),
      // npm's build script: `next build`, then the framework's compile hints (scripts/compile-hints.ts).
      step('build', browser, 'npm', ['run', 'build']),
      // Named, the smoke specs run on one worker in the groups' order (playwright.config.ts).
      step(scope === 'smoke' ? 'end-to-end smoke tests' : 'end-to-end tests', browser, bin('playwright'), [
        'test',
        ...(scope === 'smoke' ? SMOKE_SPECS : []),
      ]),
    ]);
    lanes.push(...nodeTestLanes);
    if (scope === 'all')
      lanes.push([
        step('type check', browser, bin('tsc'), ['--noEmit']),
        step('lint', browser, bin('eslint'), ['--max-warnings=0', '.']),
        step('format check', browser, bin('prettier'), ['--check', '.']),
      ]);
  }

  const results: StepResult[] = [];
  const startedAt = performance.now();
  try {
    await runLanes(lanes, { E2E_PORT, SITE_URL, RATE_LIMITS, ...e2eAdmin }, results);
  } finally {
    await Promise.all(databases.map((database) => database.remove()));
  }
  const lines = results.map(
    ({ name, seconds, code }) => `${name.padEnd(40)} ${seconds.toFixed(1).padStart(6)} s${code ? '  FAILED' : ''}`,
  );
  const total = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`\n${lines.join('\n')}\n${'wall clock (steps overlap)'.padEnd(40)} ${total.padStart(6)} s`);
  const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
  console.log(failed.length ? `\nnpm test: FAILED at ${failed.join(', ')}` : '\nnpm test: all steps passed');
  return failed.length ? 1 : 0;
}

process.exit(await main());
