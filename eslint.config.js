import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Layout is Prettier's job (npm run format); lint checks it with `prettier --check`.
  prettier,
  globalIgnores([
    '.next/**',
    '.data/**',
    'lib/generated/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    // Readers' routes read the public record through its cache (lib/cache/public-record.ts), so that
    // a warm cache runs no query and a write's tags reach every response that showed it.
    files: [
      'app/(public)/**',
      'app/api/v1/**',
      'app/embed/**',
      'app/oembed/**',
      'app/feed.*/**',
      'lib/feed-response.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/dal/*', '../dal/*', './dal/*'],
              importNamePattern: '^(get|find|list|rank|export)',
              message: 'Read the public record through lib/cache/public-record.ts, which caches it by tag.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // A leading underscore marks a binding that is deliberately unused (destructured away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
