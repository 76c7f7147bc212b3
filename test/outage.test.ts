// Neo4j stopped under a running server: /ready turns 503, requests fail fast with UNAVAILABLE, the
// process stays up, and service comes back by itself when Neo4j does.
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../src/ingest/seed.ts';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { startTestServer } from './support/server.ts';

const INSTANCE = 'test-outage';
const PORT = Number(process.env.NEO4J_TEST_OUTAGE_BOLT_PORT || 17690);

describe('a Neo4j outage', () => {
  it('is reported, fails fast, and heals when Neo4j returns', async () => {
    let neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: null, log: () => {} });
    const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
    const server = await startTestServer(db);
    const ready = async () => (await fetch(server.url.replace(/graphql$/, 'ready'))).status;
    try {
      await seedGraph(db, { reset: true });
      expect(await ready()).toBe(200);
      expect((await server.query('{ claims { totalCount } }')).data).toEqual({ claims: { totalCount: 25 } });

      await neo4j.stop();
      expect(await ready()).toBe(503);
      const started = performance.now();
      const failed = await server.query('{ claims { totalCount } }');
      const failMs = performance.now() - started;
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(failMs).toBeLessThan(15_000);
      expect((await fetch(server.url.replace(/graphql$/, 'health'))).status).toBe(200);

      const restartedAt = performance.now();
      neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: neo4j.password, log: () => {} });
      let recovered: number | null = null;
      while (performance.now() - restartedAt < 60_000) {
        const answer = await server.query('{ claims { totalCount } }');
        if (answer.data?.claims?.totalCount === 25) {
          recovered = performance.now() - restartedAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(recovered, 'the server answered again after Neo4j came back').not.toBeNull();
      expect(await ready()).toBe(200);
      console.log(
        `outage: a request failed in ${failMs.toFixed(0)} ms; service back ${(recovered! / 1000).toFixed(1)} s after the restart began (Neo4j start included)`,
      );
    } finally {
      await server.close();
      await db.close();
      await neo4j.stop();
    }
  }, 180_000);
});
