import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

// Data of its own: a posting titled for this spec, and saved searches of the demo student, whom no other spec saves searches for.
test.describe('job alert digests and "at least one of" credential groups', () => {
  test('a recruiter, on a phone, gives a posting two "at least one of" groups by display name, removes one, and the posting keeps what was chosen', async ({ browser }) => {
    test.setTimeout(120_000);
    const recruiter = await browser.newPage({ storageState: authFile('recruiter'), viewport: PHONE });
    await recruiter.goto('/postings/new');
    await expect(recruiter.getByRole('heading', { level: 1, name: 'New posting' })).toBeVisible();
    await recruiter.getByLabel('Title').fill('Sonographer, credential groups test');
    await recruiter.getByLabel('Role', { exact: true }).selectOption({ label: 'Diagnostic medical sonographer' });
    await recruiter.getByLabel('Modality', { exact: true }).selectOption({ label: 'Sonography (ultrasound)' });
    await recruiter.getByLabel('Description').fill('Outpatient ultrasound, days.');
    await recruiter.getByLabel('Address').fill('Houston, TX');
    await recruiter.getByLabel('Pay from').fill('40');
    await recruiter.getByLabel('Pay up to').fill('48');
    await recruiter.getByLabel('Last day open').fill('2099-12-31');
    await recruiter.getByLabel('Start from').fill('2027-01-01');
    await recruiter.getByLabel('Start by').fill('2027-03-31');

    const groups = recruiter.getByTestId('any-of-group');
    await recruiter.getByRole('button', { name: 'Add a group' }).click();
    await expect(groups).toHaveCount(1);
    await recruiter.getByLabel('Group 1: at least one of').selectOption([{ label: 'ARRT Sonography' }, { label: 'ARDMS Registered Diagnostic Medical Sonographer' }]);
    await recruiter.getByRole('button', { name: 'Add a group' }).click();
    await recruiter.getByLabel('Group 2: at least one of').selectOption([{ label: 'ARDMS Registered Vascular Technologist' }]);
    await recruiter.getByRole('button', { name: 'Add a group' }).click();
    await expect(groups).toHaveCount(3);
    await recruiter.getByRole('button', { name: 'Remove group 3' }).click();
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText('Chosen: ARRT Sonography, ARDMS Registered Diagnostic Medical Sonographer');
    await expectNoSidewaysScroll(recruiter);
    await expectNoSeriousAxeViolations(recruiter);
    await recruiter.getByRole('button', { name: 'Save as draft' }).click();

    await expect(recruiter.getByRole('heading', { level: 1, name: 'Postings' })).toBeVisible();
    await recruiter.getByRole('link', { name: 'Edit Sonographer, credential groups test' }).click();
    await expect(recruiter.getByRole('heading', { level: 1, name: 'Edit posting' })).toBeVisible();
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText('Chosen: ARRT Sonography, ARDMS Registered Diagnostic Medical Sonographer');
    await expect(groups.nth(1)).toContainText('Chosen: ARDMS Registered Vascular Technologist');
    // Removing the first group leaves the second, which becomes group 1.
    await recruiter.getByRole('button', { name: 'Remove group 1' }).click();
    await expect(groups).toHaveCount(1);
    await recruiter.getByRole('button', { name: 'Save changes' }).click();
    await expect(recruiter.getByRole('heading', { level: 1, name: 'Postings' })).toBeVisible();
    await recruiter.getByRole('link', { name: 'Edit Sonographer, credential groups test' }).click();
    await expect(recruiter.getByRole('heading', { level: 1, name: 'Edit posting' })).toBeVisible();
    await expect(groups).toHaveCount(1);
    await expect(groups.nth(0)).toContainText('Chosen: ARDMS Registered Vascular Technologist');
    await expect(recruiter.getByLabel('Group 1: at least one of')).toHaveValues(['ardms:RVT']);
  });

  test('a person saves a search with a daily digest, sees how often in words, changes it to weekly, and deletes it', async ({ browser }) => {
    const page = await browser.newPage({ storageState: authFile('student'), viewport: PHONE });
    await page.goto('/job-search');
    await expect(page.getByRole('heading', { level: 1, name: 'My job search' })).toBeVisible();
    await page.getByLabel('Modality').selectOption({ label: 'Bone densitometry' });
    await page.getByLabel('Near (ZIP, City, ST, or City, Country)').fill('Austin, TX');
    await page.getByLabel('Mail me new jobs').selectOption({ label: 'One mail a day (after midnight UTC)' });
    await page.getByRole('button', { name: 'Save this search' }).click();
    const saved = page.getByTestId('saved-searches');
    const mine = saved.getByRole('listitem').filter({ hasText: 'Bone densitometry jobs within 50 km of Austin, TX' });
    await expect(mine).toContainText('Alerts: One mail a day (after midnight UTC)');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    await mine.getByRole('button', { name: 'Change the search: Bone densitometry jobs within 50 km of Austin, TX' }).click();
    await expect(page.getByLabel('Mail me new jobs')).toHaveValue('daily');
    await page.getByLabel('Mail me new jobs').selectOption({ label: 'One mail a week (Mondays, after midnight UTC)' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(mine).toContainText('Alerts: One mail a week (Mondays, after midnight UTC)');
    await mine.getByRole('button', { name: 'Delete' }).click();
    await expect(mine).toHaveCount(0);
  });
});
