import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  authFile,
  DEMO_PASSWORD,
  expectNoSeriousAxeViolations,
  expectNoSidewaysScroll,
  PHONE,
  signInThroughForm,
} from './helpers.js';

/** The path and query of the newest link in the demo mailbox's newest mail with `subject` to `to`. */
async function linkFromMailbox(page: Page, subject: string, to: string): Promise<string> {
  await page.goto('/dev/mail');
  await expect(page.getByRole('heading', { level: 1, name: 'Demo mailbox' })).toBeVisible();
  const mail = page.getByRole('article', { name: `${subject}, to ${to}` }).first();
  await expect(mail).toBeVisible();
  const href = await mail.getByRole('link').first().getAttribute('href');
  if (href === null) throw new Error('the mail has no link');
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

test.describe('accounts and mail on the demo', () => {
  test('every page says it is the demo', async ({ page }) => {
    for (const path of ['/sign-in', '/careers', '/forgot-password', '/no-such-page']) {
      await page.goto(path);
      await expect(page.getByTestId('demo-banner')).toHaveText(/Demo — fictitious data/);
    }
  });

  test('a forgotten password: the reset mail arrives in the demo mailbox, its link works once', async ({ page }) => {
    const email = 'grace.kim@demo.modality.test';
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Mail me a reset link' }).click();
    await expect(page.getByRole('status')).toContainText('works once, for 30 minutes');

    const link = await linkFromMailbox(page, 'Reset your Modality password', email);
    expect(link).toMatch(/^\/reset-password\?token=/);
    await page.setViewportSize(PHONE);
    await page.goto(link);
    await expectNoSidewaysScroll(page);
    await page.getByLabel('New password', { exact: true }).fill('grace has a new password');
    await page.getByLabel('New password again').fill('grace has a new password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.getByRole('status')).toContainText('signed out everywhere');

    // The same link a second time does nothing.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('someone else tries this');
    await page.getByLabel('New password again').fill('someone else tries this');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.getByRole('alert')).toContainText('does not work any more');

    await page.goto('/sign-in');
    await signInThroughForm(page, email, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toContainText('e-mail address or password is not right');
    await signInThroughForm(page, email, 'grace has a new password');
    await expect(page.getByTestId('user-name')).toHaveText('Grace Kim');
  });

  test('a new account confirms its e-mail address with the mailed link', async ({ page }) => {
    const email = `new.person.${String(Date.now())}@example.org`;
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('Nora Newcomer');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('nora has a good password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByTestId('user-name')).toHaveText('Nora Newcomer');
    await page.getByRole('link', { name: 'Your account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByTestId('email-state')).toHaveText('(not confirmed yet)');

    const link = await linkFromMailbox(page, 'Confirm your e-mail address for Modality', email);
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await expect(page.getByRole('status')).toContainText('your e-mail address is confirmed');
    await page.goto('/account');
    await expect(page.getByTestId('email-state')).toHaveText('(confirmed)');
  });
});

test.describe('sessions', () => {
  test('a second browser shows in the list, is signed out from the first, and "sign out everywhere" ends all', async ({
    browser,
  }) => {
    const email = 'emily.walsh@demo.modality.test';
    const first = await browser.newPage();
    const second = await browser.newPage({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1' });
    for (const page of [first, second]) {
      await page.goto('/sign-in');
      await signInThroughForm(page, email);
      await expect(page.getByTestId('user-name')).toHaveText('Emily Walsh');
    }
    await first.getByRole('link', { name: 'Your account' }).click();
    const table = first.getByRole('table', { name: 'Where you are signed in' });
    await expect(table.getByRole('row', { name: /Safari on iPhone/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /\(this one\)/ })).toBeVisible();
    await table.getByRole('button', { name: /Sign out Safari on iPhone/ }).click();
    await expect(table.getByRole('row', { name: /Safari on iPhone/ })).toHaveCount(0);
    await second.goto('/record');
    await expect(second).toHaveURL(/\/sign-in/);

    await signInThroughForm(second, email);
    await expect(second.getByTestId('user-name')).toHaveText('Emily Walsh');
    await first.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(first).toHaveURL(/\/sign-in$/);
    await second.goto('/record');
    await expect(second).toHaveURL(/\/sign-in/);
  });
});

test.describe('your account page', () => {
  test.use({ storageState: authFile('professional'), viewport: PHONE });

  test('is usable at 390 px and passes axe', async ({ page }) => {
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Where you are signed in' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });

  test('chooses which renewal reminders to get, and the choice is kept', async ({ page }) => {
    await page.goto('/account');
    const reminders = page.getByRole('group', { name: 'Renewal reminders by mail' });
    await expect(reminders.getByLabel('30 days before')).toBeChecked();
    await reminders.getByLabel('30 days before').uncheck();
    await expect(reminders.getByText('Saved.')).toBeVisible();
    await page.reload();
    await expect(reminders.getByLabel('30 days before')).not.toBeChecked();
    await expect(reminders.getByLabel('90 days before')).toBeChecked();
    await reminders.getByLabel('30 days before').check();
    await expect(reminders.getByLabel('30 days before')).toBeChecked();
  });
});

test.describe('your data', () => {
  test('download my data, then delete the account: it is gone, and the password no longer signs in', async ({ page }) => {
    const email = `leaving.${String(Date.now())}@example.org`;
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('Lee Ving');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('lee has a good password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByTestId('user-name')).toHaveText('Lee Ving');
    await page.getByRole('link', { name: 'Your account' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('my-modality-data.json');
    const path = await file.path();
    const data = JSON.parse(readFileSync(path, 'utf8')) as { account: { email: string; name: string }; recordAccess: unknown[] };
    expect(data.account).toMatchObject({ email, name: 'Lee Ving' });
    expect(data.recordAccess).toEqual([]);

    await page.getByLabel('Your password, to confirm').fill('not my password');
    await page.getByRole('button', { name: 'Delete my account and my data' }).click();
    await expect(page.getByText('This is not your password; nothing was deleted.')).toBeVisible();
    await page.getByLabel('Your password, to confirm').fill('lee has a good password');
    await page.getByRole('button', { name: 'Delete my account and my data' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInThroughForm(page, email, 'lee has a good password');
    await expect(page.getByRole('alert')).toContainText('e-mail address or password is not right');
  });
});
