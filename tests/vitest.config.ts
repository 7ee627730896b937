import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${__dirname}/..`,
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
