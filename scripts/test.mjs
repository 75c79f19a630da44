#!/usr/bin/env node
// `npm test`: lint, type-check, unit/storage/API/CLI tests (vitest), then browser tests (Playwright in
// Debian's Chromium). Exits non-zero on any failure and ends with two lines:
//
//   gates: lint ok, typecheck ok, PostgreSQL leg ran (N tests), browser tests ran (N tests)
//   N passed, N failed
//
// The counts are tests (vitest and Playwright), never steps: a test file that fails outside its tests (an
// error at import, a failing hook) counts as one failed test. A gate that fails (lint, type-check, a
// required leg that did not run) fails the run and is added to the failed count, named on the same line:
// `812 passed, 1 failed (gate: lint)`.
//
// Environment:
//   TEST_DATABASE_URL   postgres://… — also run every storage, API and CLI suite on PostgreSQL (else said skipped)
//   REQUIRE_POSTGRES=1  fail if the PostgreSQL leg did not run (CI sets it)
//   REQUIRE_E2E=1       fail if the browser tests could not run (CI sets it)
//   CHROMIUM_PATH       the Chromium binary (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('.tmp', { recursive: true });

const tests = { passed: 0, failed: 0, skipped: 0 };
/** Failed tests (or test files), named for the closing summary. */
const failures = [];
/** Each gate's name and its state: 'ok', or what went wrong. */
const gates = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function gate(name, ok, state = ok ? 'ok' : 'FAILED') {
  gates.push({ name, ok, state });
}

function testFailed(what) {
  tests.failed += 1;
  failures.push(what);
}

gate('lint', step('lint', 'npx', ['eslint', '.']));
gate('typecheck', step('typecheck', 'npm', ['run', '--silent', 'typecheck']));

const vitestReport = '.tmp/vitest-report.json';
rmSync(vitestReport, { force: true });
const vitestOk = step('unit, storage, API and CLI tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  const failedBefore = tests.failed;
  for (const file of report.testResults) {
    const name = relative(root, file.name);
    let failedHere = 0;
    for (const a of file.assertionResults) {
      if (a.status === 'passed') tests.passed += 1;
      else if (a.status === 'failed') {
        failedHere += 1;
        testFailed(`${name} › ${a.fullName ?? a.title}`);
      } else tests.skipped += 1;
    }
    // A file that fails with no failed test broke outside its tests: at import, or in a hook (whose tests
    // vitest then reports as skipped). It counts as one failed test, never as nothing.
    if (file.status === 'failed' && failedHere === 0) {
      const why = (file.message ?? '').split('\n')[0] || 'a hook or the file itself failed';
      testFailed(`${name} (failed outside its tests: ${why})`);
    }
  }
  if (!vitestOk && tests.failed === failedBefore) testFailed('vitest exited with an error but reported no failed test');
  const ran = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'passed' || a.status === 'failed'));
  const pgTests = ran.filter((a) => (a.fullName ?? a.title).includes('[postgres]')).length;
  if (pgTests > 0) gate('PostgreSQL leg', true, `ran (${pgTests} tests)`);
  else {
    console.log('\nPostgreSQL leg SKIPPED: set TEST_DATABASE_URL=postgres://… to run every storage, API and CLI suite on PostgreSQL too.');
    const required = process.env.REQUIRE_POSTGRES === '1';
    gate('PostgreSQL leg', !required, required ? 'REQUIRED (REQUIRE_POSTGRES=1) but did not run' : 'skipped');
  }
} else {
  testFailed('vitest wrote no report');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  const e2eReport = '.tmp/playwright-report.json';
  rmSync(e2eReport, { force: true });
  const e2eOk = step('browser tests (Playwright, Chromium)', 'npm', ['run', '--silent', 'test:e2e']);
  if (existsSync(e2eReport)) {
    const report = JSON.parse(readFileSync(e2eReport, 'utf8'));
    const { stats } = report;
    tests.passed += stats.expected + stats.flaky;
    tests.skipped += stats.skipped ?? 0;
    const failedBefore = tests.failed;
    for (let i = 0; i < stats.unexpected; i++) testFailed('a browser test (see the Playwright output above)');
    for (const error of report.errors ?? []) testFailed(`browser tests, outside a test: ${(error.message ?? '').split('\n')[0]}`);
    if (!e2eOk && tests.failed === failedBefore) testFailed('Playwright exited with an error but reported no failed test');
    gate('browser tests', true, `ran (${stats.expected + stats.flaky + stats.unexpected} tests)`);
  } else {
    gate('browser tests', false, 'FAILED (Playwright wrote no report)');
  }
} else {
  console.log(`\nBrowser tests SKIPPED: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);
  const required = process.env.REQUIRE_E2E === '1';
  gate('browser tests', !required, required ? 'REQUIRED (REQUIRE_E2E=1) but Chromium is missing' : 'skipped');
}

const failedGates = gates.filter((g) => !g.ok);
console.log('');
if (failures.length > 0) console.log(`Failed tests:\n${failures.map((f) => `  ${f}`).join('\n')}`);
if (tests.skipped > 0) console.log(`skipped: ${tests.skipped} tests`);
console.log(`gates: ${gates.map((g) => `${g.name} ${g.state}`).join(', ')}`);
const gateNote = failedGates.length === 0 ? '' : ` (${failedGates.length === 1 ? 'gate' : 'gates'}: ${failedGates.map((g) => g.name).join(', ')})`;
console.log(`${tests.passed} passed, ${tests.failed + failedGates.length} failed${gateNote}`);
process.exit(tests.failed + failedGates.length === 0 ? 0 : 1);
