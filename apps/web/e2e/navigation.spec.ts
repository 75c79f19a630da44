import { expect, test } from '@playwright/test';
import { authFile, fixture } from './helpers.js';

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('role-aware navigation', () => {
  test.describe('the demo instructor', () => {
    test.use({ storageState: authFile('instructor') });

    test('sees People, lists the school’s students and opens a record', async ({ page }) => {
      await page.goto('/');
      await expect(nav(page).getByRole('link', { name: 'People' })).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'Organisations' })).toHaveCount(0);
      await expect(page.getByRole('banner')).toContainText('Clinical instructor at Harbor Valley College');

      await nav(page).getByRole('link', { name: 'People' }).click();
      await expect(page).toHaveTitle('People · Modality');
      const table = page.getByRole('table', { name: 'People whose records you may see' });
      await expect(table.getByRole('link', { name: 'Sam Patel' })).toBeVisible();
      await table.getByRole('link', { name: 'Sam Patel' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel — record' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Clinical log' })).toBeVisible();
    });
  });

  test.describe('the demo professional', () => {
    test.use({ storageState: authFile('professional') });

    test('sees their record and import, but not People or Organisations', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/record$/);
      await expect(nav(page).getByRole('link', { name: 'My record' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(nav(page).getByRole('link', { name: 'Import record' })).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'People' })).toHaveCount(0);
      await expect(nav(page).getByRole('link', { name: 'Organisations' })).toHaveCount(0);
    });
  });

  test.describe('the demo recruiter', () => {
    test.use({ storageState: authFile('recruiter') });

    test('lands on the candidates of their postings', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/candidates$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
      await expect(page.getByText('Only professionals who chose to be found are listed')).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'People' })).toHaveCount(0);
    });
  });

  test.describe('the demo admin', () => {
    test.use({ storageState: authFile('admin') });

    test('creates an organisation and invites a member, who signs up with the token', async ({
      page,
      browser,
    }) => {
      await page.goto('/organisations');
      await expect(page).toHaveTitle('Organisations · Modality');
      await page.getByLabel('Name').fill('E2E Test Imaging (fictitious)');
      await page.getByLabel('Kind').selectOption('imaging-centre');
      await page.getByRole('button', { name: 'Create organisation' }).click();
      await expect(page.getByRole('status')).toContainText('Created E2E Test Imaging');

      const card = page.getByRole('listitem').filter({ hasText: 'E2E Test Imaging (fictitious)' });
      await card.getByRole('button', { name: 'Members and invitations' }).click();
      await card.getByLabel('E-mail address').fill('new.tech@example.test');
      await card.getByLabel('Role').selectOption('professional');
      await card.getByRole('button', { name: 'Create invitation' }).click();
      await expect(card.getByRole('status')).toContainText('shown only once');
      const token = (await card.getByTestId('invitation-token').textContent()) ?? '';
      expect(token.length).toBeGreaterThanOrEqual(10);

      // The invited person signs up with the token and lands in the organisation, with no record yet.
      const invitee = await browser.newPage({ storageState: { cookies: [], origins: [] } });
      await invitee.goto(`/sign-up?invitation=${encodeURIComponent(token)}`);
      await expect(invitee).toHaveTitle('Create an account · Modality');
      await expect(invitee.getByLabel('Invitation token (optional)')).toHaveValue(token);
      await invitee.getByLabel('Full name').fill('New Tech');
      await invitee.getByLabel('E-mail address').fill('new.tech@example.test');
      await invitee.getByLabel('Password').fill('a-long-enough-password');
      await invitee.getByRole('button', { name: 'Create account' }).click();
      // With no record yet, sign-up leads to "what do you hold?"; the record page offers the same start.
      await expect(invitee).toHaveURL(/\/welcome$/);
      await expect(invitee.getByRole('banner')).toContainText(
        'Professional at E2E Test Imaging (fictitious)',
      );
      await invitee.goto('/record');
      await expect(invitee.getByText('You have no record yet.')).toBeVisible();
      await expect(invitee.getByRole('link', { name: 'Start your record' })).toBeVisible();
      await invitee.close();
    });
  });

  test.describe('the demo program director', () => {
    test.use({ storageState: authFile('programDirector') });

    test('imports a record for a student of the school from the person page', async ({ page }) => {
      await page.goto('/people');
      await page.getByRole('link', { name: 'Lena Morales' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Lena Morales — record' })).toBeVisible();
      await page.getByRole('link', { name: 'Import a record for this person' }).click();
      await expect(page).toHaveURL(/\/import\?person=/);
      await expect(page.getByLabel('Whose record')).toHaveValue(/.+/);
      await page.getByLabel('Choose a .json file').setInputFiles(fixture('student-record.json'));
      await page.getByRole('button', { name: 'Import record for Lena Morales' }).click();
      await expect(page.getByTestId('import-result')).toContainText('Imported: 0 credentials');
      await page.getByRole('link', { name: 'View the record' }).click();
      const clinical = page.getByRole('table', { name: /procedures/ });
      // Procedures by name, not code.
      await expect(clinical.getByRole('rowheader', { name: 'Sonography: renal' })).toBeVisible();
      await expect(page.getByRole('table', { name: /examination/ })).toContainText('pass');
    });
  });

  test.describe('the demo organisation admin', () => {
    test.use({ storageState: authFile('orgAdmin') });

    test('sees People and Organisations, and the hospital’s members', async ({ page }) => {
      await page.goto('/organisations');
      await expect(nav(page).getByRole('link', { name: 'People' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Create organisation' })).toHaveCount(0);
      const card = page.getByRole('listitem').filter({ hasText: 'St. Brigid Regional Medical Center' });
      await card.getByRole('button', { name: 'Members and invitations' }).click();
      await expect(card.getByRole('table', { name: /Members of/ })).toContainText('Ana Reyes');
    });
  });
});
