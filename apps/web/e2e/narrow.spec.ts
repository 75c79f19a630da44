import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile } from './helpers.js';

/**
 * Every page is usable on a 390 px wide phone: nothing wider than the screen, and no part of the page
 * (a table, a code block) that has to be scrolled sideways.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function sidewaysScroll(page: Page): Promise<string[]> {
  // Runs in the page (this file is type-checked without the DOM library, hence the narrow types).
  return page.evaluate(() => {
    interface Box {
      readonly scrollWidth: number;
      readonly clientWidth: number;
      readonly tagName: string;
      readonly className: unknown;
    }
    const win = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: Box; querySelectorAll: (s: string) => ArrayLike<Box> };
      getComputedStyle: (e: Box) => { overflowX: string };
    };
    const found: string[] = [];
    const root = win.document.documentElement;
    if (root.scrollWidth > win.innerWidth) found.push(`the page is ${root.scrollWidth} px wide`);
    for (const e of Array.from(win.document.querySelectorAll('body *'))) {
      const overflow = win.getComputedStyle(e).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
        found.push(`<${e.tagName.toLowerCase()} class="${String(e.className)}"> scrolls sideways`);
      }
    }
    return found;
  });
}

async function expectFits(page: Page, path: string, ready: (page: Page) => Locator): Promise<void> {
  await page.goto(path);
  await expect(ready(page).first()).toBeVisible();
  expect(await sidewaysScroll(page), path).toEqual([]);
}

test.describe('usable at 390 px', () => {
  test('public pages', async ({ page }) => {
    await expectFits(page, '/sign-in', (p) => p.getByRole('button', { name: 'Sign in' }));
    await expectFits(page, '/sign-up', (p) => p.getByRole('button', { name: 'Create account' }));
    await expectFits(page, '/careers', (p) => p.getByTestId('role-card'));
    await expectFits(page, '/careers/radiographer', (p) =>
      p.getByRole('table', { name: 'Occupation codes' }),
    );
    await expectFits(page, '/careers/compare?a=radiographer&b=sonographer', (p) =>
      p.getByTestId('compare-column'),
    );
    await expectFits(page, '/plan?target=radiographer&in=us-tx&from=blank', (p) =>
      p.getByTestId('plan-alternatives'),
    );
    await expectFits(page, '/programs', (p) => p.getByTestId('programs'));
    await expectFits(page, '/jobs', (p) => p.getByRole('heading', { level: 1, name: 'Imaging jobs' }));
  });

  test.describe('the professional', () => {
    test.use({ storageState: authFile('professional') });

    test('record, credentials and import', async ({ page }) => {
      await expectFits(page, '/record', (p) => p.getByRole('table', { name: /credentials held/ }));
      await expectFits(page, '/credentials', (p) =>
        p.getByRole('table', { name: 'Deadlines, soonest first' }),
      );
      await expectFits(page, '/import', (p) => p.getByLabel('Person record (JSON)'));
      await expectFits(page, '/job-search', (p) => p.getByTestId('handle'));
    });
  });

  test.describe('the recruiter', () => {
    test.use({ storageState: authFile('recruiter') });

    test('ranked candidates', async ({ page }) => {
      await expectFits(page, '/candidates', (p) => p.getByRole('heading', { level: 2, name: /every requirement/ }));
    });
  });

  test.describe('an organisation admin', () => {
    test.use({ storageState: authFile('orgAdmin') });

    test('people and organisations', async ({ page }) => {
      await expectFits(page, '/people', (p) =>
        p.getByRole('table', { name: 'People whose records you may see' }),
      );
      await expectFits(page, '/organisations', (p) =>
        p.getByRole('button', { name: 'Members and invitations' }),
      );
      await page.getByRole('button', { name: 'Members and invitations' }).first().click();
      await expect(page.getByRole('table', { name: /Members of/ })).toBeVisible();
      expect(await sidewaysScroll(page)).toEqual([]);
    });
  });
});
