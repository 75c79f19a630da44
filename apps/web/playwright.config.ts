import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Browser tests against the real server: a fresh SQLite database in a temporary directory (created,
 * migrated and seeded on first start), on a free port, serving the freshly built web app.
 *
 * The web app is built into `.tmp/e2e-web` (not `apps/web/dist`) and served from there through
 * `MODALITY_WEB_DIR`, so a rebuild of `dist/` during a run (a dev build, another check) cannot pull the
 * assets out from under the browser, and the run never touches `dist/`.
 *
 * The config is evaluated again in every worker, so the port and data directory are chosen once and
 * handed down through the environment.
 */
const repoRoot = resolve(import.meta.dirname, '../..');

function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env['MODALITY_E2E_PORT'] ??= process.env['E2E_PORT'] ?? freePort();
process.env['MODALITY_E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'modality-e2e-'));
const port = process.env['MODALITY_E2E_PORT'];
const dataDir = process.env['MODALITY_E2E_DATA_DIR'];
const baseURL = `http://127.0.0.1:${port}`;

/** Where this run's build of the web app goes, and what the server serves. */
const webDir = resolve(repoRoot, '.tmp/e2e-web');

/** Set E2E_SKIP_BUILD=1 to test the web app already built in .tmp/e2e-web by an earlier run. */
const build =
  process.env['E2E_SKIP_BUILD'] === '1'
    ? ''
    : `npm run build --workspace @modality/web --silent -- --outDir ${JSON.stringify(webDir)} --emptyOutDir && `;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../../.tmp/playwright-results',
  // The tests share one database; they touch different people, but one worker keeps them independent of timing.
  fullyParallel: false,
  workers: 1,
  forbidOnly: process.env['CI'] !== undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '../../.tmp/playwright-report.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium (never `playwright install`); CHROMIUM_PATH as in scripts/test.mjs.
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Signs the demo users in once (sign-ins are rate-limited); runs after the web server is up.
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The program directory starts empty; the demo rows are imported first (this creates and migrates the
    // database; the server then seeds the demo users into it, as it has none).
    command: `${build}node apps/cli/bin/modality.js import programs apps/cli/demo/programs.csv && node apps/cli/bin/modality.js serve`,
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      MODALITY_DATA_DIR: dataDir,
      MODALITY_WEB_DIR: webDir,
      // Always the fresh SQLite file, even where DATABASE_URL points at a shared PostgreSQL.
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
  },
});
