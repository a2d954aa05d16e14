import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { admin, adminOnUsersPage, createAccount, enterTotpCode, newAccount, signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { captureServerAction, cookieHeader, replayServerAction } from './support/server-actions';

// Accounts and roles in a browser (the admin and the account helpers: ./support/accounts.ts).

test('a signed-out visitor is sent from every account page to sign in, and comes back after', async ({ page }) => {
  for (const path of ['/admin/users', '/admin/audit', '/account/password']) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // An admin's sign-in takes a second step, which keeps where to come back to.
  await expect(page).toHaveURL('/sign-in/code?next=%2Faccount%2Fpassword');
  await enterTotpCode(page, admin.totpSecret!);
  await expect(page).toHaveURL('/account/password');
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
});

test('a wrong password or an unknown email gets one generic error, with the email kept', async ({ page }) => {
  await page.goto('/sign-in');
  for (const email of [admin.email, `nobody-${randomUUID().slice(0, 8)}@example.test`]) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
  await expectNoAxeViolations(page);
});

test('after five wrong passwords the sign-in form refuses even the right one, and says when to try again', async ({
  browser,
  page,
}) => {
  test.slow(); // six sign-ins, each an argon2id verification, on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const editor = newAccount('Editor');
  await createAccount(adminBrowser.page, editor);
  await adminBrowser.close();

  await page.goto('/sign-in');
  const attempt = async (password: string) => {
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(password);
    // Wait for this answer: the message on the page may be the previous attempt's.
    await Promise.all([
      page.waitForResponse((response) => Boolean(response.request().headers()['next-action'])),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong password ${i}`);
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    // The form is reset once the answer is shown (a password is never sent back): typing before
    // that reset would be wiped, and the next click would send an empty form.
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
  await attempt(editor.password);
  await expect(page.getByText(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(editor.email);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the session cookie is HttpOnly, SameSite=Lax and, on an https site, Secure', async ({ page, context }) => {
  await signIn(page, admin);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith('session'));
  expect(session).toMatchObject({ name: '__Host-session', httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).some((cookie) => cookie.name === '__Host-session')).toBe(false);
});

test('an admin creates a contributor and an editor, and each sees only what their role allows', async ({
  browser,
  page,
}) => {
  test.slow(); // several sign-ins, each an argon2id verification, and axe scans on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const adminPage = adminBrowser.page;
  await expectNoAxeViolations(adminPage);

  // A refused form keeps what was typed and says what is wrong next to the field.
  const contributor = newAccount('Contributor');
  const form = adminPage.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Email').fill(contributor.email);
  await form.getByLabel('Name').fill(contributor.name);
  await form.getByLabel('Initial password').fill('too short');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(form.getByLabel('Email')).toHaveValue(contributor.email);
  await expect(form.getByLabel('Name')).toHaveValue(contributor.name);
  await expectNoAxeViolations(adminPage);

  const editor = newAccount('Editor');
  await createAccount(adminPage, contributor);
  await createAccount(adminPage, editor);
  const accounts = adminPage.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByRole('article', { name: new RegExp(contributor.email) })).toContainText('Contributor');
  await expect(accounts.getByRole('article', { name: new RegExp(editor.email) })).toContainText('Editor');

  for (const account of [contributor, editor]) {
    await signIn(page, account);
    await expect(page.getByText(`Signed in as ${account.name} (${account.role})`)).toBeVisible();
    const accountNav = page.getByRole('navigation', { name: 'Account' });
    await expect(accountNav.getByRole('link', { name: 'Password' })).toBeVisible();
    await expect(accountNav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(accountNav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    for (const path of ['/admin/users', '/admin/audit']) {
      // A real 403, not a page that says no with a 200.
      expect((await page.goto(path))?.status()).toBe(403);
      await expect(page.getByText("Your account's role does not give access to this page.")).toBeVisible();
      await expect(page.getByRole('form', { name: 'Create an account' })).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  }

  await adminBrowser.close();
});

test('an admin promotes one account and disables another, which cannot sign in again; the audit log shows each step', async ({
  browser,
  page,
}) => {
  test.slow(); // several sign-ins, each an argon2id verification, on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const adminPage = adminBrowser.page;
  const contributor = newAccount('Contributor');
  const editor = newAccount('Editor');
  await createAccount(adminPage, contributor);
  await createAccount(adminPage, editor);
  const accounts = adminPage.getByRole('region', { name: 'Accounts' });

  const contributorCard = accounts.getByRole('article', { name: new RegExp(contributor.email) });
  await contributorCard.getByLabel('Role', { exact: true }).selectOption('EDITOR');
  await contributorCard.getByRole('button', { name: 'Save role' }).click();
  await expect(contributorCard.getByText('Role saved.')).toBeVisible();
  await accounts
    .getByRole('article', { name: new RegExp(editor.email) })
    .getByRole('button', { name: 'Disable account' })
    .click();
  await expect(accounts.getByRole('article', { name: new RegExp(editor.email) })).toContainText('Editor, disabled');
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();

  // Every step is in the audit log, newest first. (Other specs' workers write to it meanwhile: only
  // this test's accounts are looked at.)
  await adminPage.goto('/admin/audit');
  const log = adminPage.getByRole('list').filter({ hasText: 'Account created' }).first();
  const editorEvents = log.getByRole('listitem').filter({ hasText: editor.email });
  await expect(editorEvents).toHaveCount(3);
  await expect(editorEvents.nth(0)).toContainText('Sign-in failed');
  await expect(editorEvents.nth(1)).toContainText('Account disabled');
  await expect(editorEvents.nth(2)).toContainText('Account created');
  await expect(
    log.getByRole('listitem').filter({ hasText: 'Role changed' }).filter({ hasText: contributor.email }),
  ).toContainText('to: editor');
  await expect(
    log.getByRole('listitem').filter({ hasText: 'Account created' }).filter({ hasText: contributor.email }),
  ).toHaveCount(1);
  await expectNoAxeViolations(adminPage);
  await adminBrowser.close();
});

test("a contributor who replays the admin's create-account action with forged form data is refused", async ({
  browser,
  page,
  playwright,
}) => {
  test.slow();
  const adminBrowser = await adminOnUsersPage(browser);
  const contributor = newAccount('Contributor');
  // Capture the server action exactly as the admin's browser sends it.
  const captured = await captureServerAction(adminBrowser.page, () => createAccount(adminBrowser.page, contributor));
  await signIn(page, contributor);

  // The forgery: the same action, a new email, the admin role.
  const forged = newAccount('Admin');
  const body = captured
    .postDataBuffer()!
    .toString('utf8')
    .replace(contributor.email, forged.email)
    .replace(/\bCONTRIBUTOR\b/, 'ADMIN');
  expect(body).toContain(forged.email);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const asContributor = await replayServerAction(api, {
    captured,
    path: '/admin/users',
    body,
    cookie: await cookieHeader(page.context()),
  });
  expect(asContributor).toContain('Your account is not allowed to do this.');
  expect(await replayServerAction(api, { captured, path: '/admin/users', body })).toContain('Please sign in first.');
  await api.dispose();

  await adminBrowser.page.reload();
  await expect(adminBrowser.page.getByRole('region', { name: 'Accounts' })).toContainText(contributor.email);
  await expect(adminBrowser.page.getByText(forged.email)).toHaveCount(0);
  await adminBrowser.close();
});

test('an admin enables a disabled account, which signs in again; an editor replaying the enable action is refused', async ({
  browser,
  page,
  playwright,
}) => {
  test.slow(); // several sign-ins, each an argon2id verification, on a shared machine
  const adminBrowser = await adminOnUsersPage(browser);
  const adminPage = adminBrowser.page;
  const contributor = newAccount('Contributor');
  const editor = newAccount('Editor');
  await createAccount(adminPage, contributor);
  await createAccount(adminPage, editor);
  const card = adminPage
    .getByRole('region', { name: 'Accounts' })
    .getByRole('article', { name: new RegExp(contributor.email) });

  await card.getByRole('button', { name: 'Disable account' }).click();
  await expect(card).toContainText('Contributor, disabled');
  await expect(card.getByRole('form', { name: `Role of ${contributor.name}` })).toHaveCount(0);
  await expectNoAxeViolations(adminPage);
  const captured = await captureServerAction(adminPage, () =>
    card.getByRole('button', { name: 'Enable account' }).click(),
  );
  await expect(card).not.toContainText('disabled');
  await expect(card.getByRole('button', { name: 'Disable account' })).toBeVisible();
  await signIn(page, contributor);
  await expect(page.getByText(`Signed in as ${contributor.name} (Contributor)`)).toBeVisible();

  // Disabled again, the account stays disabled when an editor (or a visitor) replays the enable action.
  await card.getByRole('button', { name: 'Disable account' }).click();
  await expect(card).toContainText('Contributor, disabled');
  const editorContext = await browser.newContext();
  await signIn(await editorContext.newPage(), editor);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect(
    await replayServerAction(api, { captured, path: '/admin/users', cookie: await cookieHeader(editorContext) }),
  ).toContain('Your account is not allowed to do this.');
  expect(await replayServerAction(api, { captured, path: '/admin/users' })).toContain('Please sign in first.');
  await api.dispose();
  await adminPage.reload();
  await expect(card).toContainText('Contributor, disabled');

  await adminPage.goto('/admin/audit');
  const enabled = adminPage
    .getByRole('listitem')
    .filter({ hasText: 'Account enabled' })
    .filter({ hasText: contributor.email });
  await expect(enabled).toHaveCount(1);
  await editorContext.close();
  await adminBrowser.close();
});

test('changing the password signs the other browsers out and keeps this one signed in', async ({ browser, page }) => {
  test.slow();
  const adminBrowser = await adminOnUsersPage(browser);
  const editor = newAccount('Editor');
  await createAccount(adminBrowser.page, editor);
  await adminBrowser.close();

  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, editor);
  await signIn(page, editor, '/sign-in?next=/account/password');
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill(editor.password);
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByLabel('New password again').fill('a different new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The two new passwords differ.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill(editor.password);
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByLabel('New password again').fill('a brand new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed. You were signed out everywhere else.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await otherPage.goto('/account/password');
  await expect(otherPage).toHaveURL('/sign-in?next=%2Faccount%2Fpassword');
  await otherContext.close();
});
