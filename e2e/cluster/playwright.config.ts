import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';
import { clusterConfig, origin } from '../../scripts/cluster/config';

// `npm run test:cluster` (scripts/test-cluster.ts) runs these specs against the local cluster it
// started: one worker, in order, since they stop and start its parts.
const cluster = clusterConfig(process.env, path.resolve('.'));

export default defineConfig({
  testDir: '.',
  testMatch: /\.cluster\.ts$/,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    ...devices['Desktop Chrome'],
    // Editors sign in on the first instance; readers are sent to each instance and to the edge.
    baseURL: origin(cluster.appPorts[0]!),
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
});
