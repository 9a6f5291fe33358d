// ESLint 9 flat config: typescript-eslint's recommended rules and the React hooks rules, run first by `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'results/', 'test-results/', 'playwright-report/', '**/*.wasm'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    // The one plain-JavaScript page script runs in the browser.
    files: ['scripts/bench/browser/*.js'],
    languageOptions: { globals: { Worker: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      // `_` marks a value left out on purpose, as in `const { kind: _, ...rest } = event`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
