import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations } from './helpers.js';

test.describe('career explorer (public)', () => {
  test('role cards list the 12 roles, signed out', async ({ page }) => {
    await page.goto('/careers');
    await expect(page).toHaveTitle('Careers in medical imaging · Modality');
    const cards = page.getByTestId('role-card');
    await expect(cards).toHaveCount(12);
    await expect(page.getByRole('link', { name: 'Radiographer (radiologic technologist)' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('a role page shows pay and outlook with source and vintage, and the credentials in a chosen jurisdiction', async ({
    page,
  }) => {
    await page.goto('/careers');
    await page.getByRole('link', { name: 'Radiographer (radiologic technologist)' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Radiographer (radiologic technologist)' }),
    ).toBeVisible();
    const outlook = page.getByRole('table', { name: 'Pay and outlook (United States)' });
    const median = outlook.getByRole('row', { name: /Median annual pay/ });
    // BLS's own figures (OEWS May 2025), their publisher named in plain words.
    await expect(median).toContainText('USD 80,110');
    await expect(median).toContainText("from a copy of the Bureau of Labor Statistics' document");
    await expect(median).toContainText('OEWS May 2025, national');
    await expect(median.getByRole('link', { name: 'www.bls.gov' })).toHaveAttribute('href', /bls\.gov/);
    await expect(outlook.getByRole('row', { name: /Median hourly pay/ })).toContainText('USD 38.52 per hour');
    await expect(outlook).not.toContainText('SECONDARY');
    // The chart's numbers, for everyone: a caption and a table.
    await expect(page.getByRole('table', { name: /Annual pay, Radiologic Technologists/ })).toContainText(
      'USD 80,110',
    );

    const credentials = page.getByTestId('role-credentials');
    await expect(credentials).toContainText('ARRT Radiography — R.T.(R)');
    await page.getByLabel('Where you want to work').selectOption('gb');
    await expect(page).toHaveURL(/in=gb/);
    await expect(credentials).toContainText('United Kingdom');
    await expect(credentials).not.toContainText('ARRT Radiography');
    await expectNoSeriousAxeViolations(page);
  });

  test('an unknown role says so', async ({ page }) => {
    await page.goto('/careers/astronaut');
    await expect(page.getByRole('alert')).toContainText('astronaut');
  });

  test('two roles side by side', async ({ page }) => {
    await page.goto('/careers');
    await page.getByLabel('First role').selectOption('radiographer');
    await page.getByLabel('Second role').selectOption('sonographer');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/careers\/compare\?a=radiographer&b=sonographer/);
    const columns = page.getByTestId('compare-column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0)).toContainText('Radiographer');
    await expect(columns.nth(0)).toContainText('USD 80,110');
    await expect(columns.nth(1)).toContainText('Sonographer');
    await expect(columns.nth(1)).toContainText('Bureau of Labor Statistics');
    await expect(columns.nth(1)).toContainText('Modalities: Diagnostic medical sonography');
    await expect(page.getByRole('table', { name: /Median annual pay/ })).toContainText('Radiographer');
    await expectNoSeriousAxeViolations(page);
  });

  test.describe('signed in', () => {
    test.use({ storageState: authFile('professional') });

    test('Careers, Plan a path and Programs are in the navigation', async ({ page }) => {
      await page.goto('/record');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Careers' }).click();
      await expect(page.getByTestId('role-card')).toHaveCount(12);
      await expect(nav.getByRole('link', { name: 'Careers' })).toHaveAttribute('aria-current', 'page');
      await expect(nav.getByRole('link', { name: 'My record' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Plan a path' })).toBeVisible();
      await expect(page.getByTestId('user-name')).toHaveText('Ana Reyes');
    });
  });
});
