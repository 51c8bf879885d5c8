import { defineConfig } from 'vitest/config';

// The opt-in suite against a real Odoo named by the ODOO_* variables.
export default defineConfig({
  test: {
    include: ['test/real-odoo/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
