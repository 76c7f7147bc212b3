// Several claimgraph processes behind one address: two real server processes (`npm start`'s compiled
// entry) on the suite's Neo4j and its Redis (REDIS_URL). They start at once on a new database, as
// `docker compose up --scale api=2` does on a new volume; a claimAdded subscriber on either hears the
// claims written through the other, and both answer the same reads, right after a write too; each
// serves the answers the other cached, until a write through either drops them.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Served, serve } from '../bench/servers.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { connectTestGraph, emptyDatabase, fingerprint, reseed } from './support/graph.ts';
import { CLAIM_ADDED, subscribe } from './support/subscriptions.ts';
import { EDITOR_KEY, shellsClaim, TEST_API_KEYS, UPSERT_CLAIMS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

/** Environment of a server process on the suite's Neo4j and Redis, with the test keys for writes. */
function processEnv(): Record<string, string> {
  const { uri, username, password } = inject('neo4j');
  return {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    REDIS_URL: inject('redisUrl'),
    CLAIMGRAPH_API_KEYS: TEST_API_KEYS,
    // Each seeds the new database in one transaction; on a busy test machine that may take longer
    // than the default 10 s.
    CLAIMGRAPH_TRANSACTION_TIMEOUT_MS: '60000',
  };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

/** SIGTERM, as an orchestrator stops a replica; resolves with how the process ended. */
async function stop(served: Served): Promise<{ code: number | null; output: string }> {
  const { child } = served;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  return { code: child.exitCode, output: served.output() };
}

/** The claimgraph connections Redis holds, by name (CLIENT LIST). */
async function claimgraphConnections(redis: Redis): Promise<string[]> {
  const list = (await redis.client('LIST')) as string;
  return [...list.matchAll(/ name=(claimgraph:\S+)/g)].map((match) => match[1]!).sort();
}

/** Until the processes' subscribing connections listen on the channel (a subscription is opened before writing). */
async function listening(redis: Redis, connections: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [, count] = (await redis.pubsub('NUMSUB', 'claimAdded')) as [string, number];
    if (count === connections) return;
    if (Date.now() > deadline) throw new Error(`${count} connection(s) subscribed to claimAdded, not ${connections}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const READS = /* GraphQL */ `
  {
    claim(key: "kuleba-north-korean-shells") { key paraphrase speaker { name } }
    timeline(actor: "north-korea", first: 50) { totalCount edges { node { key paraphrase } } }
  }
`;

describe('two server processes on one Neo4j and one Redis', () => {
  let db: GraphDatabase;
  let redis: Redis;
  let a: Served;
  let b: Served;
  /** Those that started, for afterAll to stop even when the other did not start. */
  const running: Served[] = [];
  let seeded: string;

  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    seeded = await fingerprint(db);
    await emptyDatabase(db);
    redis = new Redis(inject('redisUrl'));
    // Answers that earlier files' servers cached there are of a graph that is gone.
    await redis.flushdb();
    const started = await Promise.allSettled([
      serve('process A', 'src/main.ts', 0, processEnv()),
      serve('process B', 'src/main.ts', 0, processEnv()),
    ]);
    for (const outcome of started) if (outcome.status === 'fulfilled') running.push(outcome.value);
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
    [a, b] = running as [Served, Served];
  });

  afterAll(async () => {
    await Promise.all(running.map(stop));
    await redis?.quit();
    await db?.close();
  });

  it('start at once on a new database, which both set up and seed without failing, and which holds the seed once', async () => {
    expect(await fingerprint(db)).toBe(seeded);
  });

  it('a claimAdded subscriber on one process hears the claims written through the other', async () => {
    const onA = await subscribe(a.url, CLAIM_ADDED());
    const onB = await subscribe(b.url, CLAIM_ADDED());
    try {
      await listening(redis, 2);
      const written = await post(b.url, UPSERT_GRAPH, { input: wholeStory() }, EDITOR_KEY);
      expect(written.errors).toBeUndefined();
      const added = {
        created: true,
        claim: {
          key: 'kuleba-north-korean-shells',
          paraphrase: 'North Korean shells hit Kharkiv.',
          speaker: { name: 'Dmytro Kuleba' },
        },
      };
      expect(await onA.next()).toEqual(added);
      expect(await onB.next()).toEqual(added);

      const updated = await post(
        a.url,
        UPSERT_CLAIMS,
        { input: [shellsClaim({ paraphrase: 'Shells from North Korea hit Kharkiv.' })] },
        EDITOR_KEY,
      );
      expect(updated.errors).toBeUndefined();
      const changed = { created: false, claim: { paraphrase: 'Shells from North Korea hit Kharkiv.' } };
      expect(await onB.next()).toMatchObject(changed);
      expect(await onA.next()).toMatchObject(changed);
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('both processes answer the same reads, right after a write through either', async () => {
    const before = await post(a.url, READS);
    expect(await post(b.url, READS)).toEqual(before);

    const claim = shellsClaim({ id: 'kuleba-shells-again', paraphrase: 'More North Korean shells hit Kharkiv.' });
    expect((await post(b.url, UPSERT_GRAPH, { input: wholeStory(claim) }, EDITOR_KEY)).errors).toBeUndefined();
    const after = await post(a.url, READS);
    expect(after.data!.timeline.totalCount).toBe(before.data!.timeline.totalCount + 1);
    expect(after.data!.timeline.edges.map((edge: { node: { key: string } }) => edge.node.key)).toContain(
      'kuleba-shells-again',
    );
    expect(await post(b.url, READS)).toEqual(after);
  });

  it('a read cached by one process is served by the other, and a write through either drops it for both', async () => {
    const query = '{ actor(key: "dmytro-kuleba") { name claimsMade(first: 50) { totalCount } } }';
    const read = async (served: Served) => {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return { cache: response.headers.get('cache-status'), body: (await response.json()) as any };
    };
    const first = await read(a);
    expect(first.cache).toMatch(/^claimgraph; fwd=uri-miss/);
    const before = first.body.data.actor;
    // The answer is stored after it is sent.
    await expect.poll(async () => (await read(a)).cache).toBe('claimgraph; hit');
    expect(await read(b)).toEqual({ cache: 'claimgraph; hit', body: first.body });

    const claim = shellsClaim({ id: 'kuleba-shells-third', paraphrase: 'Yet more North Korean shells hit Kharkiv.' });
    expect((await post(b.url, UPSERT_GRAPH, { input: wholeStory(claim) }, EDITOR_KEY)).errors).toBeUndefined();
    const fresh = await read(a);
    expect(fresh.cache).toMatch(/^claimgraph; fwd=uri-miss/);
    expect(fresh.body.data.actor).toEqual({ ...before, claimsMade: { totalCount: before.claimsMade.totalCount + 1 } });
    // Cached again by A, fresh: what B serves from the store.
    expect((await read(b)).body).toEqual(fresh.body);
  });

  // Last: it stops the two processes.
  it('each process closes its Redis connections on SIGTERM and exits cleanly', async () => {
    const named = await claimgraphConnections(redis);
    for (const served of [a, b]) {
      expect(named).toEqual(
        expect.arrayContaining([
          `claimgraph:${served.child.pid}:claim-events:publish`,
          `claimgraph:${served.child.pid}:claim-events:subscribe`,
          `claimgraph:${served.child.pid}:response-cache`,
        ]),
      );
    }
    for (const served of [a, b]) {
      const { code, output } = await stop(served);
      expect({ code, cleanupFailed: output.includes('cleanup failed') }).toEqual({ code: 143, cleanupFailed: false });
    }
    const left = await claimgraphConnections(redis);
    expect(left.filter((name) => [a, b].some((served) => name.startsWith(`claimgraph:${served.child.pid}:`)))).toEqual(
      [],
    );
  });
});
