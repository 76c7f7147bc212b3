// A bulk load whose Neo4j is killed mid-transaction leaves no partial article or claim: every batch
// is one transaction, so what is stored is exactly the batches that committed. Re-running the load
// completes it, to the same graph a clean load gives.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../src/model/graph.ts';
import { generateNews } from '../src/ingest/generate.ts';
import { createDriver, graphDatabase, type GraphDatabase } from '../src/neo4j/driver.ts';
import { ensureGraphSchema } from '../src/neo4j/graph-schema.ts';
import { deleteEntireGraph, writeGraphBatch, writeGraphBatchInTransaction } from '../src/neo4j/graph-writer.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local-server.ts';
import { fingerprint } from './support/graph.ts';

const INSTANCE = 'test-interrupt';
const PORT = Number(process.env.NEO4J_TEST_INTERRUPT_BOLT_PORT || 17692);

const batches: GraphBatch[] = [];
for await (const batch of generateNews({ claims: 2_000, seed: 3, batchClaims: 400 })) batches.push(batch);

const connect = (neo4j: LocalNeo4j) => graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);

async function count(db: GraphDatabase, label: string): Promise<number> {
  return db.read(async (tx) => (await tx.run(`MATCH (n:${label}) RETURN count(n) AS n`)).records[0]!.get('n') as number);
}

/** Claims without speaker or evidence, evidence without article, articles without outlet: must be 0. */
async function partialRecords(db: GraphDatabase): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run(`
      CALL () { MATCH (c:Claim) WHERE NOT ()-[:STATED]->(c) OR NOT (c)-[:EVIDENCED_BY]->() RETURN count(c) AS n
        UNION ALL MATCH (e:Evidence) WHERE NOT (e)-[:FOUND_IN]->(:Article) OR NOT ()-[:EVIDENCED_BY]->(e) RETURN count(e) AS n
        UNION ALL MATCH (a:Article) WHERE NOT (a)-[:PUBLISHED_BY]->() OR NOT ()-[:FOUND_IN]->(a) RETURN count(a) AS n }
      RETURN sum(n) AS partial`);
    return result.records[0]!.get('partial') as number;
  });
}

async function loadAll(db: GraphDatabase): Promise<void> {
  for (const batch of batches) await writeGraphBatch(db, batch);
}

describe('a bulk load interrupted by a Neo4j crash', () => {
  it('keeps only whole batches, and a re-run completes it to the graph a clean load gives', async () => {
    let neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: null, log: () => {} });
    let db = connect(neo4j);
    try {
      await ensureGraphSchema(db);
      await deleteEntireGraph(db);
      await loadAll(db);
      const clean = await fingerprint(db);
      await deleteEntireGraph(db);

      // Commit the entities and two batches of articles, then kill Neo4j after the third batch's
      // statements have all run but before its commit.
      const entityBatches = batches.findIndex((b) => b.claims.length > 0);
      const committed = batches.slice(0, entityBatches + 2);
      for (const batch of committed) await writeGraphBatch(db, batch);
      const interrupted = batches[committed.length]!;
      let killed = false;
      await expect(
        db.write(async (tx) => {
          await writeGraphBatchInTransaction(tx, interrupted);
          if (!killed) {
            killed = true;
            process.kill(neo4j.pid, 'SIGKILL');
          }
        }),
      ).rejects.toThrow();
      await db.close();
      await neo4j.stop();

      neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: neo4j.password, log: () => {} });
      db = connect(neo4j);
      const sum = (key: 'claims' | 'articles' | 'evidence') => committed.reduce((n, b) => n + b[key].length, 0);
      expect(await count(db, 'Claim')).toBe(sum('claims'));
      expect(await count(db, 'Article')).toBe(sum('articles'));
      expect(await count(db, 'Evidence')).toBe(sum('evidence'));
      expect(await partialRecords(db)).toBe(0);

      await loadAll(db);
      expect(await partialRecords(db)).toBe(0);
      expect(await fingerprint(db)).toBe(clean);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }, 300_000);
});
