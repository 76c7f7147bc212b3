// `npm run generate -- --claims N [--seed S] [--batch B] [--reset]`: loads a synthetic news graph of
// N claims (news.ts) into the configured Neo4j (bulk-load.ts) and reports
// the throughput. Re-running the same command is an idempotent upsert: the same ids, the same graph.
import { parseArgs } from 'node:util';
import { showProgress } from '../common/progress.ts';
import { onShutdown } from '../common/shutdown.ts';
import { neo4jSettingsFromEnv } from '../neo4j/config.ts';
import { connectGraphDatabase } from '../neo4j/driver.ts';
import { countGraph, formatCounts } from '../neo4j/graph-stats.ts';
import { loadGeneratedNews } from './bulk-load.ts';
import { parseCount } from './claim-count.ts';
import { planNews } from './news.ts';

/** Claims per transaction: 2,500 and 25,000 loaded 50k claims equally fast here; this sits between. */
const DEFAULT_BATCH = 10_000;

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    reset: { type: 'boolean', default: false },
  },
});
const USAGE = 'usage: npm run generate -- --claims N [--seed S] [--batch B] [--reset]';

/** A count option's value, or the process ends with what was wrong and the usage. */
function countOption(option: 'claims' | 'seed' | 'batch'): number {
  try {
    const value = values[option];
    if (value === undefined) throw new Error(`--${option} is required`);
    return parseCount(option, value);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const claims = countOption('claims');
const seed = countOption('seed');
const batchClaims = countOption('batch');

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

const db = await connectGraphDatabase(neo4jSettingsFromEnv());
onShutdown(() => db.close());
try {
  const plan = planNews(claims);
  console.log(
    `Generating ${thousands(claims)} claims (seed ${seed}, ${thousands(batchClaims)} per batch) with ` +
      `${thousands(plan.actors)} actors, ${thousands(plan.locations)} places and ${thousands(plan.events)} events.`,
  );
  if (values.reset) console.log('--reset: emptying the database; the read-only indexes are built after the load.');
  const report = await loadGeneratedNews(db, { claims, seed, batchClaims, reset: values.reset }, (totals, writeMs) =>
    showProgress(totals.claims, claims, writeMs, 'claims'),
  );
  process.stderr.write('\n');

  const totalSeconds = (report.writeMs + report.indexMs) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `Loaded ${thousands(report.claims)} claims, ${thousands(report.evidence)} pieces of evidence and ` +
        `${thousands(report.articles)} articles in ${report.batches} batches.`,
      `Time: ${seconds(report.writeMs)} s writing` +
        (values.reset ? ` + ${seconds(report.indexMs)} s building the read-only indexes` : '') +
        `, sustained ${thousands(report.claims / totalSeconds)} claims/s.`,
      `Peak RSS of this process: ${peakRssMb.toFixed(0)} MB.`,
    ].join('\n'),
  );
  console.log(formatCounts(await countGraph(db)));
} catch (error) {
  process.stderr.write('\n');
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.close();
}
