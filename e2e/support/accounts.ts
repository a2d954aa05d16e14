import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import { authenticatorCode } from './authenticator';

// Signing in and making accounts in a browser, for the specs that need people with roles. The
// first admin cannot come from the app (there is no default account): `npm test` makes one with
// `npm run user:create` before the server starts and passes its credentials here. Admins must sign
// in with a second factor: the global setup (./global-setup.ts) signs this one in once, turning
// two-factor sign-in on as any new admin must, and hands its secret and that session to the specs.
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD;
if (!ADMIN_EMAIL || !ADMIN_PASSWORD) {
  throw new Error(
    'Set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD to an admin made with `npm run user:create` (npm test does this itself).',
  );
}
export const admin = {
  email: ADMIN_EMAIL,
  password: ADMIN_PASSWORD,
  /** Set by the global setup, which turned two-factor sign-in on for the admin. */
  get totpSecret() {
    return process.env.E2E_ADMIN_TOTP_SECRET;
  },
};

/** The file of the admin's signed-in browser state (its session cookie), written by the global setup. */
function adminStorageState(): string {
  const path = process.env.E2E_ADMIN_STORAGE_STATE;
  if (!path) throw new Error('The global setup (e2e/support/global-setup.ts) has not signed the admin in.');
  return path;
}

/** The admin's session cookie as a Cookie header, for requests made without a browser. */
export function adminCookieHeader(): string {
  const state = JSON.parse(readFileSync(adminStorageState(), 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/**
 * Plays the authenticator app on the second step of a sign-in, with a code of a step no earlier
 * sign-in of this run has used (./authenticator.ts): it waits for the next 30-second step only when
 * the account signed in three times within this one.
 */
export async function enterTotpCode(page: Page, secret: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(await authenticatorCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export type Account = { email: string; password: string; name: string; role: 'Contributor' | 'Editor' | 'Admin' };
export const newAccount = (role: Account['role']): Account => {
  const suffix = randomUUID().slice(0, 8);
  return {
    email: `${role.toLowerCase()}-${suffix}@example.test`,
    password: `password ${suffix} long`,
    name: `${role} ${suffix}`,
    role,
  };
};

/** Signs in with the password and, for an account with a TOTP secret, a code on the second step. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; totpSecret?: string },
  path = '/sign-in',
) {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (account.totpSecret) await enterTotpCode(page, account.totpSecret);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function createAccount(page: Page, account: Account) {
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Role').selectOption(account.role.toUpperCase());
  await form.getByLabel('Initial password').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText(`Account created for ${account.name} (${account.email}).`)).toBeVisible();
}

/**
 * An admin's browser on /admin/users, and a helper to end it. It shares the session the global
 * setup opened: signing the admin in afresh for each of the many specs that make accounts would
 * cost each a sign-in, and a code is accepted once per 30-second step. Never sign out in it: that
 * would end the session for every spec after.
 */
export async function adminOnUsersPage(browser: Browser) {
  const context = await browser.newContext({ storageState: adminStorageState() });
  const page = await context.newPage();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  return { page, close: () => context.close() };
}

/** New accounts with the given roles, made by the admin through /admin/users, as a real site gets them. */
export async function makeAccounts(browser: Browser, roles: Account['role'][]): Promise<Account[]> {
  const adminBrowser = await adminOnUsersPage(browser);
  const accounts = roles.map(newAccount);
  for (const account of accounts) await createAccount(adminBrowser.page, account);
  await adminBrowser.close();
  return accounts;
}

/** A browser of its own, signed in as `account`, on `path`, and a helper to end it. */
export async function signedInPage(browser: Browser, account: Account, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, `/sign-in?next=${encodeURIComponent(path)}`);
  return { page, close: () => context.close() };
}
