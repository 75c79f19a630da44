import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

/** A fresh account with a one-credential record: no other test touches its profile. */
async function newProfessional(page: Page): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Rosa Lindqvist');
  await page.getByLabel('E-mail address').fill(`rosa.lindqvist.${Date.now()}@example.org`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByLabel('Date of birth').fill('1990-05-14');
  await page.getByRole('button', { name: 'Add a credential or licence' }).click();
  await page.getByLabel('Credential or licence 1').selectOption({ label: 'ARRT Radiography — R.T.(R)' });
  await page.getByLabel('Earned or issued on').first().fill('2015-06-01');
  await page.getByRole('button', { name: 'Save and go to my record' }).click();
  await expect(page).toHaveURL(/\/record$/);
}

test.describe('a candidate keeps their job-search profile in the browser', () => {
  test.use({ viewport: PHONE });

  test('every preference is set in words on a phone, a refused place and pay are shown at their fields, and what was saved is what reloads', async ({ page }) => {
    test.slow();
    await newProfessional(page);
    await page.goto('/job-search');
    const profile = page.getByRole('form', { name: 'Your profile' });
    await expect(profile.getByText('ARRT Radiography')).toHaveCount(0); // credentials show under the form, not in it
    await expect(page.getByText('Credentials from your record')).toBeVisible();

    await profile.getByLabel('Let recruiters find me').check();
    await profile.getByLabel('Who may find me').selectOption({ label: 'Nobody (hidden)' });
    await profile.getByRole('button', { name: 'Add a place' }).click();
    await profile.getByLabel('Place 1 (ZIP, City, ST, or City, Country)').fill('Albany, NY');
    await profile.getByLabel('Distance from place 1 (km)').fill('80');
    await profile.getByRole('button', { name: 'Add a place' }).click();
    await profile.getByLabel('Place 2 (ZIP, City, ST, or City, Country)').fill('Nowhereville, ZZ');
    await profile.getByLabel('Open to travel contracts').check();
    await profile.getByLabel('Nights').check();
    await profile.getByLabel('Weekends').check();
    await profile.getByLabel('Lowest pay I would take').fill('-5');
    await profile.getByLabel('I can start from').fill('2027-03-01');
    await profile.getByLabel('Add a country').selectOption({ label: 'United States' });
    await profile.getByRole('button', { name: 'Add', exact: true }).click();
    await profile.getByLabel('Add a country').selectOption({ label: 'Philippines' });
    await profile.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(profile.getByRole('list', { name: 'Countries where I may work without a sponsor' })).toContainText('Philippines');
    await profile.getByRole('button', { name: 'Save my profile' }).click();

    // A pay below zero is refused at its field, quoting it.
    await expect(profile.getByLabel('Lowest pay I would take')).toHaveAttribute('aria-invalid', 'true');
    await expect(profile.getByText('(got -5)')).toBeVisible();
    await profile.getByLabel('Lowest pay I would take').fill('41.5');
    await profile.getByLabel('Paid per').selectOption({ label: 'hour' });
    await profile.getByRole('button', { name: 'Save my profile' }).click();

    // The place the server cannot find is refused on its own row, quoting it.
    await expect(profile.getByText('"Nowhereville, ZZ"')).toBeVisible();
    await expect(profile.getByLabel('Place 2 (ZIP, City, ST, or City, Country)')).toHaveAttribute('aria-invalid', 'true');
    await expect(profile.getByLabel('Lowest pay I would take')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(profile.getByLabel('Place 1 (ZIP, City, ST, or City, Country)')).not.toHaveAttribute('aria-invalid', 'true');
    await profile.getByRole('button', { name: 'Remove place 2' }).click();
    await profile.getByRole('button', { name: 'Remove Philippines' }).click();
    await profile.getByRole('button', { name: 'Save my profile' }).click();
    await expect(profile.getByRole('status')).toHaveText('Saved.');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // What reloads is what was saved, in words.
    await page.reload();
    const again = page.getByRole('form', { name: 'Your profile' });
    await expect(again.getByLabel('Let recruiters find me')).toBeChecked();
    await expect(again.getByLabel('Who may find me')).toHaveValue('hidden');
    await expect(again.getByTestId('profile-place')).toHaveCount(1);
    await expect(again.getByLabel('Place 1 (ZIP, City, ST, or City, Country)')).toHaveValue('Albany, NY');
    await expect(again.getByLabel('Distance from place 1 (km)')).toHaveValue('80');
    await expect(again.getByLabel('Open to travel contracts')).toBeChecked();
    await expect(again.getByLabel('Willing to move')).not.toBeChecked();
    await expect(again.getByLabel('Nights')).toBeChecked();
    await expect(again.getByLabel('Weekends')).toBeChecked();
    await expect(again.getByLabel('Days')).not.toBeChecked();
    await expect(again.getByLabel('Lowest pay I would take')).toHaveValue('41.5');
    await expect(again.getByLabel('I can start from')).toHaveValue('2027-03-01');
    const countries = again.getByRole('list', { name: 'Countries where I may work without a sponsor' });
    await expect(countries.getByRole('listitem')).toHaveText([/United States/]);
  });
});
