// Managed transactions: a transient error (a real deadlock between two writes) is retried and the
// write completes; a non-transient one (a uniqueness violation) fails at once, without a retry.
// Writes beyond the configured number wait their turn in the process. Auto-commit reads get the
// same retry policy from retryTransient.

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, type GraphDatabase, graphDatabase, retryTransient } from '../src/neo4j/driver.ts';
import { connectTestGraph, reseed } from './support/graph.ts';

const A = 'retry-test-a';
const B = 'retry-test-b';

describe('managed write transactions', () => {
  let db: GraphDatabase;

  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    await db.write((tx) => tx.run('UNWIND [$a, $b] AS id CREATE (:RetryProbe {id: id, touched: 0})', { a: A, b: B }));
  });
  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (p:RetryProbe) DETACH DELETE p'));
    await db.close();
  });

  it('retries a deadlock, so both writes complete', async () => {
    // Each write locks one node, waits until the other has locked its own, then asks for the
    // other's: Neo4j breaks the cycle by failing one of them with a transient DeadlockDetected.
    let bothLocked!: () => void;
    const locked = new Promise<void>((resolve) => (bothLocked = resolve));
    let firstLocks = 0;
    const attempts = { ab: 0, ba: 0 };
    const lockInOrder = (order: 'ab' | 'ba', first: string, second: string) =>
      db.write(async (tx) => {
        attempts[order]++;
        await tx.run('MATCH (p:RetryProbe {id: $id}) SET p.touched = p.touched + 1', { id: first });
        if (attempts[order] === 1 && ++firstLocks === 2) bothLocked();
        if (attempts[order] === 1) await locked;
        await tx.run('MATCH (p:RetryProbe {id: $id}) SET p.touched = p.touched + 1', { id: second });
      });
    await Promise.all([lockInOrder('ab', A, B), lockInOrder('ba', B, A)]);

    expect(attempts.ab + attempts.ba, 'one of the two was retried').toBeGreaterThanOrEqual(3);
    const touched = await db.read(async (tx) =>
      (await tx.run('MATCH (p:RetryProbe) RETURN p.id AS id, p.touched AS touched ORDER BY id')).records.map((r) =>
        r.get('touched'),
      ),
    );
    // Each committed write touched both nodes once; the failed attempt left nothing behind.
    expect(touched).toEqual([2, 2]);
  });

  it('does not retry a non-transient error', async () => {
    let attempts = 0;
    await expect(
      db.write(async (tx) => {
        attempts++;
        await tx.run('CREATE (:Claim {id: $id})', { id: 'lavrov-no-comment-on-rumors' });
      }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(attempts).toBe(1);
  });

  it('runs at most maxConcurrentWrites write transactions at once, and every queued one', async () => {
    const limited = graphDatabase(db.driver, db.database, null, { maxConcurrentWrites: 2 });
    let running = 0;
    let mostAtOnce = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        limited.write(async (tx) => {
          mostAtOnce = Math.max(mostAtOnce, ++running);
          await tx.run('MATCH (p:RetryProbe {id: $id}) SET p.queued = coalesce(p.queued, 0) + 1', { id: A });
          await new Promise((resolve) => setTimeout(resolve, 50));
          running--;
        }),
      ),
    );
    expect(mostAtOnce).toBe(2);
    const queued = await db.read(async (tx) =>
      (await tx.run('MATCH (p:RetryProbe {id: $id}) RETURN p.queued AS n', { id: A })).records[0]!.get('n'),
    );
    expect(queued).toBe(8);
  });
});

/** One auto-commit statement, which the driver itself never retries. */
async function autoCommit(driver: Driver, cypher: string) {
  const session = driver.session();
  try {
    return await session.run(cypher);
  } finally {
    await session.close();
  }
}

describe('auto-commit reads (GraphDatabase.query)', () => {
  let db: GraphDatabase;
  let unreachable: Driver;

  beforeAll(() => {
    db = connectTestGraph();
    unreachable = createDriver('bolt://127.0.0.1:1', 'neo4j', 'none');
  });
  afterAll(async () => {
    await unreachable.close();
    await db.close();
  });

  it('are retried after a transient error (a lost server), like managed transactions', async () => {
    let attempts = 0;
    const answer = await retryTransient(async () => {
      attempts++;
      // The first attempt meets a server that is gone: the driver's ServiceUnavailable, transient.
      const result =
        attempts === 1 ? await autoCommit(unreachable, 'RETURN 2 AS two') : await db.query('RETURN 2 AS two');
      return result.records[0]!.get('two');
    });
    expect(answer).toBe(2);
    expect(attempts).toBe(2);
  });

  it('are not retried after a non-transient error, and give up on a transient one in bounded time', async () => {
    let attempts = 0;
    await expect(
      retryTransient(() => {
        attempts++;
        return db.query('RETURN $missing + ');
      }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(attempts).toBe(1);

    attempts = 0;
    const started = performance.now();
    await expect(
      retryTransient(() => {
        attempts++;
        return autoCommit(unreachable, 'RETURN 1');
      }, 1_500),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(attempts).toBeGreaterThan(1);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
