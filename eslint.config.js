import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Import boundaries (shared → features → app), by path, so relative imports are held to them too:
 * - shared code (src/api, src/components, src/i18n, src/lib, src/session, src/theme) imports no feature and not the app;
 * - a feature never imports another feature, nor the app;
 * - the app shell composes features; only the boot (src/main.tsx) starts the mock backend (mocks/browser.ts);
 * - the mock backend imports only src/api (the shared contract); nothing in src imports build/.
 */
const features = [
  'administrators',
  'audit-log',
  'invitations',
  'mailbox',
  'overview',
  'profile',
  'prototype-panel',
  'sign-in',
  'support',
  'support-coverage',
  'users',
];
const shared = ['api', 'components', 'i18n', 'lib', 'session', 'theme'];
const zones = [
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message:
      'A feature must not import another feature: move shared code to src/components, src/api or src/lib.',
  })),
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: ['./src/app', './src/main.tsx', './mocks'],
    message: 'Features must not import the app shell or the mock backend.',
  })),
  ...shared.map((d) => ({
    target: `./src/${d}`,
    from: ['./src/features', './src/app', './src/main.tsx', './mocks'],
    message: 'Shared code must not import features, the app or the mock backend.',
  })),
  { target: './src/app', from: './mocks', message: 'The app must not import the mock backend.' },
  {
    target: './src/main.tsx',
    from: './mocks',
    except: ['./browser.ts'],
    message: 'The boot starts the mock backend through mocks/browser.ts only.',
  },
  {
    target: './mocks',
    from: './src',
    except: ['./api'],
    message: 'The mock backend shares only the API contract (src/api) with the app.',
  },
  { target: './src', from: './build', message: 'The app must not import the build (build/ may read src).' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/tmp',
      '**/*.tmp.mjs',
      'storybook-static',
      '.storybook/public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is never rendered as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [`${root}/src`], '@mocks': [`${root}/mocks`] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A separate rule name, so it adds to the boundaries above instead of replacing them.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'tests/**/*.{ts,tsx}'],
    ignores: ['src/api/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^zod(/|$)',
              message:
                "Import `z` from '@/api/zod' (zod/mini with the English messages set); classic `zod` adds ~27 kB gzip to the first load.",
            },
          ],
        },
      ],
    },
  },
);
