import { expect, test, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

const FACILITY = 'Lakeside Imaging Center (e2e)';

/** Opens the entry's link form and makes a link without mail; returns the link's path. */
async function makeLink(page: Page, ask: string): Promise<string> {
  const entry = page.getByTestId('postprimary-entry').first();
  await entry.getByRole('button', { name: ask }).click();
  await entry.getByRole('button', { name: 'Make a link' }).click();
  const href = await entry.getByTestId('postprimary-link').getByRole('link').getAttribute('href');
  expect(href).not.toBeNull();
  return new URL(href ?? '').pathname;
}

test.describe('postprimary clinical experience log', () => {
  test.use({ storageState: authFile('professional') });

  test('a technologist logs a CT procedure; a verifier with no account confirms it, the supervisor reviews it, progress moves', async ({ page, browser }) => {
    await page.goto('/postprimary');
    await expect(page.getByRole('heading', { level: 1, name: 'Postprimary clinical experience' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Postprimary log' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Not confirmed by ARRT');
    const counted = page.getByTestId('postprimary-counted');
    await expect(counted).toContainText('of 125');
    const before = Number(/^(\d+) of 125/.exec((await counted.textContent()) ?? '')?.[1] ?? 'NaN');

    await page.getByRole('textbox', { name: 'Facility', exact: true }).fill(FACILITY);
    await page.getByRole('combobox', { name: 'Procedure', exact: true }).selectOption({ label: 'Chest' });
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    await expect(page.getByRole('status')).toContainText('Logged: Chest');
    await expect(page.getByTestId('postprimary-entry').first()).toContainText('Waiting for a technologist to verify it');
    const verifyPath = await makeLink(page, 'Ask for verification');

    // The verifier, on a phone with no session.
    const other = await browser.newContext({ viewport: PHONE, storageState: { cookies: [], origins: [] } });
    const phone = await other.newPage();
    await phone.goto(verifyPath);
    await expect(phone.getByRole('heading', { level: 1, name: 'Verify a clinical procedure' })).toBeVisible();
    await expect(phone.getByText('Ana Reyes')).toBeVisible();
    await expectNoSidewaysScroll(phone);
    await expectNoSeriousAxeViolations(phone);
    await phone.getByLabel('Your full name').fill('Jordan Tech');
    await phone.getByLabel('Your ARRT ID number').fill('1234567');
    await phone.getByRole('checkbox').check();
    await phone.getByRole('button', { name: 'Verify this procedure' }).click();
    await expect(phone.getByRole('status')).toContainText('You verified Chest');

    // Verified, not yet counted: the supervisor's review is next.
    await page.reload();
    await expect(page.getByTestId('postprimary-entry').first()).toContainText('Verified by Jordan Tech');
    await expect(counted).toContainText(`${String(before)} of 125`);
    const reviewPath = await makeLink(page, 'Ask for the supervisor’s review');

    await phone.goto(reviewPath);
    await expect(phone.getByRole('heading', { level: 1, name: 'Review a clinical procedure' })).toBeVisible();
    await phone.getByLabel('Your full name').fill('Casey Supervisor');
    await phone.getByLabel('The facility where you are clinical supervisor').fill('Another Hospital');
    await phone.getByRole('checkbox').check();
    await phone.getByRole('button', { name: 'Review this procedure' }).click();
    await expect(phone.getByText('"Another Hospital" is not')).toBeVisible();
    await phone.getByLabel('The facility where you are clinical supervisor').fill(FACILITY);
    await phone.getByRole('button', { name: 'Review this procedure' }).click();
    await expect(phone.getByRole('status')).toContainText('You reviewed Chest');
    await phone.goto(reviewPath);
    await expect(phone.getByText('used already')).toBeVisible();
    await other.close();

    await page.reload();
    await expect(page.getByTestId('postprimary-entry').first()).toContainText('it counts');
    await expect(counted).toContainText(`${String(before + 1)} of 125`);
    await expectNoSeriousAxeViolations(page);
  });
});
