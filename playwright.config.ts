import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers on our machines: use Debian's Chromium, or any
// Chromium named by CHROMIUM_PATH, or Playwright's own where it is installed.
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // One server on one embedded database: keep the load small on a 2-core machine.
  workers: 1,
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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // No lookups outside this machine.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /reader\.spec\.ts/ },
  ],
  webServer: {
    // `npm test` builds first; the server runs on the scratch database it was given.
    command: `${process.execPath} node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
