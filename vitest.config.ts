import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const CYPHER_TESTS = 'test/cypher/**/*.test.ts';
const EXTRACT_TESTS = 'test/extract/**/*.test.ts';
// A real CoreNLP server (a 500 MB download, 2 to 6 GB of memory): kept out of `npm test` until the
// attribution extractor's figures settle whether CoreNLP becomes part of the project.
const CORENLP_TESTS = 'test/corenlp/**';
const PAGES_TESTS = 'test/pages/**/*.test.ts';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS ("main") and ESM ("module") builds. Node loads the CJS one for the
    // dependencies vitest leaves to Node (yoga, Pothos), so our own code must get the same copy, or
    // `instanceof GraphQLError` fails across the two and user errors get masked.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // The neo4j files share one database; run them one after another. Vitest sets this for the whole
    // run, not per project, and the database-free files take milliseconds anyway.
    fileParallelism: false,
    projects: [
      {
        // The Cypher text the read layer builds, checked without a database.
        extends: true,
        test: { name: 'cypher', include: [CYPHER_TESTS] },
      },
      {
        // Reading and scoring attributions (brat files, PolNeAR, the metrics): no database either.
        extends: true,
        test: { name: 'extract', include: [EXTRACT_TESTS] },
      },
      {
        // Reading news pages into articles, and the gazetteer that geocodes their datelines: no database.
        extends: true,
        test: { name: 'pages', include: [PAGES_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, CYPHER_TESTS, EXTRACT_TESTS, PAGES_TESTS, CORENLP_TESTS],
          // Starts the suite's own Neo4j (never the one `npm start` uses) once for all its test files.
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
