import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE, signInThroughForm } from './helpers.js';

// Data no other browser test touches: Ryan Brooks's postprimary log, this facility, and a new verifier account.
const FACILITY = `Harbor Queue Clinic ${String(Date.now())}`;
const TECHNOLOGIST = 'ryan.brooks@demo.modality.test';

/** The path of the newest link in the demo mailbox's newest mail with `subject` to `to`. */
async function linkFromMailbox(page: Page, subject: string, to: string): Promise<string> {
  await page.goto('/dev/mail');
  const mail = page.getByRole('article', { name: `${subject}, to ${to}` }).first();
  await expect(mail).toBeVisible();
  const href = await mail.getByRole('link').first().getAttribute('href');
  if (href === null) throw new Error('the mail has no link');
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

test.describe('procedures waiting for a signed-in verifier', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a technologist mails a verify link to a verifier with an account; it waits in their queue on a phone and is verified there', async ({ page, browser }) => {
    // The verifier: a new account with a confirmed address, on a phone.
    const verifierEmail = `queue.verifier.${String(Date.now())}@example.org`;
    const phoneContext = await browser.newContext({ viewport: PHONE, storageState: { cookies: [], origins: [] } });
    const phone = await phoneContext.newPage();
    await phone.goto('/sign-up');
    await phone.getByLabel('Full name').fill('Quinn Verifier');
    await phone.getByLabel('E-mail address').fill(verifierEmail);
    await phone.getByLabel('Password').fill('quinn has a good password');
    await phone.getByRole('button', { name: 'Create account' }).click();
    await expect(phone.getByTestId('user-name')).toHaveText('Quinn Verifier');
    await phone.goto('/postprimary/waiting');
    await expect(phone.getByText('Confirm your e-mail address first')).toBeVisible();
    await phone.goto(await linkFromMailbox(phone, 'Confirm your e-mail address for Modality', verifierEmail));
    await phone.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await expect(phone.getByRole('status')).toContainText('your e-mail address is confirmed');
    await phone.goto('/postprimary/waiting');
    await expect(phone.getByText('Nothing is waiting for your signature')).toBeVisible();

    // The technologist logs a CT procedure at a facility of this test only and mails the verify link.
    await page.goto('/sign-in');
    await signInThroughForm(page, TECHNOLOGIST);
    await expect(page.getByTestId('user-name')).toHaveText('Ryan Brooks');
    await page.goto('/postprimary');
    await page.getByRole('textbox', { name: 'Facility', exact: true }).fill(FACILITY);
    await page.getByRole('combobox', { name: 'Procedure', exact: true }).selectOption({ label: 'CT-guided biopsy' });
    await page.getByRole('button', { name: 'Log this procedure' }).click();
    const entry = page.getByTestId('postprimary-entry').filter({ hasText: FACILITY });
    await expect(entry).toHaveCount(1);
    await entry.getByRole('button', { name: 'Ask for verification' }).click();
    await entry.getByLabel(/E-mail address of the/).fill(verifierEmail);
    await entry.getByRole('button', { name: 'Mail a link' }).click();
    await expect(entry.getByRole('status')).toContainText(`mailed to ${verifierEmail}`);

    // The verifier finds it in "Procedures to sign", in words, and verifies it there as themselves.
    await phone.reload();
    await phone.getByRole('link', { name: 'Procedures to sign' }).click();
    const waiting = phone.getByRole('article', { name: /^CT-guided biopsy on \d{4}-\d{2}-\d{2}, logged by Ryan Brooks$/ });
    await expect(waiting).toBeVisible();
    await expect(waiting).toContainText(FACILITY);
    await expect(waiting).toContainText('Waiting for your verification');
    await waiting.getByText('Answer: verify it').click();
    await expect(waiting.getByLabel('Your full name')).toHaveValue('Quinn Verifier');
    await waiting.getByLabel('Your ARRT ID number').fill('7654321');
    await waiting.getByRole('checkbox').check();
    await expectNoSidewaysScroll(phone);
    await expectNoSeriousAxeViolations(phone);
    await waiting.getByRole('button', { name: 'Verify this procedure' }).click();
    await expect(phone.getByRole('status')).toContainText('You verified CT-guided biopsy');
    await expect(phone.getByText('Nothing is waiting for your signature')).toBeVisible();
    await phoneContext.close();

    await page.reload();
    await expect(page.getByTestId('postprimary-entry').filter({ hasText: FACILITY })).toContainText('Verified by Quinn Verifier');
  });
});
