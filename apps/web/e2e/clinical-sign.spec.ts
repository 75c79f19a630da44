import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

test.describe('sign-off from a one-time link', () => {
  test.use({ storageState: authFile('student') });

  test('a technologist with no account signs on another device; the link then refuses a second use and progress moves', async ({ page, browser }) => {
    // The student logs a procedure and asks for a link (the log's own pages are not built yet: through the API).
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const sites = (await (await page.request.get('/api/v1/clinical/sites')).json()) as { sites: { id: string }[] };
    const today = new Date().toISOString().slice(0, 10);
    type Progress = { progress: { imaging: { done: number }; sections: { section: string; done: number }[] } };
    const progress = async () => ((await (await page.request.get('/api/v1/clinical/progress')).json()) as Progress).progress;
    const before = await progress();
    const logged = await page.request.post('/api/v1/clinical/entries', {
      headers,
      data: { procedure: 'xr:upper-gi', performedOn: today, site: sites.sites[0]?.id, role: 'performed', supervision: 'direct' },
    });
    expect(logged.status()).toBe(201);
    const entry = (await logged.json()) as { id: string };
    const link = await page.request.post(`/api/v1/clinical/entries/${entry.id}/sign-requests`, { headers });
    expect(link.status()).toBe(201);
    const path = new URL(((await link.json()) as { url: string }).url).pathname;

    // Another device: a fresh browser with no session, phone-sized.
    const other = await browser.newContext({ viewport: PHONE, storageState: { cookies: [], origins: [] } });
    const phone = await other.newPage();
    await phone.goto(path);
    await expect(phone.getByRole('heading', { level: 1, name: 'Sign a clinical entry' })).toBeVisible();
    await expect(phone.getByText('Sam Patel')).toBeVisible();
    await expect(phone.getByText('Upper GI series')).toBeVisible();
    await expectNoSidewaysScroll(phone);
    await expectNoSeriousAxeViolations(phone);
    const submit = phone.getByRole('button', { name: 'Sign this entry' });
    await expect(submit).toBeDisabled();
    await phone.getByLabel('Your full name').fill('Jordan Tech');
    await phone.getByLabel('Your ARRT ID number').fill('1234567');
    await phone.getByLabel('I was physically present when the student did this procedure.').check();
    await submit.click();
    await expect(phone.getByRole('status')).toContainText('You signed Upper GI series');

    // The same link again: refused.
    await phone.goto(path);
    await expect(phone.getByText('This link has been used already')).toBeVisible();
    await other.close();

    // The student's entry now shows who signed.
    const back = (await (await page.request.get(`/api/v1/clinical/entries/${entry.id}`)).json()) as { signedBy: { name: string } | null };
    expect(back.signedBy?.name).toBe('Jordan Tech');
    // …and the signed competency moves the student's progress, in the fluoroscopy section too.
    const after = await progress();
    expect(after.imaging.done).toBe(before.imaging.done + 1);
    const fluoro = (p: Progress['progress']) => p.sections.find((s) => s.section === 'fluoroscopy')?.done ?? -1;
    expect(fluoro(after)).toBe(fluoro(before) + 1);
  });
});
