/**
 * The browser speaks contracts only: no rule pack reaches the web bundle. This builds the web app the
 * way `npm run build` does (into a temporary directory) and scans every file it would serve for the
 * identifiers only the rule packs hold: each rule's id and the addresses of its sources.
 *
 * `WEB_BUNDLE_DIR=path/to/dist` scans an existing build instead of making one.
 */
import { RULE_PACKS } from '@modality/knowledge';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Every file under `dir`, with its text (the bundle is small: a few JS and CSS files and index.html). */
function filesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

/** Strings that exist only in the rule packs: rule ids (`arrt.ce.biennium`) and source addresses. */
function ruleIdentifiers(): string[] {
  const found = new Set<string>();
  for (const pack of RULE_PACKS) {
    for (const rule of pack.rules) {
      found.add(rule.id);
      found.add(rule.sourceUrl);
      for (const url of rule.sourceUrls ?? []) found.add(url);
    }
  }
  return [...found];
}

/**
 * The contracts ship to the browser and may name a rule id as an example in a message or description
 * ("expected a rule id such as arrt.ce.biennium"); those few words are theirs, not rule data.
 */
function spelledOutByContracts(identifiers: readonly string[]): Set<string> {
  const dir = join(repoRoot, 'packages/contracts/src');
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  return new Set(identifiers.filter((id) => text.includes(id)));
}

describe('web bundle', () => {
  let dir = process.env['WEB_BUNDLE_DIR'] ?? '';
  let made = false;

  beforeAll(() => {
    if (dir !== '') return;
    dir = mkdtempSync(join(tmpdir(), 'modality-web-bundle-'));
    made = true;
    const build = spawnSync(
      'npm',
      ['run', 'build', '--workspace', '@modality/web', '--silent', '--', '--outDir', dir, '--emptyOutDir'],
      // A production build whatever the test runner sets.
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
    );
    if (build.status !== 0) throw new Error(`the web build failed:\n${build.stdout}\n${build.stderr}`);
  }, 240_000);

  afterAll(() => {
    if (made) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the app (the scan reads what the browser gets)', () => {
    const files = filesOf(dir);
    expect(files.some((f) => f.path.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.text.includes('Plan a path'))).toBe(true);
  });

  it('holds no rule-pack identifier (rule ids, rule sources)', () => {
    const all = ruleIdentifiers();
    // The packs hold well over a hundred rules; a handful would mean the list was read wrong.
    expect(all.length).toBeGreaterThan(100);
    const examples = spelledOutByContracts(all);
    expect(examples.size, [...examples].join(', ')).toBeLessThanOrEqual(3);
    const identifiers = all.filter((id) => !examples.has(id));
    const leaks = filesOf(dir).flatMap((f) =>
      identifiers.filter((id) => f.text.includes(id)).map((id) => `${f.path}: ${id}`),
    );
    expect(
      leaks.length,
      `${leaks.length} rule-pack identifiers in the web bundle, first:\n${leaks.slice(0, 10).join('\n')}`,
    ).toBe(0);
  });
});
