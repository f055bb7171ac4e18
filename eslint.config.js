// ESLint 9 flat config: typescript-eslint's strict rules on all TypeScript, plus the house
// rules that a type checker cannot see.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['target/**', 'node_modules/**', 'build/**', '**/*.d.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strict],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Components never call fetch: they use a typed module beside api/http.ts.
    files: ['src/main/frontend/admin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use the typed modules in src/main/frontend/api/.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: 'Use the typed modules in src/main/frontend/api/.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The emotion-based primitives would add a second CSS-in-JS runtime; the barrel
              // pulls in every primitive.
              regex: '^@atlaskit/primitives(?!/compiled/[a-z-]+$)',
              message: 'Use @atlaskit/primitives/compiled/<component>.',
            },
            { regex: '^@atlaskit/tokens/', message: "Use token(name, fallback) from '@atlaskit/tokens'." },
          ],
          paths: [
            { name: '@atlaskit/tokens', importNames: ['setGlobalTheme'], message: 'The product owns the theme.' },
          ],
        },
      ],
    },
  },
  {
    // In a test a wrong `!` fails the test at once, which is the check it would otherwise need.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // XLSX/CSV encoders must find the control characters XML 1.0 forbids: there a control
    // character in a regular expression is the point, not a mistake.
    files: ['src/main/frontend/export/encode/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Build and config scripts run in Node.
    files: ['*.{js,ts}', 'webpack/**/*.js', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The dev shim is a classic browser script that must run as-is (see its header).
    files: ['test/devhost/resources/**/*.js'],
    languageOptions: { ecmaVersion: 2017, sourceType: 'script', globals: globals.browser },
  },
);
