import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

test.describe('cohort and program effectiveness', () => {
  test.use({ storageState: authFile('programDirector'), viewport: PHONE });

  test('the program director sees each current student with their risks, and the JRCERT figures with sample sizes, on a phone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Cohort' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cohort and program effectiveness' })).toBeVisible();
    const students = page.getByRole('table', { name: 'Current students and what puts them at risk' });
    await expect(students.getByText('Sam Patel')).toBeVisible();
    await expect(students.getByText('Lena Morales')).toBeVisible();
    // Former students (the demo's graduates) are not in the cohort.
    await expect(students.getByText('Zoe Kaplan')).toHaveCount(0);
    await expect(page.getByTestId('five-year-pass')).toHaveText(/^\d+ of \d+ \(\d+%\)$/);
    await expect(page.getByTestId('five-year-placement')).toHaveText(/^\d+ of \d+ \(\d+%\)$/);
    await expect(page.getByRole('table', { name: 'Each graduation year, with sample sizes' })).toBeVisible();
    await expect(page.getByText(/not confirmed/).first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('a student', () => {
  test.use({ storageState: authFile('student') });

  test('has no cohort page in the menu, and the API refuses the school\'s cohort', async ({ page }) => {
    await page.goto('/record');
    await expect(page.getByRole('link', { name: 'Cohort' })).toHaveCount(0);
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { memberships: { organisationId: string }[] };
    const school = me.memberships[0]?.organisationId ?? '';
    expect((await page.request.get(`/api/v1/schools/${school}/cohort`)).status()).toBe(403);
    expect((await page.request.get(`/api/v1/schools/${school}/program-effectiveness`)).status()).toBe(403);
  });
});
