import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations } from './helpers.js';

/** The planned steps, in page order, with their `after` ids. */
async function stepsOf(page: Page): Promise<{ id: string; after: string[] }[]> {
  const items = page.getByTestId('plan-steps').locator(':scope > li');
  const count = await items.count();
  const steps: { id: string; after: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const id = (await item.getAttribute('data-step-id')) ?? '';
    const after = ((await item.getAttribute('data-after')) ?? '').split(' ').filter((s) => s !== '');
    steps.push({ id, after });
  }
  return steps;
}

test.describe('plan a path', () => {
  test('radiographer in Texas from a blank start: ordered steps, durations and costs or unknown, alternatives', async ({
    page,
  }) => {
    await page.goto('/plan');
    await expect(page.getByRole('heading', { level: 1, name: 'Plan a path' })).toBeVisible();
    await page.getByLabel('Target role').selectOption('radiographer');
    await page.getByLabel('Where').selectOption('us-tx');
    await page.getByLabel('A blank start').check();
    await page.getByRole('button', { name: 'Make the plan' }).click();
    await expect(page).toHaveURL(/target=radiographer/);
    await expect(
      page.getByRole('heading', { level: 2, name: /Radiographer.*in Texas, from a blank start/ }),
    ).toBeVisible();

    const steps = await stepsOf(page);
    expect(steps.map((s) => s.id)).toContain('arrt-r-program');
    expect(steps.map((s) => s.id)).toContain('licence-us-tx');
    const position = new Map(steps.map((s, i) => [s.id, i]));
    steps.forEach((step, i) => {
      for (const before of step.after) expect(position.get(before) ?? -1).toBeLessThan(i);
    });

    const program = page.locator('[data-step-id="arrt-r-program"]');
    await expect(program.getByTestId('step-duration')).toHaveText('24 months');
    await expect(program.getByTestId('step-cost')).toHaveText('USD 10,030–11,155');
    const exam = page.locator('[data-step-id="arrt-r-exam"]');
    await expect(exam.getByTestId('step-duration')).toHaveText('unknown');
    await expect(exam.getByTestId('step-cost')).toHaveText('unknown');
    await expect(page.getByTestId('plan-totals')).toContainText('some durations are unknown');

    const alternatives = page.getByRole('table', { name: 'Alternatives' });
    await expect(alternatives.getByRole('row').nth(1)).toBeVisible();
    await expect(alternatives).toContainText('(the plan above)');
    await expect(page.getByTestId('plan-sources').getByRole('link').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // The print view hides the navigation and the form, and keeps the plan.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Make the plan' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print plan' })).toBeHidden();
    await expect(page.getByTestId('plan-steps')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('CT technologist in Texas from a blank start includes the Texas licence step', async ({ page }) => {
    await page.goto('/plan');
    // Signed out, nobody is put in Texas: the place is asked for.
    await expect(page.getByLabel('Where')).toHaveValue('');
    await page.goto('/plan?target=ct-technologist&in=us-tx&from=blank');
    await expect(page.locator('[data-step-id="ct-exam"]')).toBeVisible();
    const steps = await stepsOf(page);
    expect(steps.map((s) => s.id)).toEqual(expect.arrayContaining(['arrt-r-exam', 'licence-us-tx', 'ct-exam']));
    await expect(page.locator('[data-step-id="licence-us-tx"]')).toContainText('Texas radiologic technologist licence');
  });

  test('an unknown role or jurisdiction is named', async ({ page }) => {
    await page.goto('/plan?target=astronaut&in=us-zz&from=blank');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Target role: unknown role "astronaut"');
    await expect(alert).toContainText('Where: unknown jurisdiction "us-zz"');
  });

  test.describe('signed in as the demo professional (holds R.T.(R))', () => {
    test.use({ storageState: authFile('professional') });

    test('a plan from her record omits what she already has', async ({ page }) => {
      await page.goto('/record');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan a path' }).click();
      // The page starts from her record, where she lives (Texas), not from a blank start.
      await expect(page.getByLabel('Where')).toHaveValue('us-tx');
      await expect(page.getByLabel('My record')).toBeChecked();
      await page.getByLabel('Target role').selectOption('ct-technologist');
      await page.getByRole('button', { name: 'Make the plan' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /in Texas, from your record/ })).toBeVisible();
      const done = page.getByTestId('plan-satisfied');
      await expect(done).toContainText('An ARRT-approved radiography program');
      await expect(done).toContainText('holds R.T.(R)');
      for (const id of ['arrt-r-program', 'arrt-r-competencies', 'arrt-r-exam'])
        await expect(page.locator(`[data-step-id="${id}"]`)).toHaveCount(0);
      // CT in Texas includes the Texas licence; she holds it, so it is already satisfied.
      await expect(done).toContainText('Texas radiologic technologist licence');
      await expectNoSeriousAxeViolations(page);

      // MRI, which she does not hold: the planned steps start after R.T.(R).
      await page.getByLabel('Target role').selectOption('mri-technologist');
      await page.getByRole('button', { name: 'Make the plan' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /MRI.*from your record/i })).toBeVisible();
      const steps = await stepsOf(page);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.map((s) => s.id)).not.toContain('arrt-r-program');
      await expect(done).toContainText('holds R.T.(R)');
    });
  });
});
