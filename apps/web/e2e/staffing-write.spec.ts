import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

test.describe('writing postings and saving searches', () => {
  test('a recruiter writes a draft (a refused value shown at its field), opens it, it is on the job board; closing takes it off', async ({ browser }) => {
    // A long form (every credential and licence state to choose from) and several pages: more than the default time on a busy machine.
    test.setTimeout(120_000);
    const recruiter = await browser.newPage({ storageState: authFile('recruiter') });
    await recruiter.goto('/postings');
    await recruiter.getByRole('link', { name: 'Write a new posting' }).click();
    await expect(recruiter.getByRole('heading', { level: 1, name: 'New posting' })).toBeVisible();
    await recruiter.getByLabel('Title').fill('PET-CT Technologist, browser test');
    await recruiter.getByLabel('Role', { exact: true }).selectOption({ label: 'CT technologist' });
    await recruiter.getByLabel('Modality', { exact: true }).selectOption({ label: 'CT' });
    await recruiter.getByLabel('Description').fill('Days in a busy outpatient centre.');
    await recruiter.getByLabel('Address').fill('Houston, TX');
    await recruiter.getByLabel('Pay from').fill('50');
    await recruiter.getByLabel('Pay up to').fill('40');
    await recruiter.getByLabel('Last day open').fill('2099-12-31');
    await recruiter.getByLabel('Start from').fill('2027-01-01');
    await recruiter.getByLabel('Start by').fill('2027-03-31');
    await expectNoSeriousAxeViolations(recruiter);
    await recruiter.getByRole('button', { name: 'Save as draft' }).click();
    // The pay range is refused at its field, quoting the value.
    await expect(recruiter.getByText(/top of the range must not be below its bottom \(got 40\)/)).toBeVisible();
    await expect(recruiter.getByLabel('Pay up to')).toHaveAttribute('aria-invalid', 'true');
    await recruiter.getByLabel('Pay up to').fill('58');
    await recruiter.getByRole('button', { name: 'Save as draft' }).click();

    await expect(recruiter.getByRole('heading', { level: 1, name: 'Postings' })).toBeVisible();
    const row = recruiter.getByTestId('own-postings').getByRole('row').filter({ hasText: 'PET-CT Technologist, browser test' });
    await expect(row).toContainText('Draft');
    await expect(row).toContainText('$50–$58 an hour');
    // A draft is not on the public board.
    const board = await browser.newPage();
    await board.goto('/jobs');
    await expect(board.getByRole('link', { name: 'PET-CT Technologist, browser test' })).toHaveCount(0);

    await row.getByRole('button', { name: 'Open' }).click();
    await expect(row).toContainText('Open');
    await board.goto('/jobs?modality=ct');
    await expect(board.getByRole('link', { name: 'PET-CT Technologist, browser test' })).toBeVisible();

    // Closed, it leaves the board (and the demo's board is as the other tests expect it).
    await row.getByRole('button', { name: 'Close' }).click();
    await expect(row).toContainText('Closed');
    await board.goto('/jobs?modality=ct');
    await expect(board.getByRole('link', { name: 'PET-CT Technologist, browser test' })).toHaveCount(0);
  });

  test('the org admin has the Candidates and Postings pages too', async ({ browser }) => {
    const admin = await browser.newPage({ storageState: authFile('orgAdmin') });
    await admin.goto('/postings');
    await expect(admin.getByTestId('own-postings')).toBeVisible();
    await admin.goto('/candidates');
    await expect(admin.getByRole('heading', { level: 2, name: /every requirement/ })).toBeVisible();
  });

  test('a signed-in candidate saves the job board search from the board, sees it in words, changes it, and deletes it', async ({ browser }) => {
    const candidate = await browser.newPage({ storageState: authFile('professional'), viewport: PHONE });
    await candidate.goto('/jobs?modality=ct&near=77030');
    await candidate.getByRole('link', { name: 'Save this search and get new jobs by mail' }).click();
    await expect(candidate.getByRole('heading', { level: 1, name: 'My job search' })).toBeVisible();
    await expect(candidate.getByLabel('Near (ZIP, City, ST, or City, Country)')).toHaveValue('77030');
    await candidate.getByRole('button', { name: 'Save this search' }).click();
    const saved = candidate.getByTestId('saved-searches');
    await expect(saved).toContainText('CT jobs within 50 km of 77030');
    await expectNoSidewaysScroll(candidate);
    await expectNoSeriousAxeViolations(candidate);
    // Changed: the form holds its filters, and the list says the new ones.
    await saved.getByRole('button', { name: 'Change the search: CT jobs within 50 km of 77030' }).click();
    await expect(candidate.getByLabel('Modality')).toHaveValue('ct');
    await candidate.getByLabel('Within (km)').fill('80');
    await candidate.getByRole('button', { name: 'Save changes' }).click();
    await expect(saved).toContainText('CT jobs within 80 km of 77030');
    await expect(saved).not.toContainText('within 50 km');
    await expect(candidate.getByRole('button', { name: 'Save this search' })).toBeVisible();
    await saved.getByRole('listitem').filter({ hasText: 'CT jobs within 80 km of 77030' }).getByRole('button', { name: 'Delete' }).click();
    await expect(candidate.getByText('No saved searches yet.')).toBeVisible();

    // Signed out, the board offers no saving.
    const visitor = await browser.newPage();
    await visitor.goto('/jobs?modality=ct');
    await expect(visitor.getByRole('link', { name: 'Save this search and get new jobs by mail' })).toHaveCount(0);
  });
});
