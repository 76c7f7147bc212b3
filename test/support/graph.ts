// Connects a test file to the suite's Neo4j and gives it a clean, freshly seeded graph.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/ingest/seed.ts';
import { createDriver, type GraphDatabase, graphDatabase } from '../../src/neo4j/driver.ts';
import { deleteEntireGraph } from '../../src/neo4j/writes/graph-batch.ts';

export function connectTestGraph(): GraphDatabase {
  const { uri, username, password, database } = inject('neo4j');
  return graphDatabase(createDriver(uri, username, password), database, null);
}

export async function reseed(db: GraphDatabase): Promise<void> {
  await seedGraph(db, { reset: true });
}

/** The database as a new one is: no node, no constraint, no index but the built-in lookup ones. */
export async function emptyDatabase(db: GraphDatabase): Promise<void> {
  await deleteEntireGraph(db);
  const run = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  for (const record of (await run('SHOW CONSTRAINTS YIELD name')).records) {
    await run(`DROP CONSTRAINT \`${record.get('name')}\``);
  }
  for (const record of (await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) {
    await run(`DROP INDEX \`${record.get('name')}\``);
  }
}

/** A writable copy of the seed folder, for tests that break an annotation on purpose. */
export function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-seed-'));
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  return dir;
}

/** Counts plus a checksum of every id, property set and relationship: equal means unchanged. */
export async function fingerprint(db: GraphDatabase): Promise<string> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
    const links = await tx.run(
      'MATCH (a)-[r]->(b) RETURN a.id + "-" + type(r) + "->" + b.id AS link, properties(r) AS props',
    );
    const lines = [
      ...nodes.records.map((r) => `${r.get('id')} ${JSON.stringify(r.get('labels'))} ${stableJson(r.get('props'))}`),
      ...links.records.map((r) => `${r.get('link')} ${stableJson(r.get('props'))}`),
    ].sort();
    const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
    return `${nodes.records.length} nodes, ${links.records.length} relationships, sha256 ${digest}`;
  });
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, String(value[key])]),
  );
}
