import { expect, test } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations, expectNoSidewaysScroll, PHONE } from './helpers.js';

/** Somewhere in Austin, about 200 km from the demo site: a clock-in from there is off-site. */
const AWAY = { latitude: 30.2672, longitude: -97.7431 };

interface Mine {
  records: { id: string; locationGiven: boolean; exceptions: { kind: string }[]; decision: { decision: string; byName: string } | null }[];
}

test.describe('time records', () => {
  test.use({ storageState: authFile('student'), geolocation: AWAY, permissions: ['geolocation'], viewport: PHONE });

  test('a student clocks in and out (with and without location); the off-site punch reaches the instructor, who approves it', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const mine = async () => (await (await page.request.get('/api/v1/clinical/time/mine')).json()) as Mine;
    await page.goto('/time');
    await expect(page.getByRole('heading', { level: 1, name: 'Time' })).toBeVisible();
    await expect(page.getByText('St. Brigid Regional Medical Center (fictitious)').first()).toBeVisible();

    // With the browser's location (far from the site): the punch counts and becomes an exception.
    await page.getByRole('button', { name: 'Clock in' }).click();
    await expect(page.getByRole('status')).toContainText('Clocked in at St. Brigid Regional Medical Center (fictitious). Your instructor will review this');
    await page.getByRole('button', { name: 'Clock out' }).click();
    await expect(page.getByRole('status')).toContainText('Clocked out of St. Brigid Regional Medical Center (fictitious)');
    const offSite = (await mine()).records[0];
    expect(offSite?.exceptions.map((e) => e.kind)).toEqual(['off-site']);
    expect(offSite?.locationGiven).toBe(true);

    // Without location: the punch still works, and is not checked against the site's area.
    await page.getByLabel(/Share my location/).uncheck();
    await page.getByRole('button', { name: 'Clock in' }).click();
    await expect(page.getByRole('button', { name: 'Clock out' })).toBeVisible();
    await page.getByRole('button', { name: 'Clock out' }).click();
    await expect(page.getByRole('button', { name: 'Clock in' })).toBeVisible();
    const plain = (await mine()).records[0];
    expect(plain?.id).not.toBe(offSite?.id);
    expect(plain).toMatchObject({ locationGiven: false, exceptions: [] });
    // The planned 11-hour demo shift is warned about ahead of time, with the limit's flag in words.
    await expect(page.getByRole('list', { name: 'Hour limit warnings' })).toContainText('Ahead of time: Planned shifts would take clinical time on');
    await expect(page.getByRole('list', { name: 'Hour limit warnings' })).toContainText('JRCERT states this limit only indirectly');
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    // The instructor, on another device, approves the off-site punch (the newest in the queue, oldest first).
    const other = await browser.newContext({ viewport: PHONE, storageState: authFile('instructor') });
    const review = await other.newPage();
    await review.goto('/time/review');
    const queue = review.getByRole('list', { name: 'Time records waiting for a decision' });
    await expect(queue.getByText('Sam Patel at St. Brigid Regional Medical Center (fictitious)').first()).toBeVisible();
    await expect(queue.getByText('Clocked from outside the site’s area').first()).toBeVisible();
    await expectNoSidewaysScroll(review);
    await expectNoSeriousAxeViolations(review);
    const before = await queue.getByRole('listitem').count();
    await queue.getByRole('button', { name: /^Approve Sam Patel/ }).last().click();
    await expect(review.getByRole('status')).toContainText('Approved: Sam Patel’s time on');
    await expect(queue.getByRole('listitem')).toHaveCount(before - 1);
    await other.close();

    const decided = (await mine()).records.find((r) => r.id === offSite?.id);
    expect(decided?.decision).toMatchObject({ decision: 'approved', byName: 'Olivia Bennett' });
  });
});
