import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

const SET_2022 = 'ARRT Radiography (as stated by a 2022–23 clinical training handbook)';

test.describe('a program’s requirements', () => {
  test.use({ storageState: authFile('programDirector'), viewport: PHONE });

  test('the director chooses a version and a cap and adds local requirements; the student’s progress shows them', async ({ page, browser }) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('link', { name: 'Requirements' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Requirements' })).toBeVisible();

    await page.getByLabel('Requirement set and version').selectOption({ label: SET_2022 });
    await expect(page.getByText(/^Not confirmed by ARRT: these counts come from one program handbook that may state/)).toBeVisible();
    await expect(page.getByText('The set allows at most 8 simulated competencies; your program may set a lower cap.')).toBeVisible();

    // A cap above what the set allows is refused, naming the value; nothing is saved.
    await page.getByLabel('Your program’s cap on simulated competencies').fill('9');
    await page.getByRole('button', { name: 'Save requirements' }).click();
    await expect(page.getByText(/"9" is more than the 8 simulations the chosen set allows/)).toBeVisible();

    await page.getByLabel('Your program’s cap on simulated competencies').fill('5');
    await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Upper GI series' });
    await page.getByRole('button', { name: 'Add requirement' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'A minimum in a body section' });
    await page.getByLabel('Body section').selectOption({ label: 'Head' });
    await page.getByLabel('At least').fill('2');
    await page.getByRole('button', { name: 'Add requirement' }).click();
    const local = page.getByRole('list', { name: 'Your program’s own requirements' });
    // The demo school's own requirement is there already; the director removes it.
    await page.getByRole('button', { name: 'Remove Contrast enema' }).click();
    await expect(local.getByText('Contrast enema')).toHaveCount(0);
    await expect(local.getByText('Upper GI series (your program’s own)')).toBeVisible();
    await expect(local.getByText('At least 2 from Head (your program’s own)')).toBeVisible();
    await page.getByRole('button', { name: 'Save requirements' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // The cohort counts against the chosen set and says what the program added.
    await page.getByRole('link', { name: 'Cohort' }).first().click();
    await expect(page.getByText(`Competencies are counted against “${SET_2022}”`, { exact: false })).toBeVisible();
    await expect(page.getByTestId('cohort-requirements')).toContainText('Simulated competencies count up to 5. The program adds 2 requirements of its own.');

    // The student's progress page uses the program's version, cap and local requirements.
    const student = await browser.newContext({ storageState: authFile('student'), viewport: PHONE });
    const studentPage = await student.newPage();
    await studentPage.goto('/clinical');
    await expect(studentPage.getByText(SET_2022).first()).toBeVisible();
    await expect(studentPage.getByTestId('program-requirements')).toContainText('Upper GI series');
    await expect(studentPage.getByTestId('program-requirements')).toContainText('At least 2 from Head');
    await expect(studentPage.getByTestId('simulation-cap')).toContainText('of at most 5 (your program’s cap)');
    // Missing or done, depending on what other tests have signed for the demo student by now.
    await expect(studentPage.getByText(/^Upper GI series \(your program’s own requirement\): (not shown yet|done)\.$/)).toBeVisible();
    await expect(studentPage.getByText(/^Head \(your program’s own requirement\): \d+ of at least 2/)).toBeVisible();
    await expect(studentPage.getByTestId('clinical-unknown')).toContainText('Patient-care activities');
    await expectNoSidewaysScroll(studentPage);
    await student.close();

    // Put the demo school back on its seeded choices for the other tests.
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string; can: { editRequirementsAt: string[] } };
    const school = me.can.editRequirementsAt[0] ?? '';
    const reset = await page.request.put(`/api/v1/schools/${school}/requirements`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { set: 'arrt-radiography-2017-iu', simulationCap: 4, localRequirements: [{ kind: 'procedure', procedure: 'xr:contrast-enema' }] },
    });
    expect(reset.status()).toBe(200);
  });
});

test.describe('an instructor', () => {
  test.use({ storageState: authFile('instructor') });

  test('reads the program’s requirements but cannot change them', async ({ page }) => {
    await page.goto('/requirements');
    await expect(page.getByText('Only the program director changes these.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save requirements' })).toHaveCount(0);
  });
});
