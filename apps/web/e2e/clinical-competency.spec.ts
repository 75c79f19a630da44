import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

/** The "Imaging procedures signed: N of M" count of the progress section. */
async function imagingDone(page: Page): Promise<number> {
  const text = (await page.getByTestId('imaging-done').textContent()) ?? '';
  const match = /signed: (\d+)/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

/** Makes a sign-off link for the entry on the student's page and returns its path. */
async function makeLink(page: Page, procedure: string): Promise<string> {
  const entry = page.getByTestId('clinical-entry').filter({ hasText: procedure }).filter({ hasText: 'Not signed yet' }).first();
  await entry.getByRole('button', { name: 'Ask for a signature' }).click();
  await entry.getByRole('button', { name: 'Make a sign-off link' }).click();
  const url = await entry.getByTestId('sign-link').getByRole('link').getAttribute('href');
  return new URL(url ?? '').pathname;
}

/** A technologist with no session grades the attempt from the link; `notMet` criteria are marked not met. */
async function gradeFromLink(page: Page, path: string, notMet: readonly string[]): Promise<void> {
  const other = await page.context().browser()?.newContext({ viewport: PHONE, storageState: { cookies: [], origins: [] } });
  if (other === undefined) throw new Error('no browser');
  const phone = await other.newPage();
  await phone.goto(path);
  const form = phone.getByTestId('grade-form');
  await expect(form).toContainText("Modality's own default form, not a regulation");
  const sign = phone.getByRole('button', { name: 'Sign this entry' });
  await phone.getByLabel('Your full name').fill('Jordan Tech');
  await phone.getByLabel('Your ARRT ID number').fill('1234567');
  await phone.getByLabel('I was physically present when the student did this procedure.').check();
  // Every criterion must be marked before the signature can be given.
  await expect(sign).toBeDisabled();
  for (const criterion of ['Patient identity and the requisition checked', 'Patient care and communication', 'Positioning', 'Technical factors', 'Radiation protection', 'Image evaluation']) {
    await form.getByRole('group', { name: criterion }).getByLabel(notMet.includes(criterion) ? 'Not met' : 'Met', { exact: true }).check();
  }
  await expect(form.getByTestId('grade-outcome')).toHaveText(notMet.length === 0 ? 'As filled in, the attempt passes.' : /does not pass/);
  await form.getByLabel('Comments (optional)').fill(notMet.length === 0 ? 'Well done.' : 'Repeat the lateral.');
  await expectNoSidewaysScroll(phone);
  await expectNoSeriousAxeViolations(phone);
  await sign.click();
  await expect(phone.getByRole('status')).toContainText(notMet.length === 0 ? 'the competency attempt passed' : 'the competency attempt did not pass');
  await other.close();
}

test.describe('competency attempts: the student edits an unsigned entry, a technologist grades it from the link', () => {
  test.use({ storageState: authFile('student') });

  test('an edit stops the old link; a failed grade stays in the log without moving progress; a pass moves it', async ({ page }) => {
    test.slow();
    await page.goto('/clinical');
    await expect(page.getByTestId('imaging-done')).toBeVisible();
    const before = await imagingDone(page);

    // Log a competency attempt: it fixes what the student did to "performed" and the supervision to direct.
    await page.getByLabel('Procedure', { exact: true }).first().selectOption({ label: 'Facial bones' });
    await page.getByLabel('This is a competency attempt').first().check();
    await expect(page.getByLabel('What you did').first()).toBeDisabled();
    await expect(page.getByLabel('Supervision', { exact: true }).first()).toHaveValue('direct');
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged: Facial bones' })).toBeVisible();
    const oldLink = await makeLink(page, 'Facial bones');

    // The student notices the wrong procedure and edits the unsigned entry.
    const entry = page.getByTestId('clinical-entry').filter({ hasText: 'Facial bones' }).filter({ hasText: 'competency attempt' }).first();
    await entry.getByRole('button', { name: 'Edit' }).click();
    await entry.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Paranasal sinuses' });
    await entry.getByRole('button', { name: 'Save changes' }).click();
    const edited = page.getByTestId('clinical-entry').filter({ hasText: 'Paranasal sinuses' }).filter({ hasText: 'competency attempt' }).first();
    await expect(edited).toBeVisible();
    await edited.getByRole('button', { name: 'History' }).click();
    await expect(edited.getByTestId('entry-history')).toContainText('Edited by Sam Patel');
    await expect(edited.getByTestId('entry-history')).toContainText('procedure from Facial bones to Paranasal sinuses');
    await expect(edited.getByTestId('entry-history')).toContainText('withdrawn');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // The link made before the edit no longer works: the signer must see what they sign.
    const stale = await page.request.get(`/api/v1${oldLink}`);
    expect(stale.status()).toBe(410);

    // A technologist grades the attempt with one criterion not met: it is signed, shown, and does not count.
    await gradeFromLink(page, await makeLink(page, 'Paranasal sinuses'), ['Positioning']);
    await page.reload();
    const failed = page.getByTestId('clinical-entry').filter({ hasText: 'Paranasal sinuses' }).filter({ hasText: 'Signed by Jordan Tech' }).first();
    await expect(failed.getByTestId('entry-grade')).toContainText('Competency not passed');
    await expect(failed.getByTestId('entry-grade')).toContainText('Positioning: not met');
    await expect(failed.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    expect(await imagingDone(page)).toBe(before);

    // A second attempt, all criteria met: progress moves by one.
    await page.getByLabel('Procedure', { exact: true }).first().selectOption({ label: 'Paranasal sinuses' });
    await page.getByLabel('This is a competency attempt').first().check();
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged: Paranasal sinuses' })).toBeVisible();
    await gradeFromLink(page, await makeLink(page, 'Paranasal sinuses'), []);
    await page.reload();
    await expect(page.getByTestId('entry-grade').filter({ hasText: 'Competency passed' }).first()).toBeVisible();
    await expect.poll(() => imagingDone(page)).toBe(before + 1);
  });
});

test.describe('a clinical instructor grades a competency attempt in the app', () => {
  test.use({ storageState: authFile('instructor') });

  test('the grade form is filled in before the signature; the grade is shown to the student', async ({ page, browser }) => {
    test.slow();
    const student = await browser.newContext({ storageState: authFile('student') });
    const api = student.request;
    const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const sites = (await (await api.get('/api/v1/clinical/sites')).json()) as { sites: { id: string }[] };
    const logged = await api.post('/api/v1/clinical/entries', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { procedure: 'xr:tibia-fibula', performedOn: new Date().toISOString().slice(0, 10), site: sites.sites[0]?.id, role: 'performed', supervision: 'direct', competency: true },
    });
    expect(logged.status()).toBe(201);
    const entryId = ((await logged.json()) as { id: string }).id;

    await page.goto('/clinical/sign-off');
    const item = page.getByTestId('entry-to-sign').filter({ hasText: 'competency attempt' }).filter({ hasText: 'Sam Patel' }).first();
    await expect(item.getByTestId('grade-form')).toContainText("Modality's default competency form");
    await item.getByLabel('I was physically present when Sam Patel did this procedure.').check();
    const button = item.getByRole('button', { name: 'Sign as Olivia Bennett' });
    await expect(button).toBeDisabled();
    for (const group of await item.getByTestId('grade-form').getByRole('group').all()) await group.getByLabel('Met', { exact: true }).check();
    await expect(item.getByTestId('grade-outcome')).toHaveText('As filled in, the attempt passes.');
    await expectNoSidewaysScroll(page);
    await button.click();
    await expect(page.getByRole('status')).toContainText('You signed');

    const back = (await (await api.get(`/api/v1/clinical/entries/${entryId}`)).json()) as { grade: { passed: boolean } | null; history: { words: string }[] };
    expect(back.grade?.passed).toBe(true);
    expect(back.history.at(-1)?.words).toMatch(/^Signed in the app by Olivia Bennett on .*; competency passed$/);
    await student.close();
  });
});
