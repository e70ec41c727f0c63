import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The import direction of STYLE.md, enforced: routes → service → repo → db, and src/engine
 * imports nothing of ours. (`from` is what may not be imported into `target`.)
 */
const layerZones = [
  // The engine is pure: nothing of ours, no IO.
  {
    target: './src/engine',
    from: './src',
    except: ['./engine'],
    message: 'src/engine is pure: it imports nothing of ours.',
  },
  {
    target: './policies',
    from: './src',
    except: ['./engine'],
    message: 'Policies may use the engine only.',
  },
  // The database layer knows nothing above it.
  {
    target: './src/db',
    from: ['./src/modules', './src/http', './src/cli', './src/server.ts'],
    message: 'db/ is the bottom layer.',
  },
  // Repos do not reach up into services, routes or HTTP.
  {
    target: './src/modules/**/*repo.ts',
    from: ['./src/modules/**/*service.ts', './src/modules/**/*routes.ts', './src/http/**'],
    message: 'repo → db only (STYLE.md).',
  },
  // Services do not know about HTTP.
  {
    target: './src/modules/**/*service.ts',
    from: ['./src/modules/**/*routes.ts', './src/http/**'],
    message: 'service → repo → db; HTTP stays in routes.',
  },
  // Routes are HTTP only: they call a service, never a query.
  {
    target: './src/modules/**/*routes.ts',
    from: ['./src/modules/**/*repo.ts', './src/db/**'],
    message: 'routes → service only: no repo, no database (STYLE.md).',
  },
  {
    target: './src/modules/*/schema.ts',
    from: ['./src/modules/*/service.ts', './src/modules/*/repo.ts', './src/http/**'],
    message: 'schemas are plain contracts.',
  },
  // Shared helpers and errors are leaves.
  {
    target: ['./src/shared', './src/errors'],
    from: ['./src/modules', './src/http', './src/cli'],
    message: 'shared/ and errors/ are leaves.',
  },
  // The web app talks to the server over HTTP only.
  {
    target: './web',
    from: ['./src', './policies'],
    except: [],
    message: 'web/ talks to the server over HTTP only.',
  },
];

/**
 * Modules own their tables: a module's repo.ts (and any *-repo.ts beside it) is imported only from
 * inside that module; the
 * others call its service. One zone per module folder, so a new module is covered when it is made.
 */
const moduleNames = readdirSync(new URL('./src/modules', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const tableOwnershipZones = moduleNames.map((name) => ({
  target: [`./src/!(modules)/**`, './src/*.ts', `./src/modules/!(${name})/**`],
  from: `./src/modules/${name}/**/*repo.ts`,
  message: `the ${name} module owns its tables: call its service, not its repo.`,
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'test-results',
      'coverage',
      'src/db/migrations',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...tableOwnershipZones] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // The rules engine is pure: no IO (no Node built-ins, no network) and no clock — the
    // evaluation date is an input. Tests beside it may use anything.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(node:.*|fs|fs/promises|path|os|http|https|net|tls|dns|child_process|crypto|worker_threads|pg|pg-.*|postgres|drizzle-orm(/.*)?|drizzle-kit|@electric-sql/.*|nodemailer|undici|exceljs|@aws-sdk/.*|@smithy/.*)$',
              message: 'src/engine is pure: no IO (no files, network or database).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Date', 'performance', 'process', 'fetch', 'setTimeout', 'setInterval', 'require'].map(
          (name) => ({
            name,
            message: 'src/engine is pure: no clock, no IO (the date is an input).',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/engine is deterministic.' },
      ],
    },
  },
  {
    // Tests beside a module may set up fixtures through another module's repo; the layers hold.
    files: ['src/**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['test/**', 'e2e/**', 'bench/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
