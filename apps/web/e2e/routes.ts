import { expect, type Locator, type Page } from '@playwright/test';
import type { DemoUser } from './helpers.js';

/** A page of the app, who may see it, and what shows once it has loaded. */
export interface AppRoute {
  readonly path: string;
  readonly user?: DemoUser;
  readonly ready: (page: Page) => Locator;
}

/** The role codes the API lists (every role page is visited). */
export async function roleCodes(page: Page): Promise<string[]> {
  const res = await page.request.get('/api/v1/roles');
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: Array<{ code: string }> };
  return body.items.map((r) => r.code);
}

/** The public pages, with every role page and plans for a licensed state, a postprimary role and abroad. */
export function publicRoutes(roles: readonly string[]): AppRoute[] {
  const h1 = (p: Page) => p.getByRole('heading', { level: 1 });
  return [
    { path: '/', ready: (p) => p.getByRole('list', { name: 'Without an account' }) },
    { path: '/sign-in', ready: (p) => p.getByRole('button', { name: 'Sign in' }) },
    { path: '/sign-up', ready: (p) => p.getByRole('button', { name: 'Create account' }) },
    { path: '/careers', ready: (p) => p.getByTestId('role-card') },
    ...roles.map((code) => ({ path: `/careers/${code}`, ready: h1 })),
    { path: '/careers/compare?a=radiographer&b=sonographer', ready: (p) => p.getByTestId('compare-column') },
    { path: '/plan?target=radiographer&in=us-tx&from=blank', ready: (p) => p.locator('[data-step-id]') },
    { path: '/plan?target=ct-technologist&in=us-ca&from=blank', ready: (p) => p.locator('[data-step-id]') },
    { path: '/plan?target=radiographer&in=gb&from=blank', ready: (p) => p.locator('[data-step-id]') },
    { path: '/programs', ready: (p) => p.getByTestId('programs') },
    { path: '/programs?discipline=radiography&jurisdiction=us-tx', ready: (p) => p.getByTestId('programs') },
    { path: '/verify', ready: h1 },
    { path: '/jobs', ready: (p) => p.getByRole('heading', { level: 1, name: 'Imaging jobs' }) },
  ];
}

/** The pages of a signed-in professional (with a record), a recruiter and an organisation admin. */
export const SIGNED_IN_ROUTES: readonly AppRoute[] = [
  { path: '/record', user: 'professional', ready: (p) => p.getByRole('table', { name: /credentials held/ }) },
  { path: '/credentials', user: 'professional', ready: (p) => p.getByRole('table', { name: 'Deadlines, soonest first' }) },
  { path: '/wallet', user: 'professional', ready: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/import', user: 'professional', ready: (p) => p.getByLabel('Person record (JSON)') },
  { path: '/job-search', user: 'professional', ready: (p) => p.getByTestId('handle') },
  { path: '/candidates', user: 'recruiter', ready: (p) => p.getByRole('heading', { level: 2, name: /every requirement/ }) },
  { path: '/candidates', user: 'orgAdmin', ready: (p) => p.getByRole('heading', { level: 2, name: /every requirement/ }) },
  { path: '/postings', user: 'recruiter', ready: (p) => p.getByTestId('own-postings') },
  { path: '/postings/new', user: 'recruiter', ready: (p) => p.getByRole('button', { name: 'Save as draft' }) },
  { path: '/people', user: 'orgAdmin', ready: (p) => p.getByRole('table', { name: 'People whose records you may see' }) },
  { path: '/clinical', user: 'student', ready: (p) => p.getByTestId('imaging-done') },
  { path: '/postprimary', user: 'professional', ready: (p) => p.getByTestId('postprimary-counted') },
  { path: '/postprimary/waiting', user: 'instructor', ready: (p) => p.getByText(/Nothing is waiting for your signature|Confirm your e-mail address first|Waiting for your/).first() },
  { path: '/clinical/sign-off', user: 'instructor', ready: (p) => p.getByText(/No entry is waiting for a signature|Sign as Olivia Bennett/).first() },
  { path: '/organisations', user: 'orgAdmin', ready: (p) => p.getByRole('button', { name: 'Members and invitations' }) },
  { path: '/cohort', user: 'programDirector', ready: (p) => p.getByRole('table', { name: 'Each graduation year, with sample sizes' }) },
  { path: '/requirements', user: 'programDirector', ready: (p) => p.getByRole('button', { name: 'Save requirements' }) },
  { path: '/requirements', user: 'instructor', ready: (p) => p.getByText('Only the program director changes these.') },
  { path: '/placement', user: 'programDirector', ready: (p) => p.getByRole('heading', { level: 2, name: 'Clinical sites' }) },
  { path: '/my-placement', user: 'student', ready: (p) => p.getByRole('heading', { level: 2, name: 'My rotations' }) },
  { path: '/time', user: 'student', ready: (p) => p.getByRole('list', { name: 'Your time records' }) },
  { path: '/time/review', user: 'instructor', ready: (p) => p.getByRole('region', { name: 'Hour limits of Sam Patel' }) },
];
