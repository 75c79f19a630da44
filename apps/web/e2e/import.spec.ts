import { expect, test, type Page } from '@playwright/test';
import { authFile, fixture, readFixture } from './helpers.js';

test.use({ storageState: authFile('professional') });

async function storedRecord(page: Page): Promise<unknown> {
  const me = await page.request.get('/api/v1/auth/me');
  expect(me.ok()).toBe(true);
  const { personId } = (await me.json()) as { personId: string | null };
  expect(personId).not.toBeNull();
  const record = await page.request.get(`/api/v1/people/${String(personId)}/record`);
  expect(record.ok()).toBe(true);
  return record.json();
}

test.describe('importing a record', () => {
  test('a valid record picked as a file is imported and shows in the record', async ({ page }) => {
    await page.goto('/import');
    await expect(page).toHaveTitle('Import record · Modality');
    await page.getByLabel('Choose a .json file').setInputFiles(fixture('valid-record.json'));
    await expect(page.getByLabel('Person record (JSON)')).toHaveValue(/Contrast media reactions/);

    await page.getByRole('button', { name: 'Import record' }).click();
    await expect(page.getByTestId('import-result')).toHaveText(
      'Imported: 4 credentials, 3 CE activities, 1 clinical log entry, 3 exams, 1 education entry.',
    );

    // Importing the same file again changes nothing.
    await page.getByRole('button', { name: 'Import record' }).click();
    await expect(page.getByTestId('import-result')).toHaveText('No change: this record was already stored.');

    await page.getByRole('link', { name: 'View my record' }).click();
    await expect(page).toHaveURL(/\/record$/);
    const ce = page.getByRole('table', { name: /activities/ });
    await expect(
      ce.getByRole('rowheader', { name: 'Contrast media reactions: recognition and response' }),
    ).toBeVisible();
    await expect(ce).toHaveAccessibleName('3 activities, 8 credits in all');
    const credentials = page.getByRole('table', { name: /credentials held/ });
    // Credentials and procedures by name, never by code.
    await expect(credentials.getByRole('rowheader', { name: /^ARRT Mammography/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /procedures/ })).toContainText('Mammography: screening');
    await expect(page.getByRole('table', { name: /procedures/ })).not.toContainText('mammography:screening');

    // The stored record exports back to the same document: loading it and importing it changes nothing.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import record' }).click();
    await page.getByRole('button', { name: 'Start from the stored record' }).click();
    await expect(page.getByLabel('Person record (JSON)')).toHaveValue(
      /"format": "modality\/person-record@1"/,
    );
    await page.getByRole('button', { name: 'Import record' }).click();
    await expect(page.getByTestId('import-result')).toHaveText('No change: this record was already stored.');
  });

  test('a broken record shows each error next to its field, and nothing is stored', async ({ page }) => {
    await page.goto('/record');
    await expect(page.getByRole('table', { name: /credentials held/ })).toBeVisible();
    const before = await storedRecord(page);

    await page.goto('/import');
    await page.getByLabel('Person record (JSON)').fill(readFixture('broken-record.json'));
    await page.getByRole('button', { name: 'Import record' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toContainText('there are 4 problems');
    await expect(summary.getByRole('link')).toHaveCount(4);
    await expect(summary.getByRole('heading')).toBeFocused();

    const person = page.getByRole('group', { name: /^person/ });
    const nickname = person.getByLabel('nickname', { exact: true });
    await expect(nickname).toHaveValue('"Annie"');
    await expect(nickname).toHaveAttribute('aria-invalid', 'true');
    await expect(nickname).toHaveAccessibleDescription(/unknown field/);
    await expect(person.getByLabel('birthDate', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

    const firstCredential = page.getByRole('group', { name: /^credentials\[0\]/ });
    const earnedOn = firstCredential.getByLabel('earnedOn', { exact: true });
    await expect(earnedOn).toHaveValue('"2026-02-30"');
    await expect(earnedOn).toHaveAttribute('aria-invalid', 'true');
    await expect(earnedOn).toHaveAccessibleDescription(/not a real calendar date/);
    await expect(firstCredential.getByLabel('credential', { exact: true })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );

    const secondCredential = page.getByRole('group', { name: /^credentials\[1\]/ });
    const code = secondCredential.getByLabel('credential', { exact: true });
    await expect(code).toHaveValue('"arrt:XYZ"');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(/unknown credential code/);

    const activity = page.getByRole('group', { name: /^ce\[0\]/ });
    const credits = activity.getByLabel('credits', { exact: true });
    await expect(credits).toHaveValue('"two"');
    await expect(credits).toHaveAttribute('aria-invalid', 'true');
    await expect(credits).toHaveAccessibleDescription(/expected number/);

    // The summary links lead to the fields.
    await summary.getByRole('link', { name: /ce\[0\]\.credits/ }).click();
    await expect(credits).toBeFocused();
    await summary.getByRole('link', { name: /credentials\[0\]\.earnedOn/ }).click();
    await expect(earnedOn).toBeFocused();

    // Nothing was stored.
    await page.reload();
    await page.goto('/record');
    await expect(page.getByRole('table', { name: /credentials held/ })).toBeVisible();
    await expect(page.getByText('Broken import must not be stored')).toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: 'arrt:XYZ' })).toHaveCount(0);
    expect(await storedRecord(page)).toEqual(before);
  });

  test('text that is not JSON is reported with where it breaks', async ({ page }) => {
    await page.goto('/import');
    const text = page.getByLabel('Person record (JSON)');
    await text.fill('{\n  "format": "modality/person-record@1",\n  "person": { "name": "Ana" ,, }\n}');
    await page.getByRole('button', { name: 'Import record' }).click();
    await expect(page.getByRole('alert')).toContainText('not valid JSON (line 3');
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await expect(text).toBeFocused();
    await expect(page.getByTestId('error-summary')).toHaveCount(0);
  });
});
