import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

/** The "Imaging procedures signed: N of M" count of the progress section. */
async function imagingDone(page: Page): Promise<number> {
  const text = (await page.getByTestId('imaging-done').textContent()) ?? '';
  const match = /signed: (\d+)/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

test.describe('the student logs in the browser; a technologist signs on another device', () => {
  test.use({ storageState: authFile('student') });

  test('log a competency, ask for a link with a QR code, sign it with no session, the link refuses a second use, progress moves', async ({ page, browser }) => {
    // Two browsers, an accessibility scan and several pages: more than the default 30 s on a busy machine.
    test.slow();
    await page.goto('/record');
    await page.getByRole('navigation').getByRole('link', { name: 'My clinical log' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'My clinical log' })).toBeVisible();
    await expect(page.getByTestId('imaging-done')).toBeVisible();
    const before = await imagingDone(page);

    // Procedures are chosen by name; a repeat fixes the supervision to direct.
    await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Mandible' });
    await page.getByLabel('What you did').selectOption({ label: 'Performed' });
    await page.getByLabel('Supervision', { exact: true }).selectOption({ label: 'Indirect supervision' });
    await page.getByLabel('This is a repeat').check();
    await expect(page.getByLabel('Supervision', { exact: true })).toBeDisabled();
    await expect(page.getByLabel('Supervision', { exact: true })).toHaveValue('direct');
    await page.getByLabel('This is a repeat').uncheck();
    await page.getByLabel('Supervision', { exact: true }).selectOption({ label: 'Direct supervision' });
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged: Mandible' })).toBeVisible();

    const entry = page.getByTestId('clinical-entry').filter({ hasText: 'Mandible' }).filter({ hasText: 'Not signed yet' }).first();
    await expect(entry).toBeVisible();
    await entry.getByRole('button', { name: 'Ask for a signature' }).click();
    await entry.getByRole('button', { name: 'Make a sign-off link' }).click();
    const link = entry.getByTestId('sign-link');
    await expect(link.getByRole('img', { name: 'Code of the sign-off link for Mandible' })).toBeVisible();
    // The QR code is drawn as SVG (no image data), so the strict CSP lets it show.
    expect(await link.locator('svg path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    const url = await link.getByRole('link').getAttribute('href');
    expect(url).toMatch(/\/sign\/[A-Za-z0-9_-]{20,}$/);
    const path = new URL(url ?? '').pathname;
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // Another device: a phone-sized browser with no session.
    const other = await browser.newContext({ viewport: PHONE, storageState: { cookies: [], origins: [] } });
    const phone = await other.newPage();
    await phone.goto(path);
    await expect(phone.getByText('Mandible')).toBeVisible();
    await phone.getByLabel('Your full name').fill('Jordan Tech');
    await phone.getByLabel('Your ARRT ID number').fill('1234567');
    await phone.getByLabel('I was physically present when the student did this procedure.').check();
    await phone.getByRole('button', { name: 'Sign this entry' }).click();
    await expect(phone.getByRole('status')).toContainText('You signed Mandible');
    // The same link a second time: refused in words (the server says 410 Gone).
    const again = phone.waitForResponse((r) => r.url().includes('/api/v1/sign/') && r.request().method() === 'GET');
    await phone.goto(path);
    expect((await again).status()).toBe(410);
    await expect(phone.getByRole('alert')).toContainText('This link has been used already');
    await other.close();

    // Back on the student's page: the entry names its signer, and the count went up.
    await page.reload();
    await expect(page.getByTestId('clinical-entry').filter({ hasText: 'Mandible' }).filter({ hasText: 'Signed by Jordan Tech (ARRT 1234567)' }).first()).toBeVisible();
    await expect.poll(() => imagingDone(page)).toBe(before + 1);
  });
});

test.describe('a clinical instructor signs in the app', () => {
  test.use({ storageState: authFile('instructor') });

  test("the instructor sees the student's unsigned entry and signs it as themselves", async ({ page, browser }) => {
    test.slow();
    // The student logs an entry (through their own session).
    const student = await browser.newContext({ storageState: authFile('student') });
    const api = student.request;
    const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const sites = (await (await api.get('/api/v1/clinical/sites')).json()) as { sites: { id: string }[] };
    const logged = await api.post('/api/v1/clinical/entries', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { procedure: 'xr:arthrography', performedOn: new Date().toISOString().slice(0, 10), site: sites.sites[0]?.id, role: 'performed', supervision: 'direct' },
    });
    expect(logged.status()).toBe(201);
    const entryId = ((await logged.json()) as { id: string }).id;

    await page.goto('/people');
    await page.getByRole('navigation').getByRole('link', { name: 'Sign clinical entries' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign clinical entries' })).toBeVisible();
    const item = page.getByTestId('entry-to-sign').filter({ hasText: 'Arthrography' }).filter({ hasText: 'Sam Patel' }).first();
    await expect(item).toBeVisible();
    const button = item.getByRole('button', { name: 'Sign as Olivia Bennett' });
    await expect(button).toBeDisabled();
    await item.getByLabel('I was physically present when Sam Patel did this procedure.').check();
    await button.click();
    await expect(page.getByRole('status')).toContainText('You signed Arthrography for Sam Patel.');
    await expectNoSidewaysScroll(page);

    // The student's entry now says who signed, in the app; a second signature is refused.
    const back = (await (await api.get(`/api/v1/clinical/entries/${entryId}`)).json()) as { signedBy: { name: string; how: string } | null };
    expect(back.signedBy).toMatchObject({ name: 'Olivia Bennett', how: 'in-app' });
    const again = await page.request.post(`/api/v1/clinical/entries/${entryId}/sign`, {
      headers: { 'x-csrf-token': ((await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken },
      data: { present: true },
    });
    expect(again.status()).toBe(409);
    await student.close();
  });
});
