// `npm run generate -- --claims N [--seed S] [--batch B] [--reset]`: loads a synthetic news graph of
// N claims (src/ingest/generate.ts) into the configured Neo4j through the seed's write path, one
// transaction per batch, and reports the throughput. Re-running the same command is an idempotent
// upsert: the same ids, the same graph.
import { parseArgs } from 'node:util';
import { neo4jSettingsFromEnv } from '../neo4j/config.ts';
import { connectGraphDatabase } from '../neo4j/driver.ts';
import { ensureGraphSchema } from '../neo4j/graph-schema.ts';
import { countGraph, formatCounts } from '../neo4j/graph-stats.ts';
import { deleteEntireGraph, writeGraphBatch } from '../neo4j/graph-writer.ts';
import { onShutdown } from '../shutdown.ts';
import { generateNews, planNews } from './generate.ts';

/** Claims per transaction: 2,500 and 25,000 loaded 50k claims equally fast here; this sits between. */
const DEFAULT_BATCH = 10_000;

/** "250000", "250_000", "250k" or "1m". */
function count(option: string, value: string): number {
  const match = /^(\d[\d_]*)([km]?)$/i.exec(value.trim());
  const n = match ? Number(match[1]!.replaceAll('_', '')) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${option} must be a positive whole number, got "${value}"`);
  return n;
}

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    reset: { type: 'boolean', default: false },
  },
});
if (values.claims === undefined) {
  console.error('usage: npm run generate -- --claims N [--seed S] [--batch B] [--reset]');
  process.exit(2);
}
const claims = count('claims', values.claims);
const seed = count('seed', values.seed);
const batchClaims = count('batch', values.batch);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One stderr line rewritten in place with \r: claims done, share, rate, time left. */
function showProgress(done: number, startedAt: number): void {
  const elapsed = (performance.now() - startedAt) / 1000;
  const rate = elapsed > 0 ? done / elapsed : 0;
  const eta = rate > 0 ? clock((claims - done) / rate) : '?';
  process.stderr.write(
    `\r  ${thousands(done)}/${thousands(claims)} claims  ${((100 * done) / claims).toFixed(1).padStart(5)}%  ` +
      `${thousands(rate)} claims/s  ETA ${eta}   `,
  );
}

const db = await connectGraphDatabase(neo4jSettingsFromEnv());
onShutdown(() => db.close());
try {
  await ensureGraphSchema(db);
  if (values.reset) {
    console.log('--reset: emptying the database before loading.');
    await deleteEntireGraph(db);
  }
  const plan = planNews(claims);
  console.log(
    `Generating ${thousands(claims)} claims (seed ${seed}, ${thousands(batchClaims)} per batch) with ` +
      `${thousands(plan.actors)} actors, ${thousands(plan.locations)} places and ${thousands(plan.events)} events.`,
  );

  const startedAt = performance.now();
  const totals = { claims: 0, evidence: 0, articles: 0, batches: 0 };
  // The next batch is generated while the previous one is being written; writes stay in order,
  // since a batch may refer to claims an earlier one stored.
  let writing: Promise<void> = Promise.resolve();
  for await (const batch of generateNews({ claims, seed, batchClaims })) {
    await writing;
    writing = writeGraphBatch(db, batch).then(() => {
      totals.claims += batch.claims.length;
      totals.evidence += batch.evidence.length;
      totals.articles += batch.articles.length;
      totals.batches++;
      showProgress(totals.claims, startedAt);
    });
    // Handled by the next await; this keeps a failure during generation from being "unhandled".
    writing.catch(() => {});
  }
  await writing;
  const loadMs = performance.now() - startedAt;
  process.stderr.write('\n');

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `Loaded ${thousands(totals.claims)} claims, ${thousands(totals.evidence)} pieces of evidence and ` +
        `${thousands(totals.articles)} articles in ${totals.batches} batches.`,
      `Time: ${seconds(loadMs)} s, sustained ${thousands(totals.claims / (loadMs / 1000))} claims/s.`,
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
