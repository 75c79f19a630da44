import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './helpers.js';

/** A small file that starts like a PDF, which is how the server tells its type. */
const CERTIFICATE = Buffer.from(
  '%PDF-1.4\n% Certificate of completion: Radiation dose in practice, 5 credits\n%%EOF\n',
);

/** A fresh account each run: the e2e database is new, and the address is unique within it. */
async function signUp(page: Page, name: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page
    .getByLabel('E-mail address')
    .fill(`${name.toLowerCase().replaceAll(' ', '.')}.${Date.now()}@example.org`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
}

test.describe('a record kept by hand', () => {
  test('a new user says what they hold, then adds, changes and deletes entries on the record page', async ({
    page,
  }) => {
    await signUp(page, 'Mia Torres');
    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole('heading', { name: /start your record/ })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Date of birth').fill('1992-04-03');
    await page.getByLabel('State (optional)').selectOption({ label: 'Texas' });
    await page.getByRole('button', { name: 'Add a credential or licence' }).click();
    await page.getByLabel('Credential or licence 1').selectOption({ label: 'ARRT Radiography — R.T.(R)' });
    await page.getByLabel('Earned or issued on').first().fill('2016-07-01');
    await page.getByRole('button', { name: 'Add another' }).click();
    await page
      .getByLabel('Credential or licence 2')
      .selectOption({ label: 'Texas Medical Radiologic Technologist licence — MRT' });
    await page.getByLabel('Earned or issued on').nth(1).fill('2031-01-01');
    await page.getByRole('button', { name: 'Save and go to my record' }).click();
    // The server refuses a licence earned in the future, on its row, quoting the date.
    await expect(page.getByLabel('Earned or issued on').nth(1)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('"2031-01-01" is after today')).toBeVisible();
    await page.getByLabel('Earned or issued on').nth(1).fill('2016-08-15');
    await page.getByLabel('Number (optional)').nth(1).fill('TX-4471');
    await page.getByRole('button', { name: 'Save and go to my record' }).click();

    await expect(page).toHaveURL(/\/record$/);
    await page.getByRole('button', { name: 'Change the details' }).click();
    const details = page.getByRole('form', { name: 'Change your details' });
    await details.getByLabel('Full name').fill('Mia Torres-Lee');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Mia Torres-Lee', { exact: true })).toBeVisible();
    const credentials = page.getByRole('region', { name: 'Credentials' });
    await expect(credentials.getByRole('rowheader')).toHaveCount(2);
    await expect(credentials.getByText('TX-4471')).toBeVisible();

    // Change the licence number through the form.
    await credentials.getByRole('button', { name: /Change Texas Medical Radiologic/ }).click();
    const form = page.getByRole('form', { name: 'Change this credential or licence' });
    await form.getByLabel('Number (optional)').fill('TX-9000');
    await form.getByLabel('Expires on (optional)').fill('2027-05-31');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(credentials.getByText('TX-9000')).toBeVisible();

    // Another tab deletes the ARRT registration while this one has it open: saving says so, and no other
    // entry is changed in its place (entries are addressed by their own id, not their place).
    await credentials.getByRole('button', { name: /^Change ARRT/ }).click();
    const stale = page.getByRole('form', { name: 'Change this credential or licence' });
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string; personId: string };
    const held = (await (await page.request.get(`/api/v1/people/${me.personId}/record`)).json()) as {
      credentials: Array<{ id: string; credential: string }>;
    };
    const arrt = held.credentials.find((c) => c.credential.startsWith('arrt:'));
    const gone = await page.request.delete(`/api/v1/people/${me.personId}/credentials/${arrt?.id ?? 'none'}`, {
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(gone.status()).toBe(200);
    await stale.getByLabel('Number (optional)').fill('A-1');
    await stale.getByRole('button', { name: 'Save changes' }).click();
    await expect(stale.getByText(/This entry is no longer on the record/)).toBeVisible();
    await expect(credentials.getByRole('rowheader')).toHaveCount(1);
    await expect(credentials.getByText('TX-9000')).toBeVisible();
    await expect(credentials.getByText('A-1')).toHaveCount(0);

    // An exam, added and deleted again.
    const exams = page.getByRole('region', { name: 'Exams' });
    await exams.getByRole('button', { name: 'Add an examination' }).click();
    await exams.getByLabel('Taken (or booked) on (optional)').fill('2026-02-01');
    await exams.getByLabel('Result (optional)').selectOption({ label: 'Passed' });
    await exams.getByRole('button', { name: 'Add examination' }).click();
    await expect(exams.getByRole('rowheader')).toHaveCount(1);
    await exams.getByRole('button', { name: /^Delete/ }).click();
    await exams.getByRole('button', { name: /^Yes, delete/ }).click();
    await expect(exams.getByText('No examinations recorded.')).toBeVisible();

    // A CE activity worth 500 credits is refused on its field, quoting the figure.
    const ce = page.getByRole('region', { name: 'Continuing education' });
    await ce.getByRole('button', { name: 'Add a CE activity' }).click();
    await ce.getByLabel('Title').fill('Radiation dose in practice');
    await ce.getByLabel('Completed on').fill('2026-03-14');
    await ce.getByLabel('Credits').fill('500');
    await ce.getByRole('button', { name: 'Add CE activity' }).click();
    await expect(ce.getByLabel('Credits')).toHaveAttribute('aria-invalid', 'true');
    await expect(ce.getByText(/500 credits is more than one activity can be worth/).first()).toBeVisible();
    await ce.getByLabel('Credits').fill('12');
    // The Texas licence's own rule asks whether it counts as a "direct" hour; the answer is what counts.
    await ce.getByRole('checkbox', { name: /Does it cover ionizing radiation directly/ }).check();
    await ce
      .getByLabel('Certificate (optional)')
      .setInputFiles({ name: 'dose-certificate.pdf', mimeType: 'application/pdf', buffer: CERTIFICATE });
    await ce.getByRole('button', { name: 'Add CE activity' }).click();
    await expect(ce.getByRole('rowheader', { name: 'Radiation dose in practice' })).toBeVisible();

    // Its certificate, kept on file with it and downloaded again byte for byte; a text file named .pdf is refused.
    const files = page.getByRole('region', { name: 'Certificates on file' });
    await expect(files.getByRole('rowheader', { name: 'dose-certificate.pdf' })).toBeVisible();
    await files
      .getByLabel('For')
      .selectOption({ label: 'CE certificate: Radiation dose in practice (2026-03-14)' });
    await files.getByLabel('File').setInputFiles({
      name: 'notes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not really a PDF'),
    });
    await files.getByRole('button', { name: 'Keep this file' }).click();
    await expect(files.getByText('"notes.pdf" is not a PDF, PNG or JPEG file')).toBeVisible();
    await expect(files.getByRole('rowheader')).toHaveCount(1);
    const downloading = page.waitForEvent('download');
    await files.getByRole('link', { name: /Download dose-certificate\.pdf/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('dose-certificate.pdf');
    expect(readFileSync(await download.path()).equals(CERTIFICATE)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    // The verdict counts the answer: the 12 hours meet the Texas direct minimum.
    await page.goto('/credentials');
    const texas = page.locator('[data-testid="cycle"][data-rule="us-tx.ce.mrt"]');
    await expect(texas.getByTestId('progress-text').first()).toContainText('12 of 24 hours');
    await expect(texas.getByTestId('progress-text').nth(1)).toContainText('12 of 12 hours · met');
    await page.goto('/record');

    // On a phone the record, its row actions and an open form fit the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await credentials.getByRole('button', { name: 'Add a credential or licence' }).click();
    await expect(page.getByRole('form', { name: 'Add a credential or licence' })).toBeVisible();
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(390);
  });

  test('the onboarding page fits a 390 px phone, with a credential row open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signUp(page, 'Ren Ito');
    await expect(page).toHaveURL(/\/welcome$/);
    await page.getByRole('button', { name: 'Add a credential or licence' }).click();
    await expect(page.getByLabel('Credential or licence 1')).toBeVisible();
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(390);
  });
});
