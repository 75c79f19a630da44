import { expect, test } from '@playwright/test';
import { authFile, expectNoSidewaysScroll, PHONE } from './helpers.js';

test.describe('a simulated competency in the log', () => {
  test.use({ storageState: authFile('student'), viewport: PHONE });

  test('the student logs a procedure shown in a simulation; the log says so, and the progress states the program cap', async ({ page }) => {
    await page.goto('/clinical');
    await expect(page.getByRole('heading', { level: 1, name: 'My clinical log' })).toBeVisible();
    await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Small bowel series' });
    await page.getByLabel('What you did').selectOption({ label: 'Performed' });
    await page.getByLabel('Supervision', { exact: true }).selectOption({ label: 'Direct supervision' });
    await page.getByLabel('Shown in a simulation, not on a patient').check();
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged: Small bowel series' })).toBeVisible();
    // The browser tests share one database: no other test logs this procedure, and this entry is not signed.
    const entry = page.getByTestId('clinical-entry').filter({ hasText: 'Small bowel series' }).filter({ hasText: 'Not signed yet' }).first();
    await expect(entry).toContainText('simulated');
    // Unsigned, it does not count yet; the demo program's own cap is stated.
    await expect(page.getByTestId('simulation-cap')).toContainText(/Simulated competencies: \d+ of at most 4 \(your program’s cap\)/);
    await expectNoSidewaysScroll(page);
  });
});
