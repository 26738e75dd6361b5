import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // A missing locale key throws in tests instead of rendering the key (src/i18n).
    env: { I18N_STRICT: '1' },
    reporters: ['default', './test/reporters/summary.ts'],
  },
});
