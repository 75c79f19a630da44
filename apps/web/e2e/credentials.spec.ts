import { expect, test, type Locator, type Page } from '@playwright/test';
import { authFile, expectNoSeriousAxeViolations } from './helpers.js';

/** The verdict as `GET /api/v1/people/{id}/verdict` returns it (contract: person-record-v1.md). */
interface Verdict {
  asOf: string;
  compliance: {
    credential: string;
    status: string;
    cycles: {
      rule: string;
      start: string;
      end: string;
      required: number;
      earned: number;
      remaining: number;
      minimums: { topic: string; required: number; earned: number; remaining: number }[];
    }[];
    deadlines: { kind: string; due: string }[];
    warnings: string[];
    sources: string[];
  }[];
  eligibility: {
    credential: string;
    eligible: boolean;
    missing: { rule: string; what: string; need: number; have: number; unit: string; countConfirmed?: false }[];
    sources: string[];
  }[];
}

const STATUS_WORDS: Record<string, string> = {
  compliant: 'Compliant',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  noncompliant: 'Not compliant',
  'not-applicable': 'No requirement now',
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const fmt = (n: number) => NUMBER.format(n);
const withUnit = (n: number, unit: string) =>
  `${fmt(n)} ${n === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;

async function personIdOf(page: Page): Promise<string> {
  const me = await page.request.get('/api/v1/auth/me');
  expect(me.ok()).toBe(true);
  const { personId } = (await me.json()) as { personId: string | null };
  if (personId === null) throw new Error('the demo user has no record');
  return personId;
}

async function verdictOf(page: Page, personId: string, asOf?: string): Promise<Verdict> {
  const query = asOf === undefined ? '' : `?asOf=${asOf}`;
  const response = await page.request.get(`/api/v1/people/${personId}/verdict${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Verdict;
}

async function ceCount(page: Page, personId: string): Promise<number> {
  const response = await page.request.get(`/api/v1/people/${personId}/record`);
  expect(response.ok()).toBe(true);
  const record = (await response.json()) as { ce?: unknown[] };
  return record.ce?.length ?? 0;
}

const held = (page: Page) => page.getByRole('region', { name: 'Credentials held' });
const card = (page: Page, code: string): Locator => held(page).locator(`article[data-credential="${code}"]`);
const addForm = (page: Page) => page.getByRole('region', { name: 'Add a CE activity' });

test.describe('my credentials, as the demo professional', () => {
  test.use({ storageState: authFile('professional') });

  test('a card per credential with its status, progress bars that match the verdict, deadlines, warnings and sources', async ({
    page,
  }) => {
    const personId = await personIdOf(page);
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My credentials' })
      .click();
    await expect(page).toHaveURL(/\/credentials$/);
    await expect(page).toHaveTitle('My credentials · Modality');
    await expect(page.getByRole('heading', { level: 1, name: 'My credentials' })).toBeVisible();
    const verdict = await verdictOf(page, personId);
    expect(verdict.compliance.map((c) => c.credential)).toEqual(
      expect.arrayContaining(['arrt:R', 'arrt:CT', 'us-tx:mrt']),
    );

    await expect(held(page).locator('article')).toHaveCount(verdict.compliance.length);
    for (const entry of verdict.compliance) {
      const c = card(page, entry.credential);
      await expect(c).toBeVisible();
      await expect(c.getByTestId('status')).toHaveText(new RegExp(`${STATUS_WORDS[entry.status] ?? '?'}$`));

      // One bar per cycle and per minimum, in the verdict's order, with the verdict's numbers.
      const expected = entry.cycles.flatMap((cycle) => [cycle, ...cycle.minimums]);
      const bars = c.getByRole('progressbar');
      await expect(bars).toHaveCount(expected.length);
      for (const [i, want] of expected.entries()) {
        const bar = bars.nth(i);
        await expect(bar).toHaveAttribute('aria-valuemin', '0');
        await expect(bar).toHaveAttribute('aria-valuemax', String(want.required));
        await expect(bar).toHaveAttribute('aria-valuenow', String(Math.min(want.earned, want.required)));
        await expect(bar).toHaveAttribute(
          'aria-valuetext',
          new RegExp(`^${fmt(want.earned)} of ${fmt(want.required)} `),
        );
        await expect(c.getByTestId('progress-text').nth(i)).toContainText(
          `${fmt(want.earned)} of ${fmt(want.required)} `,
        );
      }
      if (entry.cycles[0] !== undefined) {
        await expect(c).toContainText(`${entry.cycles[0].start} to ${entry.cycles[0].end}`);
      }

      for (const d of entry.deadlines) await expect(c.locator(`time[datetime="${d.due}"]`)).toBeVisible();
      for (const url of entry.sources) await expect(c.locator(`a[href="${url}"]`)).toBeVisible();
      if (entry.warnings.length === 0) await expect(c.getByTestId('warnings')).toHaveCount(0);
      for (const w of entry.warnings) await expect(c.getByTestId('warnings')).toContainText(w);
    }
    // The Texas licence rests on secondary sources: the card says so.
    expect(verdict.compliance.find((c) => c.credential === 'us-tx:mrt')?.warnings.length).toBeGreaterThan(0);
    await expect(card(page, 'us-tx:mrt').getByTestId('warnings')).toContainText('secondary source');

    // Every deadline, soonest first, in the deadlines table.
    const deadlines = verdict.compliance.flatMap((c) => c.deadlines.map((d) => d.due)).sort();
    const table = page.getByRole('table', { name: 'Deadlines, soonest first' });
    await expect(table.locator('tbody tr')).toHaveCount(deadlines.length);
    await expect(table.locator('tbody th time')).toHaveText(deadlines);
  });

  test('"Within reach" lists credentials with what is missing, in units', async ({ page }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    const verdict = await verdictOf(page, personId);
    expect(verdict.eligibility.length).toBeGreaterThan(0);
    const reach = page.getByRole('region', { name: 'Within reach' });
    await expect(reach.locator('article')).toHaveCount(verdict.eligibility.length);
    for (const entry of verdict.eligibility) {
      const c = reach.locator(`article[data-credential="${entry.credential}"]`);
      await expect(c.getByTestId('eligibility')).toHaveText(
        entry.eligible ? /Eligible now/ : new RegExp(`${entry.missing.length} things? missing`),
      );
      const items = c.getByTestId('missing');
      await expect(items).toHaveCount(entry.missing.length);
      for (const [i, m] of entry.missing.entries()) {
        const item = items.nth(i);
        await expect(item).toContainText(m.what);
        if (m.countConfirmed === false) {
          // A number the body publishes but Modality has not confirmed is never shown as a count.
          await expect(item).toContainText('the number is not confirmed here');
          await expect(item.getByRole('progressbar')).toHaveCount(0);
          continue;
        }
        await expect(item).toContainText(`${withUnit(Math.max(m.need - m.have, 0), m.unit)} missing`);
        await expect(item.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(m.need));
        await expect(item.getByRole('progressbar')).toHaveAccessibleName(m.what);
      }
    }
    // The demo professional (R.T.(R)(CT)) is short of structured education for MRI, in credits.
    const mr = verdict.eligibility.find((e) => e.credential === 'arrt:MR');
    const se = mr?.missing.find((m) => m.rule === 'arrt.postprimary.structured-education');
    expect(se?.unit).toBe('credits');
    await expect(reach.locator('article[data-credential="arrt:MR"]')).toContainText(
      `${fmt((se?.need ?? 0) - (se?.have ?? 0))} credits missing`,
    );
  });

  test('adding a CE activity updates the earned number on the card at once, without a reload', async ({
    page,
  }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    const before = await verdictOf(page, personId);
    const entry = before.compliance.find((c) => c.credential === 'arrt:R');
    const cycle = entry?.cycles[0];
    if (cycle === undefined) throw new Error('arrt:R has no cycle in force');
    // A day inside the binding cycle, not after the verdict's date.
    const completedOn = before.asOf >= cycle.start && before.asOf <= cycle.end ? before.asOf : cycle.start;
    const credits = 2;
    const bar = card(page, 'arrt:R').getByRole('progressbar').first();
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^${fmt(cycle.earned)} of ${fmt(cycle.required)} `),
    );
    // Runs in the page (this file is type-checked without the DOM library, hence globalThis).
    await page.evaluate(() => {
      (globalThis as unknown as { e2eNoReload: boolean }).e2eNoReload = true;
    });

    const form = addForm(page);
    await form.getByLabel('Title').fill('E2E: radiation safety refresher');
    await form.getByLabel('Completed on').fill(completedOn);
    await form.getByLabel('Kind of activity').selectOption('activity');
    await form.getByLabel('Credits').fill(String(credits));
    await form.getByLabel('ARRT category (optional)').selectOption('A');
    await form.getByLabel('Topics (optional)').fill('radiation-safety');
    await form.getByRole('button', { name: 'Add CE activity' }).click();

    const added = page.getByTestId('ce-added');
    await expect(added).toContainText('Added “E2E: radiation safety refresher” (2 credits');
    const now = cycle.earned + credits;
    await expect(added).toContainText(`ARRT Radiography: now ${fmt(now)} of ${fmt(cycle.required)}`);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^${fmt(now)} of ${fmt(cycle.required)} `),
    );
    await expect(card(page, 'arrt:R').getByTestId('progress-text').first()).toContainText(
      `${fmt(now)} of ${fmt(cycle.required)} `,
    );
    // The same page, not a reload; the form is empty again.
    expect(await page.evaluate(() => (globalThis as unknown as { e2eNoReload?: boolean }).e2eNoReload)).toBe(
      true,
    );
    await expect(form.getByLabel('Title')).toHaveValue('');

    // The server agrees.
    const after = await verdictOf(page, personId);
    expect(after.compliance.find((c) => c.credential === 'arrt:R')?.cycles[0]?.earned).toBe(now);
  });

  test('invalid input shows each error next to its field and stores nothing', async ({ page }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    await expect(held(page).locator('article').first()).toBeVisible();
    const count = await ceCount(page, personId);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/ce')) posts.push(r.url());
    });

    const form = addForm(page);
    await form.getByLabel('Title').fill('Never stored');
    await form.getByLabel('Completed on').fill('2026-02-30');
    await form.getByLabel('Topics (optional)').fill('ct, Bad Topic');
    await form.getByRole('button', { name: 'Add CE activity' }).click();

    await expect(form.getByRole('alert')).toContainText(
      'The activity was not added. 3 fields need attention.',
    );
    const date = form.getByLabel('Completed on');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/not a real calendar date/);
    await expect(date).toBeFocused();
    const credits = form.getByLabel('Credits');
    await expect(credits).toHaveAttribute('aria-invalid', 'true');
    await expect(credits).toHaveAccessibleDescription(/required/);
    await expect(form.getByLabel('Topics (optional)')).toHaveAccessibleDescription(/“Bad”/);
    await expect(form.getByLabel('Title')).not.toHaveAttribute('aria-invalid', 'true');

    // Fixing a field clears its message.
    await credits.fill('1');
    await expect(credits).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAxeViolations(page);

    expect(posts).toEqual([]);
    expect(await ceCount(page, personId)).toBe(count);
  });

  test('errors the server finds land next to their fields too', async ({ page }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    const count = await ceCount(page, personId);
    // A rule only the server knows (the client checks the same schema, so simulate one).
    await page.route(`**/api/v1/people/${personId}/ce`, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:modality:problem:validation_failed',
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          detail: 'completedOn: not accepted by the server',
          errors: [
            { path: 'completedOn', message: 'not accepted by the server' },
            { path: '', message: 'the activity as a whole is odd' },
          ],
        }),
      }),
    );
    const form = addForm(page);
    await form.getByLabel('Title').fill('Refused by the server');
    await form.getByLabel('Completed on').fill('2026-01-10');
    await form.getByLabel('Credits').fill('1');
    await form.getByRole('button', { name: 'Add CE activity' }).click();
    const date = form.getByLabel('Completed on');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/not accepted by the server/);
    await expect(form.getByRole('alert')).toContainText('the activity as a whole is odd');
    await expect(page.getByTestId('ce-added')).toHaveCount(0);
    await page.unroute(`**/api/v1/people/${personId}/ce`);
    expect(await ceCount(page, personId)).toBe(count);
  });

  test('the deadlines download as a calendar file', async ({ page }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    const link = page.getByRole('link', { name: 'Download the deadlines as a calendar file (.ics)' });
    await expect(link).toHaveAttribute('href', `/api/v1/people/${personId}/deadlines.ics`);
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
  });

  test('the verdict on another date, from a form that checks the date', async ({ page }) => {
    const personId = await personIdOf(page);
    await page.goto('/credentials');
    const dateField = page.getByLabel('Verdict on another date');
    await dateField.fill('2027-02-30');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(dateField).toHaveAttribute('aria-invalid', 'true');
    await expect(dateField).toHaveAccessibleDescription(/not a real calendar date/);
    await expect(page).toHaveURL(/\/credentials$/);

    await dateField.fill('2027-06-15');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/credentials\?asOf=2027-06-15$/);
    await expect(page.getByText('Worked out by the rules engine as of 2027-06-15.')).toBeVisible();
    const verdict = await verdictOf(page, personId, '2027-06-15');
    expect(verdict.asOf).toBe('2027-06-15');
    for (const entry of verdict.compliance) {
      const cycle = entry.cycles[0];
      if (cycle === undefined) continue;
      await expect(card(page, entry.credential).getByRole('progressbar').first()).toHaveAttribute(
        'aria-valuetext',
        new RegExp(`^${fmt(cycle.earned)} of ${fmt(cycle.required)} `),
      );
      await expect(card(page, entry.credential)).toContainText(`${cycle.start} to ${cycle.end}`);
    }
    await expect(page.getByRole('link', { name: /calendar file/ })).toHaveAttribute(
      'href',
      `/api/v1/people/${personId}/deadlines.ics?asOf=2027-06-15`,
    );

    // A date that is not a real day in the address: today's verdict, and a message saying so.
    await page.goto('/credentials?asOf=2026-02-30');
    await expect(page.getByRole('alert')).toContainText('not a real day');
    await expect(held(page).locator('article').first()).toBeVisible();
  });

  test('no serious or critical axe violations on my credentials', async ({ page }) => {
    await page.goto('/credentials');
    await expect(held(page).locator('article').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Within reach' }).locator('article').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('a person’s credentials, as staff', () => {
  test.describe('the organisation admin (may change the record)', () => {
    test.use({ storageState: authFile('orgAdmin') });

    test('opens Ana Reyes’s credentials from the People page, with the add-CE form', async ({ page }) => {
      await page.goto('/people');
      await page.getByRole('link', { name: 'Ana Reyes' }).click();
      await page
        .getByRole('navigation', { name: 'This person' })
        .getByRole('link', { name: 'Credentials and CE' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ana Reyes — credentials' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Credentials and CE' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(card(page, 'arrt:R')).toBeVisible();
      await expect(card(page, 'arrt:R').getByRole('progressbar').first()).toBeVisible();
      await expect(addForm(page).getByRole('button', { name: 'Add CE activity' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  });

  test.describe('the clinical instructor (may only read)', () => {
    test.use({ storageState: authFile('instructor') });

    test('sees a student’s credentials view read-only', async ({ page }) => {
      await page.goto('/people');
      await page.getByRole('link', { name: 'Sam Patel' }).click();
      await page.getByRole('link', { name: 'Credentials and CE' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel — credentials' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Within reach' })).toBeVisible();
      await expect(addForm(page)).toHaveCount(0);
      await expect(page.getByText('You may read this record but not change it')).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      // And back to the record.
      await page
        .getByRole('navigation', { name: 'This person' })
        .getByRole('link', { name: 'Record' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel — record' })).toBeVisible();
    });
  });
});
