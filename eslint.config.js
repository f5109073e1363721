import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'web/dist/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'sharp',
              message: 'Import sharp only in server/modules/images/image-processing.ts (STYLE.md rule 7).',
            },
          ],
        },
      ],
    },
  },
  {
    // Test images are made with sharp; this helper is for tests, e2e specs and benchmarks only, never the service.
    files: ['server/testing/test-images.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
