import { expect, test, type Page } from '@playwright/test';
import { authFile, signInThroughForm, type DemoUser } from './helpers.js';

/**
 * The web app runs under the server's strict Content-Security-Policy without a single violation. Every
 * page listens for `securitypolicyviolation` events from before its first script runs, and the browser's
 * own "Refused to …" console messages are collected too; any one fails the test.
 */

/** Runs in the page before its own scripts (as text: the e2e project is type-checked without DOM types). */
const LISTEN_FOR_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(event.violatedDirective + ': ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
  });
`;

async function watchForViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript({ content: LISTEN_FOR_VIOLATIONS });
  return refused;
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  // The policy is really in force on the document (otherwise "no violations" would prove nothing).
  expect(response?.headers()['content-security-policy'] ?? '', path).toContain("script-src 'self'");
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
}

async function expectNoViolations(page: Page, refused: readonly string[]): Promise<void> {
  const seen: unknown = await page.evaluate('window.cspViolations');
  expect(Array.isArray(seen), 'the listener was installed').toBe(true);
  expect([...(seen as unknown[]), ...refused]).toEqual([]);
}

const publicPages = ['/', '/sign-in', '/sign-up', '/careers', '/careers/compare', '/plan', '/programs', '/verify'];
const signedInPages: ReadonlyArray<readonly [DemoUser, readonly string[]]> = [
  ['professional', ['/record', '/credentials', '/import', '/wallet', '/plan']],
  ['orgAdmin', ['/organisations', '/people']],
  ['recruiter', ['/candidates']],
  ['student', ['/clinical']],
  ['instructor', ['/clinical/sign-off']],
];

test.describe('Content-Security-Policy: no violation on any page', () => {
  test('public pages, and a failed sign-in', async ({ page }) => {
    const refused = await watchForViolations(page);
    for (const path of publicPages) await visit(page, path);
    await visit(page, '/sign-in');
    await signInThroughForm(page, 'nobody@example.test', 'wrong-password');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, refused);
  });

  test('the API documentation page (Swagger UI, under its own policy)', async ({ page }) => {
    const refused = await watchForViolations(page);
    const response = await page.goto('/api/docs');
    expect(response?.headers()['content-security-policy'] ?? '').toContain("script-src 'self'");
    await expect(page.getByText('Modality API').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, refused);
  });

  for (const [user, paths] of signedInPages) {
    test.describe(`signed in as ${user}`, () => {
      test.use({ storageState: authFile(user) });
      test('its pages', async ({ page }) => {
        const refused = await watchForViolations(page);
        for (const path of paths) await visit(page, path);
        if (user === 'student') {
          // The sign-off link's QR code (SVG drawn in the page) shows under the policy.
          await page.getByLabel('Procedure', { exact: true }).selectOption({ label: 'Pediatric chest' });
          await page.getByRole('button', { name: 'Log this procedure' }).click();
          // Wait for the new entry to be listed: until then `first()` would be another unsigned entry, and the
          // list re-sorting under the open form would lose it (the browser tests share one database).
          await expect(page.getByRole('status').filter({ hasText: 'Logged: Pediatric chest' })).toBeVisible();
          const entry = page.getByTestId('clinical-entry').filter({ hasText: 'Pediatric chest' }).filter({ hasText: 'Not signed yet' }).first();
          await expect(entry).toBeVisible();
          await entry.getByRole('button', { name: 'Ask for a signature' }).click();
          // One form is open on the page: found there, whatever order the list is in now.
          await page.getByRole('button', { name: 'Make a sign-off link' }).click();
          await expect(page.getByTestId('sign-link-qr')).toBeVisible();
        }
        if (user === 'orgAdmin') {
          // A person's page, reached the way a person reaches it.
          await page.getByRole('link', { name: 'Ana Reyes' }).click();
          await expect(page.getByRole('table', { name: /credentials held/ })).toBeVisible();
          await page.waitForLoadState('networkidle');
        }
        await expectNoViolations(page, refused);
      });
    });
  }
});
