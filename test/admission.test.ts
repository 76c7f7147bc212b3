// Admission control under overload: GraphQL requests are answered a bounded number at a time, in the
// order they came; a burst past what the server can answer in time gets early 503 refusals with
// Retry-After instead of answers after a long wait; subscriptions are not counted; nothing stored is
// lost. Against the real server and the seeded Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fifoGate, GateFull } from '../src/common/fifo-gate.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { DEFAULT_LIMITS } from '../src/server/limits.ts';
import { connectTestGraph, fingerprint, reseed } from './support/graph.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { CLAIM_ADDED, subscribe } from './support/subscriptions.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first-in, first-out gate', () => {
  it('runs at most maxRunning tasks at once and admits the waiting ones in the order they came', async () => {
    const gate = fifoGate({ maxRunning: 2 });
    let running = 0;
    let mostAtOnce = 0;
    const started: number[] = [];
    const tasks = Array.from({ length: 12 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(5 + (i % 3) * 5);
        running--;
        return i;
      }),
    );
    expect(gate.waiting).toBe(10);
    expect(await Promise.all(tasks)).toEqual([...Array(12).keys()]);
    expect(started).toEqual([...Array(12).keys()]);
    expect(mostAtOnce).toBe(2);
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 });
  });

  it('turns a task away at once when the tasks ahead would keep it waiting past the bound', async () => {
    const gate = fifoGate({ maxRunning: 1, maxWaitMs: 1_000 });
    // A finished task of at least 100 ms teaches the gate how long tasks take (longer on a busy machine).
    await gate.run(() => sleep(100));
    let release!: () => void;
    const blocking = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    // Joining behind k - 1 others, a task expects k tasks of 100 ms or more ahead of it: the 11th at
    // the latest expects over 1,000 ms, and is refused before anything ahead of it has finished.
    const admitted: Promise<void>[] = [];
    let refused: unknown = null;
    while (refused === null && admitted.length <= 10) {
      const joined = gate.run(async () => {});
      joined.catch((error: unknown) => {
        refused = error;
      });
      // A refusal at once has settled by the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      if (refused === null) admitted.push(joined);
    }
    expect(refused).toBeInstanceOf(GateFull);
    expect((refused as GateFull).waitMs).toBeGreaterThan(1_000);
    expect(admitted.length).toBeGreaterThan(0);
    expect(admitted.length).toBeLessThanOrEqual(10);
    release();
    await Promise.all([blocking, ...admitted]);
  });

  it('turns a waiting task away when the bound runs out, and lets the line move on', async () => {
    const gate = fifoGate({ maxRunning: 1, maxWaitMs: 50 });
    let release!: () => void;
    const blocking = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = gate.run(async () => 'ran');
    await expect(waiting).rejects.toBeInstanceOf(GateFull);
    expect(gate.waiting).toBe(0);
    release();
    await blocking;
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.running).toBe(0);
  });
});

// A claim's page: a few nested lists, some milliseconds of Neo4j's time on the seed.
const CLAIM_PAGE = /* GraphQL */ `
  {
    claim(key: "lavrov-no-comment-on-rumors") {
      key
      speaker { name claimsMade(first: 10) { totalCount edges { node { key paraphrase } } } }
      disputes(first: 10) { edges { node { key speaker { name } } } }
      evidence(first: 10) { edges { node { text article { title } } } }
    }
  }
`;

interface Answer {
  status: number;
  retryAfter: string | null;
  /** How long the server kept it in line (Server-Timing), for a refusal. */
  queuedMs: number | null;
  body: { data?: { claim: { key: string } }; errors?: { message: string; extensions: { code: string } }[] };
}

async function ask(server: TestServer): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: CLAIM_PAGE }),
  });
  const body = (await response.json()) as Answer['body'];
  const queued = /queue;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    queuedMs: queued ? Number(queued[1]) : null,
    body,
  };
}

describe('a server past what it can answer in time', () => {
  let db: GraphDatabase;
  let server: TestServer;
  let seeded: string;
  const maxQueueWaitMs = 300;
  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    seeded = await fingerprint(db);
    server = await startTestServer(db, { ...DEFAULT_LIMITS, maxConcurrentRequests: 1, maxQueueWaitMs });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('refuses part of a burst early with 503, Retry-After and UNAVAILABLE, and answers the rest in full', async () => {
    // Warm: the gate learns how long a request takes.
    for (let i = 0; i < 5; i++) expect((await ask(server)).status).toBe(200);
    const burst = await Promise.all(Array.from({ length: 300 }, () => ask(server)));

    const refused = burst.filter((answer) => answer.status === 503);
    const answered = burst.filter((answer) => answer.status === 200);
    expect(refused.length + answered.length).toBe(burst.length);
    expect(refused.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        {
          message: expect.stringMatching(
            /^claimgraph is answering more requests than it can in time \(\d+ waiting\); try again in \d+ s\.$/,
          ),
          extensions: { code: 'UNAVAILABLE' },
        },
      ]);
    }
    for (const answer of answered) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.claim.key).toBe('lavrov-no-comment-on-rumors');
    }
    // Refusals come at once, when the line is already longer than the bound allows, or when the bound
    // runs out: none stood in line much past it (the server's own account; the client's clock also
    // counts a busy machine's delivery).
    const queued = refused.map((answer) => answer.queuedMs);
    expect(queued.every((ms) => ms !== null && ms <= maxQueueWaitMs * 2)).toBe(true);
    expect(queued.filter((ms) => ms! < maxQueueWaitMs).length).toBeGreaterThan(0);

    // Once the burst has passed, the server answers as before, and nothing stored has changed.
    expect((await ask(server)).status).toBe(200);
    expect(await fingerprint(db)).toBe(seeded);
  });

  it('does not count an open subscription: queries are answered beside it', async () => {
    const subscription = await subscribe(server.url, CLAIM_ADDED());
    try {
      const answer = await ask(server);
      expect(answer.status).toBe(200);
      expect(answer.body.data!.claim.key).toBe('lavrov-no-comment-on-rumors');
    } finally {
      subscription.close();
    }
  });
});
