import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

// The demo has one school, and other specs grade attempts on its form; so this spec never saves a form
// (saving and grading on a program's form are covered by program-grade-form.routes.test.ts on both dialects).
test.describe('a program’s competency grade form', () => {
  test.use({ viewport: PHONE });

  test.describe('the program director', () => {
    test.use({ storageState: authFile('programDirector') });

    test('sees that the school grades on Modality’s default form, and a form with an empty, a repeated or no criterion is refused, quoting it', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Requirements' }).first().click();
      const section = page.getByRole('region', { name: 'Competency grade form' });
      await expect(section.getByTestId('grade-form-whose')).toHaveText(/no grade form of its own: competency attempts are graded on Modality’s default form/);
      await expect(section.getByRole('list', { name: 'Criteria of the grade form' }).getByText('Positioning (must be met to pass)')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page);

      await section.getByLabel('Criterion 1', { exact: true }).fill('');
      await section.getByLabel('Criterion 3', { exact: true }).fill('patient care and communication');
      await section.getByRole('button', { name: 'Add a criterion' }).click();
      await section.getByLabel('Criterion 7', { exact: true }).fill('Explains the exam to the patient');
      await section.getByRole('button', { name: 'Save grade form' }).click();
      await expect(section.getByText(/"" is empty; say what the signer checks/)).toBeVisible();
      await expect(section.getByText(/"patient care and communication" is already criterion 2/)).toBeVisible();
      await expectNoSidewaysScroll(page);

      for (let i = 7; i >= 1; i -= 1) await section.getByRole('button', { name: `Remove criterion ${String(i)}` }).click();
      await section.getByRole('button', { name: 'Save grade form' }).click();
      await expect(section.getByText(/"\[\]" has no criteria; a form needs at least one/)).toBeVisible();

      // Nothing was saved: the school still grades on the default form.
      await page.reload();
      await expect(page.getByRole('region', { name: 'Competency grade form' }).getByTestId('grade-form-whose')).toHaveText(/Modality’s default form/);
    });
  });

  test.describe('an instructor', () => {
    test.use({ storageState: authFile('instructor') });

    test('reads the form and is told only the director changes it', async ({ page }) => {
      await page.goto('/requirements');
      const section = page.getByRole('region', { name: 'Competency grade form' });
      await expect(section.getByRole('list', { name: 'Criteria of the grade form' }).getByText('Radiation protection (must be met to pass)')).toBeVisible();
      await expect(section.getByText('Only the program director changes the form.')).toBeVisible();
      await expect(section.getByRole('button', { name: 'Save grade form' })).toHaveCount(0);
      await expectNoSidewaysScroll(page);
    });
  });
});
