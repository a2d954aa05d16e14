import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type FullConfig } from '@playwright/test';
import { enterTotpCode } from './accounts';
import { authenticatorCode } from './authenticator';

// Before any spec: the e2e admin, made by `npm run user:create` as a real site's first admin is,
// signs in for the first time and, as every admin must, turns on two-factor sign-in, playing the
// authenticator app with the secret the page shows. The secret and the signed-in browser state
// pass to the specs through the environment, which Playwright's workers inherit
// (./accounts.ts: `admin.totpSecret`, `adminOnUsersPage`, `adminCookieHeader`).
export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ baseURL });
  await page.goto('/sign-in?next=/admin/users');
  await page.getByLabel('Email').fill(process.env.E2E_ADMIN_EMAIL!);
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first sign-in of the run: the server's first action and argon2id, on a machine that may
  // be compiling beside it (CI's node tests) took more than the default 5 s once.
  await expect(page).toHaveURL(/^[^?]*\/(account\/two-factor|sign-in\/code)\?/, { timeout: 30_000 });
  let secret = process.env.E2E_ADMIN_TOTP_SECRET;
  if (new URL(page.url()).pathname === '/sign-in/code') {
    // A database whose admin enrolled in an earlier run: only that run's secret signs it in.
    if (!secret)
      throw new Error(
        'The e2e admin has two-factor sign-in on already: make a fresh database (npm test does), or set E2E_ADMIN_TOTP_SECRET to its secret.',
      );
    await enterTotpCode(page, secret);
  } else {
    // The admin is held on the enrolment page, whatever it asked for.
    await expect(page).toHaveURL('/account/two-factor?next=%2Fadmin%2Fusers');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const shown = await page.getByText(/^Secret key:/).textContent();
    secret = shown!.replace('Secret key:', '').replace(/\s/g, '');
    await page.getByLabel('Code from your app').fill(await authenticatorCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
    await page.getByRole('link', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const storageState = path.join(tmpdir(), `countercheck-e2e-admin-${process.pid}.json`);
  await page.context().storageState({ path: storageState });
  await browser.close();
  process.env.E2E_ADMIN_TOTP_SECRET = secret;
  process.env.E2E_ADMIN_STORAGE_STATE = storageState;
}
