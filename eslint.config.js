// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const CORE = ['packages/domain', 'packages/knowledge', 'packages/rules', 'packages/planner', 'packages/matching', 'packages/interop'];

/** Layer rules of DESIGN.md §4, enforced on imports. */
const coreBans = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The core is pure: no I/O.' },
    { group: ['kysely', 'better-sqlite3', 'pg', 'fastify', 'pino', 'react', 'zod'], message: 'Not in the core.' },
    { group: ['@modality/app', '@modality/storage', '@modality/contracts', '@modality/testkit'], message: 'The core imports only core packages.' },
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
    rules: {
      'no-restricted-imports': ['error', { paths: ['better-sqlite3', 'pg', 'kysely'].map((name) => ({ name, message: 'Only packages/storage imports a database driver.' })) }],
    },
  },
  {
    files: CORE.map((p) => `${p}/src/**/*.ts`),
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: { 'no-restricted-imports': ['error', coreBans] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@modality/app', '@modality/storage', 'node:*'], message: 'The web app talks to the API only through contracts.' }] },
      ],
    },
  },
);
