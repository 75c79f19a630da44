import { expect, test as setup } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { authFile, DEMO_PASSWORD, USERS, type DemoUser } from './helpers.js';

/** Signs each demo user in once and saves the session cookie, so the tests do not hit the sign-in rate limit. */
const users: readonly DemoUser[] = [
  'professional',
  'instructor',
  'programDirector',
  'admin',
  'recruiter',
  'orgAdmin',
];

for (const user of users) {
  setup(`sign in as the demo ${user}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ ...(baseURL === undefined ? {} : { baseURL }) });
    const response = await request.post('/api/v1/auth/sign-in', {
      data: { email: USERS[user], password: DEMO_PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(200);
    mkdirSync(dirname(authFile(user)), { recursive: true });
    await request.storageState({ path: authFile(user) });
    await request.dispose();
  });
}
