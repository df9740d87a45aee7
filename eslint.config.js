// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, without type
// information (a typed lint builds the whole program a second time: slow on 2 shared cores).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'test-artifacts/', 'fixtures/', 'bench/out/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // A disable comment that no longer silences anything is an error: it would hide the next problem.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `const { index: _index, ...rest } = spec` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The code bundled into the in-page script (scripts/build-page.mjs) runs in the page, not in Node.
    files: ['src/**/*.page.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The bench hands functions to page.evaluate: they run in the page, where axe is loaded.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, axe: 'readonly' } },
  },
);
