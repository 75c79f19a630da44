import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

interface Credential {
  id: string;
  name: string;
  [key: string]: unknown;
}

async function ownRecord(page: Page): Promise<{ personId: string; record: { verifiableCredentials?: Credential[] } }> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { personId: string };
  const record = (await (await page.request.get(`/api/v1/people/${me.personId}/record`)).json()) as { verifiableCredentials?: Credential[] };
  return { personId: me.personId, record };
}

const dir = mkdtempSync(join(tmpdir(), 'modality-e2e-vc-'));

test.describe('wallet (the student)', () => {
  test.use({ storageState: authFile('student'), viewport: PHONE });

  test('shows the competencies the demo school signed, each verified, on a phone', async ({ page }) => {
    await page.goto('/wallet');
    await expect(page.getByRole('heading', { level: 1, name: 'My wallet' })).toBeVisible();
    const items = page.getByTestId('wallet-item');
    await expect(items).toHaveCount(6);
    await expect(page.getByTestId('vc-verdict').filter({ hasText: 'Verified' })).toHaveCount(6);
    await expect(items.first()).toContainText('Harbor Valley College School of Radiologic Sciences (fictitious)');
    await expect(items.first()).toContainText('Clinical competency');
    await items.first().getByText('What was checked').click();
    await expect(items.first().getByTestId('check-signature')).toContainText('The signature matches');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    const download = page.waitForEvent('download');
    await items.first().getByRole('link', { name: 'Download the credential file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^competency-.*\.json$/);
    const saved = join(dir, 'downloaded.json');
    await file.saveAs(saved);
    expect((JSON.parse(readFileSync(saved, 'utf8')) as Credential).type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  });
});

test.describe('verify page (an employer, signed out)', () => {
  test.use({ viewport: PHONE });

  test('checks a dropped credential: verified; a changed byte: bad signature; not JSON: says so', async ({ page, browser }) => {
    const student = await browser.newContext({ storageState: authFile('student') });
    const { record } = await ownRecord(await student.newPage());
    await student.close();
    const credential = record.verifiableCredentials?.[5];
    if (credential === undefined) throw new Error('the demo student has no credentials');
    const good = join(dir, 'good.json');
    const changed = join(dir, 'changed.json');
    const notJson = join(dir, 'notes.txt');
    writeFileSync(good, JSON.stringify(credential, null, 2));
    writeFileSync(changed, JSON.stringify(credential, null, 2).replace('Sam Patel', 'Sam Patil'));
    writeFileSync(notJson, 'hello');

    await page.goto('/verify');
    await expect(page.getByRole('heading', { level: 1, name: 'Verify a credential' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Choose a credential file').setInputFiles(good);
    const result = page.getByTestId('verify-result');
    await expect(result.getByTestId('vc-verdict')).toHaveText(/Verified/);
    await expect(result.getByTestId('check-issuer')).toContainText('Issued by Harbor Valley College');
    await expect(result.getByTestId('check-revocation')).toContainText('Not revoked');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Choose a credential file').setInputFiles(changed);
    await expect(result.getByTestId('vc-verdict')).toHaveText(/Bad signature/);
    await expect(result.getByTestId('check-signature')).toContainText('Bad signature');
    await expect(result.getByTestId('check-issuer')).toContainText('Issued by');

    await page.getByLabel('Choose a credential file').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toContainText('not a JSON file');
  });
});

test.describe('credentials page (the professional)', () => {
  test.use({ storageState: authFile('professional'), viewport: PHONE });

  test('makes a calendar address that serves the deadlines with reminders, and revokes it', async ({ page }) => {
    await page.goto('/credentials');
    const section = page.getByTestId('calendar-subscription');
    await expect(section).toContainText('You have no calendar address.');
    await section.getByRole('button', { name: 'Make a calendar address' }).click();
    const address = section.getByLabel('Your calendar address (shown this once)');
    await expect(address).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await expect(section.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute('href', /^webcal:\/\//);
    const path = new URL(await address.inputValue()).pathname;
    const feed = await page.request.get(path);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain('TRIGGER:-P30D');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    await section.getByRole('button', { name: 'Revoke the calendar address' }).click();
    await expect(section).toContainText('You have no calendar address.');
    expect((await page.request.get(path)).status()).toBe(404);
  });

  test('downloads the CE audit packet of a credential as a PDF', async ({ page }) => {
    await page.goto('/credentials');
    const form = page.getByTestId('audit-packet');
    await expect(form.getByLabel('Credential')).toBeVisible();
    await form.getByLabel('A day in the cycle').fill('2026-01-01');
    const download = page.waitForEvent('download');
    await form.getByRole('link', { name: 'Download the audit packet (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ce-audit-arrt-R-2025-05-01.pdf');
    const saved = join(dir, 'packet.pdf');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await form.getByLabel('A day in the cycle').fill('2026-02-30');
    await expect(form).toContainText('Give the day as YYYY-MM-DD');
    await expectNoSidewaysScroll(page);
  });
});

test.describe("a student's signed credentials (the program director)", () => {
  test.use({ storageState: authFile('programDirector'), viewport: PHONE });

  test('revokes a competency the school issued; the page then says "Revoked"', async ({ page }) => {
    const people = (await (await page.request.get('/api/v1/people')).json()) as { items: { id: string; name: string }[] };
    // Sam (not Lena: the navigation spec replaces her record by an import, wallet and all).
    const sam = people.items.find((p) => p.name === 'Sam Patel');
    if (sam === undefined) throw new Error('the program director cannot see Sam Patel');
    await page.goto(`/people/${sam.id}/credentials`);
    const panel = page.getByTestId('signed-credentials');
    await expect(panel.getByTestId('vc-verdict')).toHaveCount(6);
    await expect(panel.getByTestId('vc-verdict').filter({ hasText: 'Verified' })).toHaveCount(6);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: /^Revoke Competency: Radiography: hand$/ }).click();
    await expect(panel.getByTestId('vc-verdict').filter({ hasText: 'Revoked' })).toHaveCount(1);
    await expect(panel.getByRole('button', { name: /^Revoke / })).toHaveCount(5);
  });
});
