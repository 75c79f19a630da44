import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './helpers.js';

test.describe('program search (public; the server loads the IPEDS programs and the demo rows on first start)', () => {
  test('filters by discipline and jurisdiction; demo rows say so', async ({ page }) => {
    await page.goto('/programs?accreditor=jrcert');
    await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible();
    const table = page.getByTestId('programs');
    await expect(table.getByRole('row')).toHaveCount(5); // 4 demo JRCERT programs + the header
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Where').selectOption('us-tx');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/jurisdiction=us-tx/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('DEMO Radiologic Technology A.A.S.');
    await expect(table).toContainText('Texas');
    await expect(table).toContainText('demo');
    await expect(table).toContainText('not reported');

    await page.getByLabel('Discipline').selectOption('nuclear-medicine');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('No program in the directory matches these filters.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('real programs reported to IPEDS: graduates in 2023-24 with the source, and the accreditor’s directory linked, not claimed', async ({ page }) => {
    await page.goto('/programs?discipline=radiography&jurisdiction=us-tx&accreditor=other');
    const table = page.getByTestId('programs');
    await expect(table.getByRole('row')).toHaveCount(51); // a first page of 50 of the 73 Texas radiography rows
    await expect(page.getByRole('button', { name: 'More programs' })).toBeVisible();
    const amarillo = table.getByRole('row').filter({ hasText: 'Amarillo College' });
    await expect(amarillo).toContainText('22 in 2023-24');
    await expect(amarillo).toContainText('Not recorded here');
    await expect(amarillo.getByRole('link', { name: /JRCERT’s directory/ })).toHaveAttribute('href', 'https://www.jrcert.org/find-a-program/');
    await expect(amarillo.getByRole('link', { name: /IPEDS/ })).toHaveAttribute('href', /^https:\/\/nces\.ed\.gov\//);
    await expect(table).not.toContainText('IPEDS-');
    await expect(table).not.toContainText('demo');
    await expectNoSeriousAxeViolations(page);
  });
});
