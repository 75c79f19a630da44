import { expect, test, type APIRequestContext } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

const ST_BRIGID = 'St. Brigid Regional Medical Center (fictitious)';
const LAKESIDE = 'Lakeside Imaging Center (fictitious)';

const csrf = async (api: APIRequestContext): Promise<{ headers: Record<string, string>; memberships: { organisationId: string; role: string }[] }> => {
  const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string; memberships: { organisationId: string; role: string }[] };
  return { headers: { 'x-csrf-token': me.csrfToken }, memberships: me.memberships };
};

test.describe('the program director keeps site areas and time settings', () => {
  test.use({ storageState: authFile('programDirector'), viewport: PHONE });

  test('sets a site area in words and numbers, refused values are quoted, and edits the time settings with the limits shown with their confidence', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/placement');
    await expect(page.getByRole('heading', { level: 1, name: 'Clinical placement' })).toBeVisible();
    await expect(page.getByRole('region', { name: `Area of ${ST_BRIGID}` }).getByTestId('site-area')).toContainText('counts as on site within 300 metres of the point');
    const lakeside = page.getByRole('region', { name: `Area of ${LAKESIDE}` });
    await expect(lakeside.getByTestId('site-area')).toHaveText(`No area set: a time punch at ${LAKESIDE} is not checked against a location.`);
    await expect(page.getByTestId('location-checked')).toContainText(`not at ${LAKESIDE} (no area set)`);

    // A radius past 5 km is refused, quoting it; nothing is saved.
    await lakeside.getByLabel('Latitude of the centre').fill('29.76');
    await lakeside.getByLabel('Longitude of the centre').fill('-95.37');
    await lakeside.getByLabel('Radius in metres').fill('99999');
    await lakeside.getByRole('button', { name: `Save area of ${LAKESIDE}` }).click();
    await expect(lakeside.getByLabel('Radius in metres')).toHaveAccessibleDescription(/must be at most 5000 metres.*99999/);
    await expect(lakeside.getByTestId('site-area')).toContainText('No area set');

    await lakeside.getByLabel('Radius in metres').fill('250');
    await lakeside.getByRole('button', { name: `Save area of ${LAKESIDE}` }).click();
    await expect(lakeside.getByTestId('site-area')).toHaveText(
      `A time punch at ${LAKESIDE} counts as on site within 250 metres of the point 29.76000° north, 95.37000° west; a punch from farther away is kept and marked off-site for an instructor to review.`,
    );
    await expect(page.getByTestId('location-checked')).toContainText(/^Location is checked at [^;]+\. A student/);
    await expect(page.getByTestId('location-checked')).toContainText(LAKESIDE);

    // The time settings, and the sourced limits with how sure each is.
    const limits = page.getByTestId('hour-limits');
    await expect(limits).toContainText('At most 10 clinical hours in a day.');
    await expect(limits).toContainText('From the accreditor’s own page: JRCERT states this limit only indirectly');
    await expect(limits).toContainText('At most 40 hours of clinical and classroom time together in a week. Not confirmed:');
    const summary = page.getByTestId('time-settings-summary');
    await expect(summary).toContainText('days are counted in America/Chicago; a clock-in more than 5 minutes after a planned start is late');
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByLabel('Minutes of grace before a clock-in is late').fill('soon');
    await page.getByRole('button', { name: 'Save time settings' }).click();
    await expect(page.getByLabel('Minutes of grace before a clock-in is late')).toHaveAccessibleDescription(/must be a number.*"soon"/);
    await page.getByLabel('Minutes of grace before a clock-in is late').fill('7');
    await page.getByRole('button', { name: 'Save time settings' }).click();
    await expect(page.getByLabel('Time zone')).toHaveAccessibleDescription(/"Mars\/Olympus" is not a time zone/);
    await expect(summary).toContainText('5 minutes');
    await page.getByLabel('Time zone').fill('America/Chicago');
    await page.getByRole('button', { name: 'Save time settings' }).click();
    await expect(summary).toContainText('a clock-in more than 7 minutes after a planned start is late');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // Put the demo back as it was for the other browser tests (they share the database).
    await page.getByLabel('Minutes of grace before a clock-in is late').fill('5');
    await page.getByRole('button', { name: 'Save time settings' }).click();
    await expect(summary).toContainText('5 minutes');
    await lakeside.getByRole('button', { name: `Stop checking location at ${LAKESIDE}` }).click();
    await expect(lakeside.getByTestId('site-area')).toContainText('No area set');
  });
});

test.describe('the program director records a leaver from the cohort page', () => {
  test.use({ viewport: PHONE });

  test('a student who withdrew leaves the cohort and counts in the completion figure', async ({ browser }) => {
    test.setTimeout(120_000);
    // A student of its own (the demo students are used by other browser tests): invited by the administrator.
    const admin = await browser.newContext({ storageState: authFile('admin') });
    const director = await browser.newPage({ storageState: authFile('programDirector'), viewport: PHONE });
    const school = (await csrf(director.request)).memberships.find((m) => m.role === 'program_director')?.organisationId ?? '';
    const email = `leaving.${String(Date.now())}@example.org`;
    const invited = await admin.request.post(`/api/v1/organisations/${school}/invitations`, { headers: (await csrf(admin.request)).headers, data: { email, role: 'student' } });
    expect(invited.status()).toBe(201);
    const { token } = (await invited.json()) as { token: string };
    const newcomer = await browser.newContext();
    expect((await newcomer.request.post('/api/v1/auth/sign-up', { data: { email, password: 'quinn has a good password', name: 'Quinn Leaving', invitationToken: token } })).status()).toBe(201);
    // Only a leaver who keeps a record counts in the figures.
    const record = {
      format: 'modality/person-record@1',
      person: { name: 'Quinn Leaving', birthDate: '2002-04-01', country: 'US', region: 'us-tx' },
      education: [{ kind: 'program', discipline: 'sonography', award: 'associate', country: 'US', approvedBy: ['caahep'], startedOn: '2025-01-13' }],
    };
    expect((await newcomer.request.put('/api/v1/me/record', { headers: (await csrf(newcomer.request)).headers, data: record })).ok()).toBe(true);

    await director.goto('/cohort');
    const students = director.getByRole('table', { name: 'Current students and what puts them at risk' });
    await expect(students.getByText('Quinn Leaving')).toBeVisible();
    const year = String(new Date().getUTCFullYear());
    const completion = async () => (await director.getByRole('table', { name: 'Each graduation year, with sample sizes' }).getByRole('row').filter({ hasText: year }).getByRole('cell').last().textContent()) ?? '';
    const before = await completion();
    const denominator = (text: string) => Number(/of (\d+)/.exec(text)?.[1] ?? '0');

    // A day in the future is refused, quoting it; the student stays.
    const form = director.getByRole('form', { name: 'Record that a student left the program' });
    await form.getByLabel('Student').selectOption({ label: 'Quinn Leaving' });
    await form.getByLabel('Withdrew').check();
    await form.getByLabel('Day they left').fill('2099-01-01');
    await form.getByRole('button', { name: 'Record leaving' }).click();
    await expect(form.getByLabel('Day they left')).toHaveAccessibleDescription(/"2099-01-01" is in the future/);
    await expect(students.getByText('Quinn Leaving')).toBeVisible();

    const today = new Date().toISOString().slice(0, 10);
    await form.getByLabel('Day they left').fill(today);
    await form.getByRole('button', { name: 'Record leaving' }).click();
    await expect(form.getByRole('status')).toHaveText(`Quinn Leaving withdrew on ${today}: no longer a current student; the figures below count them.`);
    await expect(students.getByText('Quinn Leaving')).toHaveCount(0);
    await expect.poll(async () => denominator(await completion())).toBe(denominator(before) + 1);
    await expectNoSidewaysScroll(director);
    await expectNoSeriousAxeViolations(director);
    await admin.close();
    await newcomer.close();
  });
});

test.describe('an instructor decides a time exception with a reason', () => {
  test.use({ storageState: authFile('instructor'), viewport: PHONE });

  test('the student is mailed the decision and the reason (seen in the demo mailbox)', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/time/review');
    const queue = page.getByRole('list', { name: 'Time records waiting for a decision' });
    const item = queue.getByRole('listitem').filter({ hasText: 'Sam Patel at St. Brigid' }).first();
    await expect(item).toBeVisible();
    await item.getByLabel('Reason for Sam Patel (optional, mailed with your decision)').fill('The punch came from the car park across the road');
    await item.getByRole('button', { name: /^Reject Sam Patel/ }).click();
    await expect(page.getByRole('status')).toContainText('Rejected: Sam Patel’s time on');
    await expectNoSidewaysScroll(page);

    await page.goto('/dev/mail');
    const mail = page.getByRole('article', { name: `Your time at ${ST_BRIGID} was rejected, to sam.patel@demo.modality.test` }).first();
    await expect(mail).toBeVisible();
    await expect(mail).toContainText('Olivia Bennett rejected: its hours no longer count');
    await expect(mail).toContainText('Clocked from outside the site’s area');
    await expect(mail).toContainText('The reason given: The punch came from the car park across the road');
  });
});
