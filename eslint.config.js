import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (shared → features → app):
 * - shared code (src/api, src/components, src/i18n, src/lib, src/session, src/theme) imports no feature and not the app;
 * - a feature never imports another feature, nor the app;
 * - the app shell composes features; the mock backend imports only src/api (the shared contract).
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
  'users',
];

const featureBoundaries = features.map((f) => ({
  files: [`src/features/${f}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((o) => o !== f).map((o) => `@/features/${o}/*`),
            message:
              'A feature must not import another feature: move shared code to src/components, src/api or src/lib.',
          },
          {
            group: ['@/app/*', '@mocks/*'],
            message: 'Features must not import the app shell or the mock backend.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/tmp',
      '**/*.tmp.mjs',
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
    files: ['src/api/**', 'src/components/**', 'src/i18n/**', 'src/lib/**', 'src/session/**', 'src/theme/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code must not import features or the app.',
            },
            { group: ['@mocks/*'], message: 'The app must not import the mock backend.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '@/components/*', '@/session/*'],
              message: 'The mock backend shares only the API contract (src/api) with the app.',
            },
          ],
        },
      ],
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
