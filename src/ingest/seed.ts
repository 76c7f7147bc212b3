// The seed pipeline: annotations and pages → validated GraphBatch → one write transaction.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/paths.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import { ensureGraphSchema } from '../neo4j/graph-schema.ts';
import { deleteEntireGraph, writeGraphBatch } from '../neo4j/writes/graph-batch.ts';
import { loadSeed } from './annotations.ts';

export const DEFAULT_SEED_DIR = join(PROJECT_ROOT, 'seed');

export interface SeedReport {
  claims: number;
  evidence: number;
  validateMs: number;
  writeMs: number;
}

/**
 * Validates the whole seed before touching the database, so a bad annotation writes nothing;
 * then stores it in one transaction (after emptying the graph when `reset` is set).
 */
export async function seedGraph(
  db: GraphDatabase,
  options: { seedDir?: string; reset?: boolean } = {},
): Promise<SeedReport> {
  const validateStart = performance.now();
  const batch = loadSeed(options.seedDir ?? DEFAULT_SEED_DIR);
  const validateMs = performance.now() - validateStart;

  const writeStart = performance.now();
  await ensureGraphSchema(db);
  if (options.reset) await deleteEntireGraph(db);
  await writeGraphBatch(db, batch);
  return {
    claims: batch.claims.length,
    evidence: batch.evidence.length,
    validateMs,
    writeMs: performance.now() - writeStart,
  };
}
