// Redis for claim events: REDIS_URL checked at start, the local Redis launcher, and a Redis outage
// under a running server, which keeps answering reads and writes, drops the events published while
// Redis is away, and announces claims again once it is back.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import { compiledEntry } from '../bench/servers.ts';
import { ConfigurationError } from '../src/common/configuration.ts';
import { redisUrlFromEnv } from '../src/redis/config.ts';
import { LocalRedisError, startLocalRedis } from '../src/redis/local-server.ts';
import { claimEventsOnRedis } from '../src/server/claim-events.ts';
import { connectTestGraph, reseed } from './support/graph.ts';
import { startTestServer } from './support/server.ts';
import { CLAIM_ADDED, subscribe } from './support/subscriptions.ts';
import { EDITOR_KEY, shellsClaim, TEST_ACCESS, UPSERT_CLAIMS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

const run = promisify(execFile);

const OUTAGE_INSTANCE = 'test-redis-outage';
const OUTAGE_PORT = Number(process.env.REDIS_TEST_OUTAGE_PORT || 17695);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a connection listens on claimAdded in the Redis at `url` (asked on a connection of its own). */
async function subscribed(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  try {
    await client.connect();
    const [, count] = (await client.pubsub('NUMSUB', 'claimAdded')) as [string, number];
    return count === 1;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

describe('REDIS_URL', () => {
  it('takes redis:// and rediss:// URLs with a host, a port and a database number', () => {
    expect(redisUrlFromEnv({})).toBeNull();
    expect(redisUrlFromEnv({ REDIS_URL: '' })).toBeNull();
    for (const url of ['redis://redis', 'redis://:s3cret@10.0.0.5:6380/2', 'rediss://user:pw@cache.example.com:6380']) {
      expect(redisUrlFromEnv({ REDIS_URL: url })).toBe(url);
    }
  });

  it('refuses anything else, saying what is wrong and never printing the password', () => {
    const refusal = (url: string) => {
      try {
        redisUrlFromEnv({ REDIS_URL: url });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        return (error as Error).message.replace(/^REDIS_URL must look like .*?; /, '');
      }
      throw new Error(`${url} was accepted`);
    };
    expect(refusal('localhost:6379')).toBe('"localhost:6379" has the scheme "localhost:"');
    expect(refusal('http://redis:6379')).toBe('"http://redis:6379" has the scheme "http:"');
    expect(refusal('redis://:s3cret@redis:99999')).toBe(
      '"redis://:***@redis:99999" is not a URL (or its port is not a TCP port)',
    );
    expect(refusal('redis:///0')).toBe('"redis:///0" has no host');
    expect(refusal('redis://redis/cache')).toBe('"redis://redis/cache" has a path that is not a database number');
  });

  it('stops the server process at start when bad, and refuses a Redis that does not answer or takes another password', async () => {
    const start = (REDIS_URL: string) =>
      run(process.execPath, [compiledEntry('src/main.ts')], {
        // Never reached: the process stops before it connects to Neo4j.
        env: { ...process.env, REDIS_URL, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused', PORT: '0' },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr.trim() }),
      );
    expect(await start('localhost:6379')).toEqual({
      code: 1,
      stderr:
        'claimgraph cannot start: REDIS_URL must look like redis://[:password@]host[:port][/database] ' +
        '(rediss:// for TLS); "localhost:6379" has the scheme "localhost:"',
    });

    const port = await closedPort();
    await expect(
      claimEventsOnRedis(`redis://:s3cret@127.0.0.1:${port}`, { connectTimeoutMs: 1_000, log: () => {} }),
    ).rejects.toThrow(`Redis at redis://:***@127.0.0.1:${port} was not ready within 1 s (connect ECONNREFUSED`);
    const wrongPassword = new URL(inject('redisUrl'));
    wrongPassword.password = 'not-the-password';
    await expect(claimEventsOnRedis(wrongPassword.href, { connectTimeoutMs: 1_000, log: () => {} })).rejects.toThrow(
      `Redis at redis://:***@127.0.0.1:${wrongPassword.port} was not ready within 1 s (WRONGPASS`,
    );
  });
});

describe('the local Redis launcher', () => {
  it('refuses a port another process holds, and says how to install a missing redis-server', async () => {
    const taken = Number(new URL(inject('redisUrl')).port);
    await expect(startLocalRedis({ instance: 'test-port-clash', port: taken })).rejects.toThrow(
      new LocalRedisError(`Port ${taken} on 127.0.0.1 is taken by another process. Stop it, or choose another port.`),
    );

    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startLocalRedis({ instance: 'test-missing', port: OUTAGE_PORT })).rejects.toThrow(
        /redis-server is not installed \(or not on PATH\): install Debian's package with `apt-get install redis-server`/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('a Redis outage under a running server', () => {
  it('keeps reads and writes answered, drops the events meanwhile, and announces claims again after', async () => {
    const db = connectTestGraph();
    await reseed(db);
    let redis = await startLocalRedis({ instance: OUTAGE_INSTANCE, port: OUTAGE_PORT, log: () => {} });
    const logged: string[] = [];
    const events = await claimEventsOnRedis(redis.url, { log: (message) => logged.push(message) });
    const server = await startTestServer(db, undefined, { access: TEST_ACCESS, pubSub: events.pubSub });
    const stream = await subscribe(server.url, CLAIM_ADDED());
    try {
      await until(() => subscribed(redis.url), 'the server subscribed to claimAdded');
      expect((await server.query(UPSERT_GRAPH, { input: wholeStory() }, EDITOR_KEY)).errors).toBeUndefined();
      expect((await stream.next()).claim.key).toBe('kuleba-north-korean-shells');

      await redis.stop();
      await until(() => logged.some((line) => line.includes('is unreachable')), 'the outage was logged');
      const read = await server.query('{ claim(key: "kuleba-north-korean-shells") { paraphrase } }');
      expect(read).toMatchObject({ status: 200, data: { claim: { paraphrase: 'North Korean shells hit Kharkiv.' } } });
      expect((await fetch(server.url.replace(/graphql$/, 'ready'))).status).toBe(200);
      const during = await server.query(
        UPSERT_CLAIMS,
        { input: [shellsClaim({ paraphrase: 'Written while Redis was away.' })] },
        EDITOR_KEY,
      );
      expect(during.errors).toBeUndefined();
      expect(during.data!.upsertClaims.claims[0].created).toBe(false);

      redis = await startLocalRedis({ instance: OUTAGE_INSTANCE, port: OUTAGE_PORT, log: () => {} });
      await until(() => subscribed(redis.url), 'the server subscribed again');
      await until(() => logged.some((line) => line.includes(' is back: ')), 'the return was logged');
      const after = shellsClaim({ id: 'kuleba-shells-after-outage', paraphrase: 'Written after Redis came back.' });
      expect((await server.query(UPSERT_CLAIMS, { input: [after] }, EDITOR_KEY)).errors).toBeUndefined();
      // The next event is the claim written after the outage: the one written during it was dropped.
      expect(await stream.next()).toMatchObject({
        created: true,
        claim: { key: 'kuleba-shells-after-outage', paraphrase: 'Written after Redis came back.' },
      });
      expect(logged.find((line) => line.includes(' is back: '))).toMatch(
        /^Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ is back: 1 claim event\(s\) were dropped while it was away\.$/,
      );
    } finally {
      stream.close();
      await server.close();
      await events.close();
      await db.close();
      await redis.stop();
    }
  }, 120_000);
});
