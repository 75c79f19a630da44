import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, signInThroughForm, USERS } from './helpers.js';

test.describe('signing in', () => {
  test('the demo professional signs in, sees the credentials of their record, and signs out', async ({
    page,
  }) => {
    // The front door explains Modality and leads to the public pages and to signing in.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Modality');
    const doors = page.getByRole('list', { name: 'Without an account' });
    for (const name of ['Compare imaging careers', 'Plan a path', 'Find programs']) await expect(doors.getByRole('link', { name })).toBeVisible();
    await expect(doors.getByRole('link', { name: 'Find imaging jobs' })).toHaveAttribute('href', '/jobs');
    await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page).toHaveTitle('Sign in · Modality');

    await signInThroughForm(page, USERS.professional);

    await expect(page).toHaveURL(/\/record$/);
    await expect(page).toHaveTitle('My record · Modality');
    await expect(page.getByRole('heading', { level: 1, name: 'My record' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Ana Reyes');
    await expect(page.getByRole('banner')).toContainText(
      'Professional at St. Brigid Regional Medical Center',
    );

    const credentials = page.getByRole('table', { name: /credentials held/ });
    await expect(credentials).toBeVisible();
    // Credentials by their names, never by code.
    await expect(credentials.getByRole('rowheader', { name: /^ARRT Radiography/ })).toBeVisible();
    await expect(credentials.getByRole('rowheader', { name: /^ARRT Computed Tomography/ })).toBeVisible();
    await expect(credentials.getByRole('row', { name: /ARRT Computed Tomography/ })).toContainText('2019-03-15');
    await expect(credentials).not.toContainText('arrt:');
    await expect(page.getByRole('table', { name: /activities/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /examinations/ })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/record');
    await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  });

  test('a wrong password is reported in an alert', async ({ page }) => {
    await page.goto('/sign-in');
    await signInThroughForm(page, USERS.professional, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('e-mail address or password is not right');
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('a protected page sends you to sign in, then back to it', async ({ page }) => {
    await page.goto('/import');
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fimport/);
    await signInThroughForm(page, USERS.professional);
    await expect(page).toHaveURL(/\/import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Import record' })).toBeVisible();
  });
});
