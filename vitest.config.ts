import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts the suite's own Neo4j (never the one `npm start` uses) once for all test files.
    globalSetup: ['test/support/global-setup.ts'],
    // The files share that one database; run them one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
