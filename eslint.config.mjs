// ESLint for the project's own code: typescript-eslint's recommended rules without type information
// (fast on 2 cores). Layout is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**', 'schemas/generated/**', '**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are matched on purpose: terminal escapes in output, invalid names in manifests.
      'no-control-regex': 'off',
    },
  },
  // CommonJS entry points (the CLI launcher, the in-editor e2e suite VS Code loads with require).
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['client/src/webview/**', 'test/e2e/ui.mjs'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // JSON Schema and ajv objects are untyped JSON: `any` is their honest type.
  {
    files: ['server/src/validate/**', 'schemas/**', 'server/src/completion/customResources.ts', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
