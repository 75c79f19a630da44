// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const CORE = ['packages/domain', 'packages/knowledge', 'packages/rules', 'packages/planner', 'packages/matching', 'packages/interop'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'];

/** The layer rules of docs/architecture.md ("Packages and who may import whom"), enforced on imports. */
const driverPaths = ['better-sqlite3', 'pg', 'kysely'].map((name) => ({ name, message: 'Only packages/storage imports a database driver.' }));

const coreBans = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The core is pure: no I/O.' },
    { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', 'pino', 'react', 'zod'], message: 'Not in the core.' },
    { group: ['@modality/app', '@modality/storage', '@modality/contracts', '@modality/testkit', '@modality/runtime'], message: 'The core imports only core packages.' },
  ],
};

/** Use cases reach storage, adapters and the outside world only through their ports. */
const appBans = {
  paths: driverPaths,
  patterns: [
    { group: ['@modality/storage', '@modality/runtime', '@modality/api', '@modality/cli', '@modality/contracts', '@modality/testkit'], message: 'app owns its ports: adapters implement them, contracts and apps call the use cases.' },
    { group: ['fastify', 'fastify-*', '@fastify/*', 'commander', 'zod'], message: 'No HTTP, command line or schemas in the use cases.' },
  ],
};

const ENGINE_IMPORTS = ['@modality/rules', '@modality/planner', '@modality/matching', '@modality/knowledge', '@modality/knowledge/*'];

/** One way in: a route or command parses with contracts, calls one use case in app, and maps its outcome. */
const entryPointPatterns = [
  { group: ENGINE_IMPORTS, message: 'Routes and commands reach the engines and reference data only through a use case in @modality/app.' },
  { group: ['@modality/storage'], message: 'Routes and commands reach storage only through a use case in @modality/app (@modality/runtime composes it).' },
];
const apiBans = { paths: driverPaths, patterns: entryPointPatterns };
const cliBans = {
  paths: driverPaths,
  patterns: [...entryPointPatterns, { group: ['@modality/api'], message: 'The CLI imports the API only to serve it (commands/serve.command.ts).' }],
};

/**
 * The browser speaks contracts only: names, units and catalogues come from the API (GET /api/v1/catalogue,
 * the role routes, `me.can`), so no rule data ships; apps/web/test/bundle.test.ts proves it on the build.
 */
const webBans = {
  patterns: [
    {
      group: ['@modality/knowledge', '@modality/knowledge/*', '@modality/rules', '@modality/planner', '@modality/matching', '@modality/runtime', '@modality/app', '@modality/storage', 'node:*'],
      message: 'The web app talks to the API only through contracts (names, units and catalogues come from GET /api/v1/catalogue and the role routes; abilities from me.can).',
    },
    { group: ['@modality/domain'], allowTypeImports: true, message: 'The web takes only value types from @modality/domain (import type).' },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', '**/*.mjs', 'apps/web/vite.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      // Fastify plugins are async by contract even when they register routes synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    // storage owns the drivers; testkit (tests only) creates throwaway PostgreSQL databases.
    ignores: ['packages/storage/src/**', 'packages/testkit/src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: driverPaths }] },
  },
  {
    files: CORE.map((p) => `${p}/src/**/*.ts`),
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', coreBans] },
  },
  {
    files: ['packages/app/src/**/*.ts'],
    // Use-case tests build real stores on both dialects with testkit.
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', appBans] },
  },
  {
    // Contracts ship to the browser: code lists only, never the rule packs behind the knowledge index.
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...driverPaths, { name: '@modality/knowledge', message: 'Import code lists from @modality/knowledge/codes: the index pulls the rule packs into the web bundle.' }] },
      ],
    },
  },
  {
    // Tests included: they drive the routes and commands the way clients do, with testkit's fakes.
    files: ['apps/api/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', apiBans] },
  },
  {
    files: ['apps/cli/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', cliBans] },
  },
  {
    files: ['apps/cli/src/commands/serve.command.ts'],
    rules: { 'no-restricted-imports': ['error', apiBans] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', webBans],
    },
  },
);
