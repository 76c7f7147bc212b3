// The response cache's shared store in a real Redis: it keeps the rule that makes invalidation exact
// under concurrency, keeps its tag indexes no larger than the live answers, and lets two servers
// on one Neo4j and one Redis serve each other's cached answers until either writes.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { connectRedisResponseStore, redisResponseStore } from '../src/server/plugins/response-cache-stores.ts';
import { connectTestGraph, reseed } from './support/graph.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { EDITOR_KEY, TEST_ACCESS } from './support/writes.ts';

// The suite's Redis (global setup); test files run one after another, so this file has it alone.
const redisUrl = inject('redisUrl');

describe('the Redis store', () => {
  let client: Redis;
  beforeAll(() => {
    client = new Redis(redisUrl);
  });
  afterAll(() => client?.quit());

  it('refuses an answer whose computation began before an invalidation, and drops answers by tag', async () => {
    const store = redisResponseStore(client, 'rule:');
    const answer = { data: { claim: { key: 'a' } } };
    const began = await store.generation();
    await store.invalidate(['Claim:a']);
    expect(await store.set('k1', answer, ['Claim:a'], 60_000, began)).toBe(false);
    expect(await store.get('k1')).toBeNull();

    expect(await store.set('k1', answer, ['Claim:a', 'Query.claims'], 60_000, await store.generation())).toBe(true);
    expect(await store.set('k2', answer, ['Claim:b'], 60_000, await store.generation())).toBe(true);
    expect(await store.get('k1')).toEqual(answer);
    await store.invalidate(['Query.claims']);
    expect(await store.get('k1')).toBeNull();
    expect(await store.get('k2')).toEqual(answer);
  });

  it('keeps a tag index no larger than its live answers, and lets it expire with them', async () => {
    const store = redisResponseStore(client, 'expiry:');
    expect(await store.set('old', { data: {} }, ['Actor:x'], 50, await store.generation())).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await store.set('new', { data: {} }, ['Actor:x'], 200, await store.generation())).toBe(true);
    expect(await client.zrange('expiry:tag:Actor:x', 0, -1)).toEqual(['expiry:response:new']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await client.exists('expiry:tag:Actor:x', 'expiry:response:new')).toBe(0);
  });
});

describe('two servers sharing one Redis', () => {
  let db: GraphDatabase;
  const servers: TestServer[] = [];
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    // Answers that earlier files' servers cached are of a graph that is gone.
    const client = new Redis(redisUrl);
    await client.flushdb();
    await client.quit();
    for (let i = 0; i < 2; i++) {
      const { store, close } = await connectRedisResponseStore(redisUrl);
      closers.push(close);
      servers.push(
        await startTestServer(db, undefined, { access: TEST_ACCESS, responseCache: { store, ttlMs: 60_000 } }),
      );
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const close of closers) await close();
    await db?.close();
  });

  const read = async (server: TestServer, query: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.headers.get('cache-status'), body: (await response.json()) as any };
  };

  it('serves one server’s cached answer from the other, until a write through either drops it', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const query = '{ actor(key: "china") { name claimsAbout { totalCount } } }';
    const first = await read(a, query);
    expect(first.body.data.actor.name).toBe('China');
    // The store is written after the answer is sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shared = await read(b, query);
    expect(shared.status).toBe('claimgraph; hit');
    expect(shared.body.extensions.cypherStatements).toBe(0);

    const written = await b.query(
      'mutation($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }',
      { input: [{ id: 'china', kind: 'COUNTRY', name: 'People’s Republic of China' }] },
      EDITOR_KEY,
    );
    expect(written.errors).toBeUndefined();
    const fresh = await read(a, query);
    expect(fresh.status).toMatch(/^claimgraph; fwd=uri-miss/);
    expect(fresh.body.data.actor.name).toBe('People’s Republic of China');
  });
});
