import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './helpers.js';

test.describe('program search (public; the demo directory is imported before the server starts)', () => {
  test('filters by discipline and jurisdiction', async ({ page }) => {
    await page.goto('/programs');
    await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible();
    const table = page.getByTestId('programs');
    await expect(table.getByRole('row')).toHaveCount(10); // 9 demo programs + the header
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Discipline').selectOption('radiography');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/discipline=radiography/);
    await expect(table.getByRole('row')).toHaveCount(6);
    await expect(table).not.toContainText('sonography');

    await page.getByLabel('Where').selectOption('us-tx');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/jurisdiction=us-tx/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('DEMO Radiologic Technology A.A.S.');
    await expect(table).toContainText('Texas');
    await expect(table).toContainText('24 months');
    await expect(table).toContainText('demo');

    await page.getByLabel('Discipline').selectOption('nuclear-medicine');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('No program in the directory matches these filters.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
