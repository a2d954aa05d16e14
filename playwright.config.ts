import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

// The specs run in three groups, one after the other, each on two workers, a file per worker at a
// time (docs/testing.md). First the specs that assert on the seed as it is (counts of filtered
// lists, who answered whom, a claim's counter-statements) and write nothing another spec asserts on:
// the specs after them make their own records, but publish claims, answer seeded claims and change
// seeded verdicts that these count.
const READS_THE_SEED =
  /\/(accessibility|api-and-data|browse|claim-as-of|claim-timeline|embed|feeds|hostile-input|list-navigation|old-slugs|people-and-organizations|rate-limits|reader|sharing)\.spec\.ts$/;
// Last and alone, the spec that times how soon a write reaches readers (within a second): another
// worker's requests to the one server would queue before its own.
const TIMED = /\/cache-invalidation\.spec\.ts$/;
// Spec files named on the command line (`npx playwright test e2e/review.spec.ts`, as the smoke scope
// and a developer run them) run on one worker in the groups' order, and without the groups before
// theirs, which would otherwise run first, every spec that reads the seed included.
const namedSpecs = process.argv.some((arg) => arg.endsWith('.spec.ts'));
const after = (...projects: string[]) => (namedSpecs ? [] : projects);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // One browser waiting on one server leaves most of two cores idle: a second worker fills them.
  // Files, not tests, are spread over the workers, so the tests of a file still run in order.
  workers: namedSpecs ? 1 : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  // The e2e admin signs in once and turns on two-factor sign-in, as admins must (e2e/support/accounts.ts).
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testMatch: READS_THE_SEED },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /\/reader\.spec\.ts$/ },
    {
      name: 'desktop, own data',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [READS_THE_SEED, TIMED],
      dependencies: after('desktop', 'phone'),
    },
    {
      name: 'desktop, timed',
      use: { ...devices['Desktop Chrome'] },
      testMatch: TIMED,
      dependencies: after('desktop, own data'),
    },
  ],
  webServer: {
    // `npm test` builds first; the server runs on the scratch database it was given, on every
    // interface (scripts/production-server.ts says why).
    command: `${process.execPath} node_modules/next/dist/bin/next start --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
