#!/usr/bin/env node
// `npm test`: lint, type-check, unit/storage/API/CLI tests (vitest), then browser tests (Playwright in
// Debian's Chromium). Prints one closing line `N passed, N failed` and exits non-zero on any failure.
//
// Environment:
//   TEST_DATABASE_URL   postgres://… — also run every storage and API suite on PostgreSQL (else said skipped)
//   REQUIRE_POSTGRES=1  fail if the PostgreSQL leg did not run (CI sets it)
//   REQUIRE_E2E=1       fail if the browser tests could not run (CI sets it)
//   CHROMIUM_PATH       the Chromium binary (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('.tmp', { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    problems.push(name);
  }
}

check('lint', step('lint', 'npx', ['eslint', '.']));
check('typecheck', step('typecheck', 'npm', ['run', '--silent', 'typecheck']));

const vitestReport = '.tmp/vitest-report.json';
rmSync(vitestReport, { force: true });
const vitestOk = step('unit, storage, API and CLI tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!vitestOk && report.numFailedTests === 0) check('vitest (suite errors)', false);
  const names = report.testResults.flatMap((f) => f.assertionResults.map((a) => a.fullName ?? a.title));
  const pgTests = names.filter((n) => n.includes('[postgres]')).length;
  if (pgTests > 0) console.log(`\nPostgreSQL leg: ${pgTests} tests ran on PostgreSQL.`);
  else {
    console.log('\nPostgreSQL leg SKIPPED: set TEST_DATABASE_URL=postgres://… to run every storage and API suite on PostgreSQL too.');
    if (process.env.REQUIRE_POSTGRES === '1') check('PostgreSQL leg required (REQUIRE_POSTGRES=1) but did not run', false);
  }
} else {
  check('vitest (no report)', false);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  const e2eReport = '.tmp/playwright-report.json';
  rmSync(e2eReport, { force: true });
  const e2eOk = step('browser tests (Playwright, Chromium)', 'npm', ['run', '--silent', 'test:e2e']);
  if (existsSync(e2eReport)) {
    const stats = JSON.parse(readFileSync(e2eReport, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (!e2eOk && stats.unexpected === 0) check('playwright (run error)', false);
  } else {
    check('playwright (no report)', false);
  }
} else {
  console.log(`\nBrowser tests SKIPPED: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);
  if (process.env.REQUIRE_E2E === '1') check('browser tests required (REQUIRE_E2E=1) but Chromium is missing', false);
}

if (problems.length > 0) console.log(`\nFailed: ${problems.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
