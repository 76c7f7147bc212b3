// Bulk loads of generated news. A load into an emptied graph builds the read-only indexes once at its
// end instead of updating them through every batch, and leaves them all online. A load whose Neo4j is
// killed mid-transaction leaves no partial article or claim: every batch is one transaction, so what
// is stored is exactly the batches that committed. Re-running the load completes it, to the same
// graph a clean load gives.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../src/model/graph.ts';
import { createDriver, type GraphDatabase, graphDatabase } from '../src/neo4j/driver.ts';
import { ensureGraphSchema, FULLTEXT } from '../src/neo4j/graph-schema.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { deleteEntireGraph, writeGraphBatch, writeGraphBatchInTransaction } from '../src/neo4j/writes/graph-batch.ts';
import { loadGeneratedNews } from '../src/synthetic/bulk-load.ts';
import { type GenerateOptions, generateNews } from '../src/synthetic/news.ts';
import { fingerprint } from './support/graph.ts';

const INSTANCE = 'test-interrupt';
const PORT = Number(process.env.NEO4J_TEST_INTERRUPT_BOLT_PORT || 17692);

const GENERATED: GenerateOptions = { claims: 2_000, seed: 3, batchClaims: 400 };
const batches: GraphBatch[] = [];
for await (const batch of generateNews(GENERATED)) batches.push(batch);

const connect = (neo4j: LocalNeo4j) =>
  graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);

async function count(db: GraphDatabase, label: string): Promise<number> {
  return db.read(
    async (tx) => (await tx.run(`MATCH (n:${label}) RETURN count(n) AS n`)).records[0]!.get('n') as number,
  );
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

/** Every index by name, with its state (ONLINE, POPULATING…). */
async function indexStates(db: GraphDatabase): Promise<Map<string, string>> {
  const result = await db.read((tx) => tx.run('SHOW INDEXES YIELD name, state'));
  return new Map(result.records.map((r) => [r.get('name') as string, r.get('state') as string]));
}

/** The names of the indexes that exist at each batch's commit, read while the load goes on. */
function indexesAtEachBatch(db: GraphDatabase): { onBatch: () => void; seen: () => Promise<string[][]> } {
  const reads: Promise<string[]>[] = [];
  return {
    onBatch: () => reads.push(indexStates(db).then((states) => [...states.keys()])),
    seen: () => Promise.all(reads),
  };
}

const SMALL: GenerateOptions = { claims: 600, seed: 5, batchClaims: 200 };
const smallBatches: GraphBatch[] = [];
for await (const batch of generateNews(SMALL)) smallBatches.push(batch);

const READ_ONLY_INDEXES = [
  ...Object.values(FULLTEXT),
  'claim_kind',
  'claim_stated_on',
  'claim_stated_on_id',
  'claim_kind_stated_on',
  'actor_name',
];

describe('a bulk load into an emptied graph', () => {
  it('drops the read-only indexes for the load, builds them at its end, and a load that does not empty keeps them', async () => {
    const neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: null, log: () => {} });
    const db = connect(neo4j);
    try {
      const resetLoad = indexesAtEachBatch(db);
      const report = await loadGeneratedNews(db, { ...SMALL, reset: true }, resetLoad.onBatch);
      expect(report.claims).toBe(SMALL.claims);
      expect(report.indexMs).toBeGreaterThan(0);
      const duringReset = await resetLoad.seen();
      expect(duringReset).toHaveLength(smallBatches.length);
      for (const names of duringReset) {
        expect(names).toContain('claim_id');
        for (const name of READ_ONLY_INDEXES) expect(names).not.toContain(name);
      }

      const after = await indexStates(db);
      for (const name of [...READ_ONLY_INDEXES, 'claim_id', 'actor_id']) expect(after.get(name), name).toBe('ONLINE');
      // The rebuilt full-text index finds what the load stored.
      const claim = smallBatches.flatMap((b) => b.claims).at(-1)!;
      const word = claim.paraphrase.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
      const found = await db.read((tx) =>
        tx.run('CALL db.index.fulltext.queryNodes($index, $word) YIELD node RETURN collect(node.id) AS ids', {
          index: FULLTEXT.claims,
          word,
        }),
      );
      expect(found.records[0]!.get('ids')).toContain(claim.id);

      const upsert = indexesAtEachBatch(db);
      const again = await loadGeneratedNews(db, { ...SMALL, reset: false }, upsert.onBatch);
      expect(again.indexMs).toBe(0);
      for (const names of await upsert.seen()) for (const name of READ_ONLY_INDEXES) expect(names).toContain(name);
      expect(await count(db, 'Claim')).toBe(SMALL.claims);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }, 300_000);
});

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
