import { expect, test, type Page } from '@playwright/test';
import { authFile, type DemoUser } from './helpers.js';
import { publicRoutes, roleCodes, SIGNED_IN_ROUTES, type AppRoute } from './routes.js';

/**
 * Every page is usable on a 390 px wide phone and on a 1,280 px desktop: the document is no wider than the
 * window (`scrollWidth`, which counts screen-reader-only parts too), and no part of the page (a table, a code
 * block) has to be scrolled sideways.
 */
const WIDTHS = [390, 1280] as const;

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

/** Visits every route at every width; what scrolls sideways, by width and path. */
async function overflowing(page: Page, routes: readonly AppRoute[]): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    for (const route of routes) {
      await page.goto(route.path);
      await expect(route.ready(page).first()).toBeVisible();
      for (const f of await sidewaysScroll(page)) found.push(`${width} px ${route.path}: ${f}`);
    }
  }
  return found;
}

test.describe('no page scrolls sideways at 390 px or 1,280 px', () => {
  test('public pages: home, careers, every role, compare, plans, programs, verify', async ({ page }) => {
    test.setTimeout(180_000);
    expect(await overflowing(page, publicRoutes(await roleCodes(page)))).toEqual([]);
  });

  for (const user of ['professional', 'recruiter', 'orgAdmin', 'student', 'instructor'] as const satisfies readonly DemoUser[]) {
    test.describe(`signed in as ${user}`, () => {
      test.use({ storageState: authFile(user) });
      test('their pages', async ({ page }) => {
        test.setTimeout(120_000);
        expect(await overflowing(page, SIGNED_IN_ROUTES.filter((r) => r.user === user))).toEqual([]);
        if (user === 'orgAdmin') {
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 844 });
            await page.goto('/organisations');
            await page.getByRole('button', { name: 'Members and invitations' }).first().click();
            await expect(page.getByRole('table', { name: /Members of/ })).toBeVisible();
            expect(await sidewaysScroll(page), `${width} px members`).toEqual([]);
          }
        }
      });
    });
  }
});
