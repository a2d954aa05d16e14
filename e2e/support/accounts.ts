import { randomUUID } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';

// Signing in and making accounts in a browser, for the specs that need people with roles. The
// first admin cannot come from the app (there is no default account): `npm test` makes one with
// `npm run user:create` before the server starts and passes its credentials here.
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD;
if (!ADMIN_EMAIL || !ADMIN_PASSWORD) {
  throw new Error(
    'Set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD to an admin made with `npm run user:create` (npm test does this itself).',
  );
}
export const admin = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD };

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

export async function signIn(page: Page, account: { email: string; password: string }, path = '/sign-in') {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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

/** An admin's browser on /admin/users, and a helper to end it. */
export async function adminOnUsersPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, admin, '/sign-in?next=/admin/users');
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
