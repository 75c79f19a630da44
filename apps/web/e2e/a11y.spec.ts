import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, readFixture } from './helpers.js';

test.describe('accessibility (axe-core: no serious or critical violations)', () => {
  test('sign-in page, also with an error shown', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    // A skip link, landmarks, and labelled fields.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();

    await page.getByLabel('E-mail address').fill('nobody@example.test');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('sign-up page', async ({ page }) => {
    await page.goto('/sign-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test.describe('signed in as the professional', () => {
    test.use({ storageState: authFile('professional') });

    test('my record', async ({ page }) => {
      await page.goto('/record');
      await expect(page.getByRole('table', { name: /credentials held/ })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });

    test('import page, empty and with field errors', async ({ page }) => {
      await page.goto('/import');
      await expect(page.getByRole('heading', { level: 1, name: 'Import record' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      await page.getByLabel('Person record (JSON)').fill(readFixture('broken-record.json'));
      await page.getByRole('button', { name: 'Import record' }).click();
      await expect(page.getByTestId('error-summary')).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  });

  test.describe('signed in as staff', () => {
    test.use({ storageState: authFile('orgAdmin') });

    test('people, organisations and a person page', async ({ page }) => {
      await page.goto('/people');
      await expect(page.getByRole('table', { name: 'People whose records you may see' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.goto('/organisations');
      await expect(page.getByRole('heading', { level: 2, name: 'Your organisations' })).toBeVisible();
      await page.getByRole('button', { name: 'Members and invitations' }).first().click();
      await expect(page.getByRole('table', { name: /Members of/ })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('link', { name: 'People' }).click();
      await page.getByRole('link', { name: 'Ana Reyes' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ana Reyes — record' })).toBeVisible();
      await expect(page.getByRole('table', { name: /credentials held/ })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  });
});
