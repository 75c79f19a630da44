import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

const csrf = async (api: APIRequestContext): Promise<Record<string, string>> => {
  const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
};

/** Invites someone into the school and signs them up in a fresh browser context of their own. */
async function joinAs(browser: Browser, admin: APIRequestContext, school: string, role: string, name: string) {
  const email = `${role.replace('_', '.')}.${String(Date.now())}@dunes.example.org`;
  const invited = await admin.post(`/api/v1/organisations/${school}/invitations`, { headers: await csrf(admin), data: { email, role } });
  expect(invited.status()).toBe(201);
  const { token } = (await invited.json()) as { token: string };
  const context = await browser.newContext({ viewport: PHONE });
  expect((await context.request.post('/api/v1/auth/sign-up', { data: { email, password: 'a long enough password here', name, invitationToken: token } })).status()).toBe(201);
  return context;
}

test.describe("a sonography program's student logs from the sonography list", () => {
  test('the chooser offers sonography procedures only, says whose list it is, and the logged entry is listed', async ({ browser }) => {
    test.slow();
    // A school of its own (the demo school follows a radiography set and other browser tests use it).
    const admin = await browser.newContext({ storageState: authFile('admin') });
    const created = await admin.request.post('/api/v1/organisations', { headers: await csrf(admin.request), data: { name: `Dunes School of Sonography ${String(Date.now())}`, kind: 'school' } });
    expect(created.status()).toBe(201);
    const school = ((await created.json()) as { id: string }).id;

    const director = await joinAs(browser, admin.request, school, 'program_director', 'Dana Dunes');
    expect((await director.request.put(`/api/v1/schools/${school}/requirements`, { headers: await csrf(director.request), data: { set: 'arrt-sonography-2024', simulationCap: null, localRequirements: [] } })).ok()).toBe(true);
    expect((await director.request.post(`/api/v1/schools/${school}/sites`, { headers: await csrf(director.request), data: { name: 'Dunes Women’s Clinic' } })).status()).toBe(201);

    const student = await joinAs(browser, admin.request, school, 'student', 'Rowan Dunes');
    const record = {
      format: 'modality/person-record@1',
      person: { name: 'Rowan Dunes', birthDate: '2003-06-01', country: 'US', region: 'us-az' },
      education: [{ kind: 'program', discipline: 'sonography', award: 'associate', country: 'US', approvedBy: ['caahep'], startedOn: '2025-08-18' }],
    };
    expect((await student.request.put('/api/v1/me/record', { headers: await csrf(student.request), data: record })).ok()).toBe(true);

    const page = await student.newPage();
    await page.goto('/clinical');
    await expect(page.getByRole('heading', { level: 1, name: 'My clinical log' })).toBeVisible();
    const chooser = page.getByLabel('Procedure', { exact: true });
    await expect(chooser.locator('optgroup[label="Obstetrics"]')).toHaveCount(1);
    await expect(chooser.locator('option', { hasText: 'Carotid arteries, duplex' })).toHaveCount(1);
    await expect(chooser.locator('option', { hasText: 'Chest, routine' })).toHaveCount(0);
    await expect(chooser.locator('optgroup[label="Fluoroscopy studies"]')).toHaveCount(0);
    await expect(page.getByText("Sonography procedures. Modality's own list of common examinations, not ARDMS's or ARRT's list")).toBeVisible();

    await chooser.selectOption({ label: 'Carotid arteries, duplex' });
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged: Carotid arteries, duplex' })).toBeVisible();
    await expect(page.getByTestId('clinical-entry').filter({ hasText: 'Carotid arteries, duplex' })).toHaveCount(1);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // The API refuses a radiography procedure for them, naming the field and quoting the code.
    const sites = (await (await student.request.get('/api/v1/clinical/sites')).json()) as { sites: { id: string }[] };
    const refused = await student.request.post('/api/v1/clinical/entries', {
      headers: await csrf(student.request),
      data: { procedure: 'xr:chest-routine', performedOn: new Date().toISOString().slice(0, 10), site: sites.sites[0]?.id, role: 'performed', supervision: 'direct' },
    });
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('\\"xr:chest-routine\\" is not among the sonography procedures of your program');
    await Promise.all([admin.close(), director.close(), student.close()]);
  });
});
