import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations } from './helpers.js';

const ST_BRIGID = 'St. Brigid Regional Medical Center (fictitious)';
const LAKESIDE = 'Lakeside Imaging Center (fictitious)';

/** Clicks a download link and returns the downloaded file's text. */
async function downloadText(page: Page, linkName: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test.describe('clinical placement from the browser', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the director edits a capacity, places the cohort with explanations and publishes; a student sees and downloads their rotation', async ({ browser }) => {
    // Two pages, two accessibility checks and two downloads: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const director = await browser.newPage({ storageState: authFile('programDirector'), viewport: { width: 390, height: 844 } });
    await director.goto('/placement');
    await expect(director.getByRole('heading', { level: 1, name: 'Clinical placement' })).toBeVisible();
    await expect(director.getByRole('heading', { level: 3, name: ST_BRIGID })).toBeVisible();
    await expect(director.getByText('Maria Alvarez (fictitious), RT(R)(CT)')).toBeVisible();

    // The director gives Lakeside one place more, and the change sticks.
    const lakesidePlaces = director.getByLabel(`Places at ${LAKESIDE} in Spring 2027`);
    await expect(lakesidePlaces).toHaveValue('2');
    await lakesidePlaces.fill('3');
    await lakesidePlaces.locator('xpath=ancestor::form').getByRole('button', { name: 'Save places' }).click();
    await expect(director.getByText('Saved.')).toBeVisible();
    await director.reload();
    await expect(director.getByLabel(`Places at ${LAKESIDE} in Spring 2027`)).toHaveValue('3');

    // The director adds a modality to Lakeside.
    await director.getByRole('button', { name: `Edit details of ${LAKESIDE}` }).click();
    await director.getByLabel('Modalities', { exact: true }).first().fill('Radiography, MRI, Mammography, CT');
    await director.getByRole('button', { name: 'Save details' }).click();
    await expect(director.getByText('Modalities: Radiography, MRI, Mammography, CT')).toBeVisible();

    // A refused capacity names the problem and keeps the saved value.
    const brigidPlaces = director.getByLabel(`Places at ${ST_BRIGID} in Spring 2027`);
    await brigidPlaces.fill('-1');
    await brigidPlaces.locator('xpath=ancestor::form').getByRole('button', { name: 'Save places' }).click();
    await expect(director.getByText(/must be 0 or more/)).toBeVisible();

    // Stable placement: St. Brigid has one place and both students ranked it first.
    await director.getByLabel(/^Stable/).check();
    await director.getByRole('button', { name: 'Run placement' }).click();
    const table = director.getByRole('table', { name: 'Assignments, each explained' });
    await expect(table).toBeVisible();
    await expect(table).toContainText('Ranked 1st; the site had room.');
    await expect(table).toContainText(`${ST_BRIGID} (ranked 1st) was full: its 1 place went to students ahead of them in the placement lottery`);
    const samRow = table.getByRole('row').filter({ hasText: 'Sam Patel' });
    const samSite = (await samRow.textContent())?.includes(LAKESIDE) === true ? LAKESIDE : ST_BRIGID;
    await expectNoSeriousAxeViolations(director);

    await director.getByRole('button', { name: 'Publish this placement' }).click();
    await expect(director.getByText('Published: students see their rotation.')).toBeVisible();
    const csv = await downloadText(director, 'Download the rotation schedule (CSV)');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Student,Site,Address,City,Modalities,Preceptors,Starts,Ends');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expect.arrayContaining(['Lena Morales', 'Sam Patel']));
    expect(lines.find((l) => l.startsWith('Sam Patel'))).toContain(samSite);
    // Publishing mailed each placed student their rotation, in the same transaction (the demo mailbox shows it).
    await director.goto('/dev/mail');
    const mail = director.getByRole('article', { name: `Your Spring 2027 rotation: ${samSite}, to sam.patel@demo.modality.test` }).first();
    await expect(mail).toContainText('from 2027-01-11 to 2027-04-30');
    await expect(mail).toContainText('/api/v1/me/rotations.ics');
    await director.close();

    const student = await browser.newPage({ storageState: authFile('student'), viewport: { width: 390, height: 844 } });
    await student.goto('/my-placement');
    await expect(student.getByRole('heading', { level: 1, name: 'My clinical rotations' })).toBeVisible();
    // The demo also gives Sam a rotation of this week (for time records); the term's starts on 2027-01-11.
    const rotation = student.getByTestId('rotation').filter({ hasText: '2027-01-11 to 2027-04-30' });
    await expect(rotation).toHaveCount(1);
    await expect(rotation).toContainText(samSite);
    await expect(student.getByTestId('ranked-site')).toHaveCount(2);
    const ics = await downloadText(student, 'Download my calendar');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270111');
    expect(ics).toContain('DTEND;VALUE=DATE:20270501');
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:Clinical rotation: ${samSite}`);
    await expectNoSeriousAxeViolations(student);
    await student.close();
  });
});
