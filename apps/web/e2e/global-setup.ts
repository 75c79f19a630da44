import { request, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { authFile, DEMO_PASSWORD, USERS, type DemoUser } from './helpers.js';

/**
 * Signs each demo user in once and saves the session cookie, so that the tests do not run into the
 * sign-in rate limit (the web server is already up when this runs).
 */
const users: readonly DemoUser[] = [
  'professional',
  'student',
  'instructor',
  'programDirector',
  'admin',
  'recruiter',
  'orgAdmin',
];

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (baseURL === undefined) throw new Error('playwright.config.ts sets no baseURL');
  for (const user of users) {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/v1/auth/sign-in', {
      data: { email: USERS[user], password: DEMO_PASSWORD },
    });
    if (response.status() !== 200) {
      throw new Error(`sign-in as ${USERS[user]} failed: ${response.status()} ${await response.text()}`);
    }
    mkdirSync(dirname(authFile(user)), { recursive: true });
    await context.storageState({ path: authFile(user) });
    await context.dispose();
  }
}
