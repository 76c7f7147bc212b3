// `npm run seed [-- --reset] [--dir <seed folder>]`: loads the curated seed into the configured
// Neo4j (the project's local one unless NEO4J_URI is set) and prints what the graph holds.
import { parseArgs } from 'node:util';
import { onShutdown } from '../common/shutdown.ts';
import { neo4jSettingsFromEnv } from '../neo4j/config.ts';
import { connectGraphDatabase } from '../neo4j/driver.ts';
import { countGraph, formatCounts } from '../neo4j/graph-stats.ts';
import { AnnotationError } from './annotations.ts';
import { DEFAULT_SEED_DIR, seedGraph } from './seed.ts';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    dir: { type: 'string', default: DEFAULT_SEED_DIR },
  },
});

const db = await connectGraphDatabase(neo4jSettingsFromEnv());
onShutdown(() => db.close());
try {
  if (values.reset) console.log('--reset: emptying the database before seeding.');
  const report = await seedGraph(db, { seedDir: values.dir, reset: values.reset });
  console.log(
    `Seeded ${report.claims} claims with ${report.evidence} pieces of evidence ` +
      `(validated in ${report.validateMs.toFixed(0)} ms, written in ${report.writeMs.toFixed(0)} ms).`,
  );
  console.log(formatCounts(await countGraph(db)));
} catch (error) {
  console.error(error instanceof AnnotationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
