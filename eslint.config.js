// ESLint for the TypeScript of src/, scripts/ and tests/; Prettier formats (npm run format).
// max-len holds what Prettier cannot: long strings, template literals and comments.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // dist.tmp-* and dist.old-*: a build in progress (scripts/build.ts) beside dist/
  { ignores: ['dist/', 'dist.*/', 'generated/', 'node_modules/', '.astro/', '**/*.astro'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 120 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the one script a page loads (the search page's), run by the reader's browser
    files: ['public/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', location: 'readonly', history: 'readonly', URLSearchParams: 'readonly' },
    },
  },
);
