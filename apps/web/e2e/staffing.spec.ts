import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations } from './helpers.js';

/** Whether anything on the page is wider than the window (390 px phones must not scroll sideways). */
async function widerThanWindow(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const win = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
    return win.document.documentElement.scrollWidth > win.innerWidth;
  });
}

test.describe('the public job board (server-rendered; the demo has open postings)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('searches without script, and a posting page carries its JobPosting data as served', async ({ page }) => {
    await page.goto('/jobs');
    await expect(page.getByRole('heading', { level: 1, name: 'Imaging jobs' })).toBeVisible();
    await expect(page.locator('article')).toHaveCount(6);
    expect(await widerThanWindow(page)).toBe(false);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Modality').selectOption({ label: 'CT' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/modality=ct/);
    await expect(page.locator('article')).toHaveCount(1);
    await page.getByRole('link', { name: 'CT Technologist, nights' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CT Technologist, nights' })).toBeVisible();
    await expect(page.getByText('$42–$52 an hour')).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('JobPosting');
    expect(ld).toHaveProperty('baseSalary');
    expect(await widerThanWindow(page)).toBe(false);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("an agency's view", () => {
  test("an agency recruiter ranks candidates for another organisation's open posting, named with its organisation", async ({ browser }) => {
    const recruiter = await browser.newPage({ storageState: authFile('recruiter') });
    await recruiter.goto('/candidates');
    const posting = recruiter.getByLabel('Posting');
    await expect(posting.locator('optgroup[label="Other organisations\' open postings"] option')).toContainText([
      'CT Technologist, nights — Houston — $42–$52 an hour — St. Brigid Regional Medical Center (fictitious)',
    ]);
    // Narrowed to MRI near Austin, the Houston CT posting leaves the list and the Austin MRI posting stays.
    const search = recruiter.getByRole('form', { name: "Search other organisations' openings" });
    await search.getByLabel('Modality').selectOption({ label: 'MRI' });
    await search.getByLabel(/Within 50 km of/).fill('Austin, TX');
    await search.getByRole('button', { name: 'Find postings' }).click();
    const others = posting.locator('optgroup[label="Other organisations\' open postings"] option');
    await expect(others).toContainText(['MRI Technologist — Austin — $38–$47 an hour — Lakeside Imaging Center (fictitious)']);
    await expect(others.filter({ hasText: 'CT Technologist, nights' })).toHaveCount(0);
    // A place the gazetteer does not know is refused at its field, quoting it.
    await search.getByLabel(/Within 50 km of/).fill('Nowhereville, ZZ');
    await search.getByRole('button', { name: 'Find postings' }).click();
    await expect(search.getByText(/Nowhereville, ZZ/)).toBeVisible();
    await search.getByLabel('Modality').selectOption({ label: 'Any modality' });
    await search.getByLabel(/Within 50 km of/).fill('');
    await search.getByRole('button', { name: 'Find postings' }).click();
    await posting.selectOption({ label: 'CT Technologist, nights — Houston — $42–$52 an hour — St. Brigid Regional Medical Center (fictitious)' });
    await expect(recruiter.getByRole('heading', { level: 2, name: /every requirement/ })).toBeVisible();
    await expect(recruiter.getByTestId('posting-requests').or(recruiter.getByText('No requests or applications for this posting yet.'))).toBeVisible();
    await recruiter.close();
  });
});

test.describe('consent from both sides', () => {
  test('a recruiter sees ranked, pseudonymous candidates and asks; the candidate accepts; then the name shows', async ({ browser }) => {
    const recruiter = await browser.newPage({ storageState: authFile('recruiter') });
    await recruiter.goto('/candidates');
    await recruiter.getByLabel('Posting').selectOption({ label: 'Travel Radiographer, 13 weeks — Dallas — $2,100–$2,500 a week' });
    const ranked = recruiter.getByTestId('ranked-candidates');
    await expect(ranked).toBeVisible();
    await expect(ranked).not.toContainText('Ana');
    const handle = /C-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await ranked.getByRole('row').nth(1).textContent()) ?? '')?.[0] ?? '';
    expect(handle).not.toBe('');
    await expectNoSeriousAxeViolations(recruiter);
    await recruiter.getByRole('button', { name: `Ask to represent ${handle}` }).click();
    await expect(recruiter.getByTestId('posting-requests')).toContainText(`${handle} — request, waiting for an answer`);

    const candidate = await browser.newPage({ storageState: authFile('professional') });
    await candidate.goto('/job-search');
    await expect(candidate.getByTestId('handle')).toHaveText(handle);
    await expect(candidate.getByTestId('my-matches')).toContainText('Travel Radiographer, 13 weeks');
    const request = candidate.getByTestId('my-requests').getByRole('listitem').filter({ hasText: 'Travel Radiographer' });
    await expect(request).toContainText('asks to represent you, waiting for your answer');
    await expectNoSeriousAxeViolations(candidate);
    await request.getByRole('button', { name: 'Accept' }).click();
    await expect(request).toContainText('accepted');

    await recruiter.reload();
    await recruiter.getByLabel('Posting').selectOption({ label: 'Travel Radiographer, 13 weeks — Dallas — $2,100–$2,500 a week' });
    await expect(recruiter.getByTestId('posting-requests')).toContainText('Ana Reyes (ana.reyes@demo.modality.test) — request, accepted');
    await candidate.reload();
    await expect(candidate.getByTestId('profile-views')).toContainText('Northstar Imaging Staffing (fictitious),');
  });

  test('a candidate applies from the public page of a posting: a submission at once', async ({ browser }) => {
    const candidate = await browser.newPage({ storageState: authFile('professional') });
    await candidate.goto('/jobs?modality=ct');
    await candidate.getByRole('link', { name: 'CT Technologist, nights' }).click();
    await candidate.getByRole('link', { name: 'Apply to this job yourself' }).click();
    await expect(candidate.getByRole('heading', { level: 1, name: 'Apply' })).toBeVisible();
    await expect(candidate.getByText('$42–$52 an hour')).toBeVisible();
    await candidate.getByRole('button', { name: 'Apply to this job' }).click();
    await expect(candidate.getByRole('status')).toContainText('You applied.');
    await candidate.goto('/job-search');
    await expect(candidate.getByTestId('my-requests')).toContainText('CT Technologist, nights, Houston, TX, $42–$52 an hour: you applied, accepted');
  });
});
