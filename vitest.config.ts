import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS ("main") and ESM ("module") builds. Node loads the CJS one for the
    // dependencies vitest leaves to Node (yoga, Pothos), so our own code must get the same copy, or
    // `instanceof GraphQLError` fails across the two and user errors get masked.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
