import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Demo accounts seeded on first start (packages/app/src/demo/demo-data.ts). */
export const DEMO_PASSWORD = 'modality-demo';
export const USERS = {
  admin: 'admin@demo.modality.test',
  professional: 'ana.reyes@demo.modality.test',
  student: 'sam.patel@demo.modality.test',
  instructor: 'olivia.bennett@demo.modality.test',
  programDirector: 'henry.lambert@demo.modality.test',
  recruiter: 'nina.cole@demo.modality.test',
  orgAdmin: 'victor.huang@demo.modality.test',
} as const;
export type DemoUser = keyof typeof USERS;

/** Saved sessions, one per demo user, written by global-setup.ts (sign-ins are rate-limited). */
export function authFile(user: DemoUser): string {
  return resolve(import.meta.dirname, '../../../.tmp/e2e-auth', `${user}.json`);
}

export function fixture(name: string): string {
  return resolve(import.meta.dirname, 'fixtures', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixture(name), 'utf8');
}

export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core (WCAG 2.x A/AA rules) on the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the server's
  // Content-Security-Policy (script-src 'self'), which the browser tests keep in force.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    // Runs in the page (this file is type-checked without the DOM library, hence the narrow types).
    const win = globalThis as unknown as {
      axe: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
      document: unknown;
    };
    const result = await win.axe.run(win.document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  if (process.env['E2E_AXE_VERBOSE'] === '1') {
    for (const v of violations)
      console.log(`axe ${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`);
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with a readable list of what axe found. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  const report = violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}

/** A phone's width: every page must be usable at 390 px with no sideways scrolling (docs/design.md). */
export const PHONE = { width: 390, height: 844 } as const;

/** Fails when the page is wider than the window, i.e. the reader would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document;
    return { scroll: doc.documentElement.scrollWidth, client: doc.documentElement.clientWidth };
  });
  expect(widths.scroll, `page is ${String(widths.scroll)} px wide in a ${String(widths.client)} px window`).toBeLessThanOrEqual(widths.client);
}
