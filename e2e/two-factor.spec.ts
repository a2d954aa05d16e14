import { expect, test, type Page } from '@playwright/test';
import { adminOnUsersPage, createAccount, enterTotpCode, newAccount, signIn } from './support/accounts';
import { authenticatorCode } from './support/authenticator';
import { expectNoAxeViolations } from './support/axe';

// Two-factor sign-in and a new password required by an admin, in a browser: the test plays the
// authenticator app with the secret the page shows (lib/dal/two-factor.test.ts has the rest).

/** Sets up two-factor sign-in on /account/two-factor; returns the secret shown and the recovery codes. */
async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code of your two-factor secret key' })).toBeVisible();
  const shown = await page.getByText(/^Secret key:/).textContent();
  const secret = shown!.replace('Secret key:', '').replace(/\s/g, '');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code from your app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByText(/^This code is not right\./)).toBeVisible();
  await page.getByLabel('Code from your app').fill(await authenticatorCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  return { secret, recoveryCodes: await codes.allTextContents() };
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

test('an editor turns on two-factor sign-in, then signs in with a code, and once with each recovery code', async ({
  browser,
  page,
}) => {
  test.slow(); // four sign-ins (argon2id) and axe scans on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const editor = newAccount('Editor');
  await createAccount(adminBrowser.page, editor);
  await adminBrowser.close();

  await signIn(page, editor, '/sign-in?next=/account/two-factor');
  await expect(page.getByRole('heading', { level: 2, name: 'Two-factor sign-in is off' })).toBeVisible();
  const { secret, recoveryCodes } = await enrol(page);
  await page.goto('/account/two-factor');
  await expect(page.getByText('Two-factor sign-in is on since')).toContainText('You have 10 recovery codes left.');
  await expect(page.getByText(/^Secret key:/), 'the secret is never shown again').toHaveCount(0);
  await signOut(page);

  // The password alone opens no session: the second step asks for the code.
  await page.goto('/sign-in?next=/account/two-factor');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/sign-in/code?next=%2Faccount%2Ftwo-factor');
  expect((await page.context().cookies()).some((cookie) => cookie.name.endsWith('session'))).toBe(false);
  await expectNoAxeViolations(page);
  await page.getByLabel('Code', { exact: true }).fill('123456x');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText(/^This code is not right\./)).toBeVisible();
  await enterTotpCode(page, secret);
  await expect(page).toHaveURL('/account/two-factor');
  await signOut(page);

  const [firstCode] = recoveryCodes as [string];
  for (const outcome of ['accepted', 'refused'] as const) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code', { exact: true }).fill(firstCode.toUpperCase());
    await page.getByRole('button', { name: 'Verify' }).click();
    if (outcome === 'accepted') {
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await page.goto('/account/two-factor');
      await expect(page.getByText('You have 9 recovery codes left.')).toBeVisible();
      await signOut(page);
    } else {
      // Each recovery code works once.
      await expect(page.getByText(/^This code is not right\./)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    }
  }
});

test('a new admin is held on the two-factor page until it is on, whatever page it asks for', async ({
  browser,
  page,
}) => {
  const adminBrowser = await adminOnUsersPage(browser);
  const newAdmin = newAccount('Admin');
  await createAccount(adminBrowser.page, newAdmin);
  await adminBrowser.close();

  await page.goto('/sign-in?next=/admin/users');
  await page.getByLabel('Email').fill(newAdmin.email);
  await page.getByLabel('Password').fill(newAdmin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/account/two-factor?next=%2Fadmin%2Fusers');
  await expect(page.getByText('Admins must sign in with a code from an authenticator app')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Account' });
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  for (const path of ['/admin/audit', '/review', '/account/password']) {
    await page.goto(path);
    await expect(page).toHaveURL(`/account/two-factor?next=${encodeURIComponent(path)}`);
  }
  await enrol(page);
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL('/account/password');
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
});

test('an admin requires a new password: the account is signed out, must choose one at its next sign-in, and is free after', async ({
  browser,
  page,
}) => {
  test.slow(); // several argon2id verifications on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const editor = newAccount('Editor');
  await createAccount(adminBrowser.page, editor);
  const editorSession = await browser.newContext();
  const editorPage = await editorSession.newPage();
  await signIn(editorPage, editor);

  const card = adminBrowser.page
    .getByRole('region', { name: 'Accounts' })
    .getByRole('article', { name: new RegExp(editor.email) });
  await card.getByRole('button', { name: 'Require a new password' }).click();
  await expect(
    card.getByText('This account must choose a new password at its next sign-in; it was signed out.'),
  ).toBeVisible();
  await adminBrowser.page.reload();
  await expect(card).toContainText('Must choose a new password at next sign-in.');
  await editorPage.reload();
  await expect(editorPage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await editorSession.close();

  await page.goto('/sign-in?next=/claims/new');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/account/password?next=%2Fclaims%2Fnew');
  await expect(page.getByText('An admin asked you to choose a new password before you go on.')).toBeVisible();
  await page.goto('/review');
  await expect(page).toHaveURL('/account/password?next=%2Freview');
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill(editor.password);
  await page.getByLabel('New password', { exact: true }).fill(editor.password);
  await page.getByLabel('New password again').fill(editor.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Choose a password other than your current one.')).toBeVisible();
  await page.getByLabel('Current password').fill(editor.password);
  await page.getByLabel('New password', { exact: true }).fill('a fresh password for me');
  await page.getByLabel('New password again').fill('a fresh password for me');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL('/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();

  await adminBrowser.page.goto('/admin/audit');
  await expect(adminBrowser.page.getByText('New password required at next sign-in').first()).toBeVisible();
  await adminBrowser.close();
});
