// Loads a synthetic news graph (generate.ts) through the seed's write path: one transaction per
// batch, each an idempotent upsert, so an interrupted load is completed by running it again.
import type { GraphDatabase } from '../neo4j/driver.ts';
import { dropSecondaryIndexes, ensureConstraints, ensureGraphSchema } from '../neo4j/graph-schema.ts';
import { deleteEntireGraph, writeGraphBatch } from '../neo4j/writes/graph-batch.ts';
import { type GenerateOptions, generateNews } from './news.ts';

export interface LoadOptions extends GenerateOptions {
  /**
   * Empty the database first. The read-only indexes are then dropped for the load and built once at
   * its end (see dropSecondaryIndexes): with the graph emptied, no reader loses anything meanwhile.
   */
  reset: boolean;
}

export interface LoadTotals {
  claims: number;
  evidence: number;
  articles: number;
  batches: number;
}

export interface LoadReport extends LoadTotals {
  /** From the first batch to the last commit. */
  writeMs: number;
  /** Building the read-only indexes after a reset load; 0 when they were kept up to date instead. */
  indexMs: number;
}

export async function loadGeneratedNews(
  db: GraphDatabase,
  options: LoadOptions,
  /** After each committed batch, with the time spent writing so far. */
  onBatch: (totals: Readonly<LoadTotals>, writeMs: number) => void = () => {},
): Promise<LoadReport> {
  if (options.reset) {
    // Dropped before the graph is emptied, so that neither the delete nor a rebuild of an index an
    // interrupted load left missing works on the old graph.
    await dropSecondaryIndexes(db);
    await deleteEntireGraph(db);
    await ensureConstraints(db);
  } else {
    await ensureGraphSchema(db);
  }
  const startedAt = performance.now();
  const totals: LoadTotals = { claims: 0, evidence: 0, articles: 0, batches: 0 };
  // The next batch is generated while the previous one is being written; writes stay in order,
  // since a batch may refer to claims an earlier one stored.
  let writing: Promise<void> = Promise.resolve();
  for await (const batch of generateNews(options)) {
    await writing;
    writing = writeGraphBatch(db, batch).then(() => {
      totals.claims += batch.claims.length;
      totals.evidence += batch.evidence.length;
      totals.articles += batch.articles.length;
      totals.batches++;
      onBatch(totals, performance.now() - startedAt);
    });
    // Handled by the next await; this keeps a failure during generation from being "unhandled".
    writing.catch(() => {});
  }
  await writing;
  const writeMs = performance.now() - startedAt;
  const indexStartedAt = performance.now();
  if (options.reset) await ensureGraphSchema(db);
  return { ...totals, writeMs, indexMs: options.reset ? performance.now() - indexStartedAt : 0 };
}
