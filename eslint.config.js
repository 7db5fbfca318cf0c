// Lint rules are the source of truth for style; `npm run lint` fails on any warning.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const RUNTIME_IMPORTS = [
  'fs',
  'fs/*',
  'node:*',
  'path',
  'os',
  'child_process',
  'electron',
  'react',
  'react-dom',
  'react-dom/*',
  'slate',
  'slate-*',
  'lowdb',
  'lowdb/*',
];

export default tseslint.config(
  // .scratch/ and .bench/ are git-ignored working folders of their own; reports/ and .stryker-tmp/
  // are mutation testing's reports and sandboxes.
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      '.scratch/**',
      '.bench/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'prefer-arrow-callback': 'off',
    },
  },
  {
    // No regular expression may take super-linear time on any input: an importer reads files of
    // 50 MB, and a pattern that rescans a run of spaces from each of its starts turns seconds into hours.
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // CommonJS stand-ins that the bundles alias in place of dependencies' modules.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ is pure: no Node, DOM, Electron, React or Slate (its tsconfig has no such types either).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: RUNTIME_IMPORTS, message: 'shared/ must stay pure (no Node, DOM, Electron, React, Slate).' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'fs', 'node:*'],
              message: 'The renderer talks to the services only through the typed API.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only main and preload may import electron.
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import electron.' }] },
      ],
    },
  },
);
