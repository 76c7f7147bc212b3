// Where the response cache (response-cache.ts) keeps responses: in this process (the default), or in
// Redis, shared by several server processes behind one address. A store files each response under
// tags (the entities in it, the root lists it read) and drops every response filed under a tag on
// invalidation. Both keep the one rule that makes invalidation exact under concurrency: a response
// is stored only if no invalidation happened since its computation began (its `generation`), since
// it may hold what the invalidating write changed, read before the write committed.

import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Redis } from 'ioredis';
import { closeRedis, connected, connectRedis } from '../../redis/client.ts';
import { withoutPassword } from '../../redis/config.ts';

export type MaybePromise<T> = T | Promise<T>;

export type CachedResponse = ExecutionResult<Record<string, unknown>, { http?: { headers?: Record<string, string> } }>;

export interface ResponseStore {
  get(key: string): MaybePromise<CachedResponse | null | undefined>;
  /** A count of the invalidations so far, read before a response is computed. */
  generation(): MaybePromise<number>;
  /**
   * Stores the response under `key` for `ttlMs`, filed under `tags`, unless an invalidation came
   * after `generation` was read; says whether it did.
   */
  set(key: string, response: CachedResponse, tags: string[], ttlMs: number, generation: number): MaybePromise<boolean>;
  /** Drops every response filed under any of the tags. */
  invalidate(tags: string[]): MaybePromise<void>;
}

/**
 * Responses in this process's memory, the least recently used dropped beyond `maxEntries`. The
 * graphql-yoga in-memory cache keeps the tag index; each tag is an entity of its own there.
 */
export function inMemoryResponseStore({ maxEntries }: { maxEntries: number }): ResponseStore {
  const cache = createInMemoryCache({ max: maxEntries });
  let generation = 0;
  const entities = (tags: string[]) => tags.map((typename) => ({ typename }));
  return {
    get: (key) => cache.get(key) as CachedResponse | null | undefined,
    generation: () => generation,
    set(key, response, tags, ttlMs, since) {
      if (since !== generation) return false;
      void cache.set(key, response, entities(tags), ttlMs);
      return true;
    },
    invalidate(tags) {
      generation += 1;
      void cache.invalidate(entities(tags));
    },
  };
}

// Each tag is a sorted set of response keys scored by when they expire, pruned of the expired ones
// whenever a response is filed, so an index never outgrows the live responses; Redis's own clock
// scores them, so the clocks of several processes cannot prune a live one. Both scripts run
// atomically: a response is stored only while the generation is the one its computation began at,
// and an invalidation advances the generation and drops its tags' responses in one step.
const SET_IF_NOT_INVALIDATED = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
for i = 5, #ARGV do
  local tag = ARGV[4] .. ARGV[i]
  redis.call('ZREMRANGEBYSCORE', tag, '-inf', now)
  redis.call('ZADD', tag, now + ttl, KEYS[2])
  if redis.call('PTTL', tag) < ttl then redis.call('PEXPIRE', tag, ttl) end
end
return 1`;

const INVALIDATE = `
redis.call('INCR', KEYS[1])
for i = 2, #ARGV do
  local tag = ARGV[1] .. ARGV[i]
  local responses = redis.call('ZRANGE', tag, 0, -1)
  for j = 1, #responses do redis.call('DEL', responses[j]) end
  redis.call('DEL', tag)
end
return 0`;

/**
 * Responses in Redis, shared by every server process given the same Redis and prefix. The scripts
 * name keys they compute, so this needs one Redis server (or a primary with replicas), not a Redis
 * Cluster.
 */
export function redisResponseStore(redis: Redis, prefix = 'claimgraph:cache:'): ResponseStore {
  const generationKey = `${prefix}generation`;
  const responseKey = (key: string) => `${prefix}response:${key}`;
  const tagPrefix = `${prefix}tag:`;
  return {
    async get(key) {
      const json = await redis.get(responseKey(key));
      return json === null ? null : (JSON.parse(json) as CachedResponse);
    },
    async generation() {
      return Number((await redis.get(generationKey)) ?? 0);
    },
    async set(key, response, tags, ttlMs, generation) {
      const stored = await redis.eval(
        SET_IF_NOT_INVALIDATED,
        2,
        generationKey,
        responseKey(key),
        String(generation),
        JSON.stringify(response),
        String(ttlMs),
        tagPrefix,
        ...tags,
      );
      return stored === 1;
    },
    async invalidate(tags) {
      await redis.eval(INVALIDATE, 1, generationKey, tagPrefix, ...tags);
    },
  };
}

/**
 * Redis at `url` on a connection of its own, connected before it is used (rejecting when it does not
 * answer within `connectTimeoutMs`). Its commands fail at once while Redis is out of reach instead of
 * queueing: a lookup then counts as a miss, and a write's invalidation fails its mutation's answer
 * with an error that says so.
 */
export async function connectRedisResponseStore(
  url: string,
  { connectTimeoutMs = 10_000, log = (message: string) => console.error(message) } = {},
): Promise<{ store: ResponseStore; close: () => Promise<void> }> {
  const where = withoutPassword(url);
  const redis = connectRedis(url, {
    name: `claimgraph:${process.pid}:response-cache`,
    waitWhileAway: false,
    lost: (reason) =>
      log(`Redis at ${where} is unreachable (${reason}): cached answers are not used until it is back.`),
    back: () => log(`Redis at ${where} is back: cached answers are used again.`),
  });
  const close = () => closeRedis(redis);
  try {
    await connected(redis, url, connectTimeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { store: redisResponseStore(redis), close };
}
