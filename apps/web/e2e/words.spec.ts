import { expect, test, type Page } from '@playwright/test';
import { authFile, type DemoUser } from './helpers.js';
import { publicRoutes, roleCodes, SIGNED_IN_ROUTES, type AppRoute } from './routes.js';

/**
 * No page shows a person an internal code, id or note: credentials, procedures, rule and step ids,
 * jurisdiction codes in brackets, modality codes, confidence tags in capitals, or the research notes' words.
 */
const INTERNAL: ReadonlyArray<readonly [what: string, pattern: RegExp]> = [
  ['a credential code', /\b(?:arrt|ardms|nmtcb|armrit|camrt|aha|us-[a-z]{2}|ca-[a-z]{2}|gb|ie|au):[A-Z][\w.-]*|\b(?:us-[a-z]{2}|ca-[a-z]{2}|gb|ie|au):[a-z][\w-]*/],
  ['a procedure code', /\b(?:xr|ct|mr|us|nm|mg|fl|rt|ir):[a-z][a-z-]*/],
  ['a rule id', /\b(?:arrt|ardms|nmtcb|hcpc|coru|mrpba|camrt)\.(?!org\b|com\b)[a-z0-9-]+\.[a-z0-9-]+|\bus-[a-z]{2}\.[a-z][a-z-]*/],
  ['a step id', /\b[a-z]+(?:-[a-z0-9]+){2,}:/],
  ['a jurisdiction code in brackets', /\((?:us|ca)-[a-z]{2}\)/],
  ['a modality code', /\b(?:cardiac-sonography|vascular-sonography|nuclear-medicine|radiation-therapy|radiologist-assistant|bone-densitometry)\b/],
  ['a confidence tag in capitals', /\b(?:SECONDARY|UNCONFIRMED|UNRESOLVED|OFFICIAL-COPY)\b/],
  // (The CE form's topics field teaches its code format by example, e.g. `radiation-safety`: not in this list.)
  ['a CE topic code', /\b(?:ionizing-radiation|digital-radiography|fluoroscopy-safety|human-trafficking|mri-safety|hiv-aids)\b|\bMinimum: [a-z]/],
  ['a research note', /S-GH\d|\bthe notes\b|not in the sources|repository URL|link wrapper|IPEDS-\d/],
];

/** The internal codes and notes a page's visible text shows, each with the words around it. */
export async function internalWords(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found: string[] = [];
  for (const [what, pattern] of INTERNAL) {
    const m = pattern.exec(text);
    if (m !== null) found.push(`${what}: “…${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}…”`);
  }
  return found;
}

/** Visits each route and collects what every page shows that it should not, by path. */
async function internalWordsOf(page: Page, routes: readonly AppRoute[]): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    await page.goto(route.path);
    await expect(route.ready(page).first()).toBeVisible();
    for (const f of await internalWords(page)) found.push(`${route.path} — ${f}`);
  }
  return found;
}

test.describe('words a person reads: no internal codes, ids or notes on any page', () => {
  test('public pages, every role and plans', async ({ page }) => {
    test.setTimeout(120_000);
    expect(await internalWordsOf(page, publicRoutes(await roleCodes(page)))).toEqual([]);
  });

  for (const user of ['professional', 'orgAdmin', 'student', 'instructor', 'programDirector'] as const satisfies readonly DemoUser[]) {
    test.describe(`signed in as ${user}`, () => {
      test.use({ storageState: authFile(user) });
      test('their pages', async ({ page }) => {
        test.setTimeout(90_000);
        expect(await internalWordsOf(page, SIGNED_IN_ROUTES.filter((r) => r.user === user))).toEqual([]);
        if (user === 'orgAdmin') {
          // A person's record and credentials, as staff see them.
          await page.goto('/people');
          await page.getByRole('table', { name: 'People whose records you may see' }).getByRole('link').first().click();
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          expect(await internalWords(page), page.url()).toEqual([]);
        }
      });
    });
  }
});
