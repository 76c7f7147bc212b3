// A request's state in Pothos's long-lived WeakMaps is dropped once its answer is complete, so that
// the request's objects can die young (src/server/plugins/request-state.ts). Run through claimgraph's
// own schema and context against the seeded graph; the same request without the plugin shows what
// the test would see if the state stayed.
import { RequestCache } from '@pothos/plugin-scope-auth';
import { createPubSub, createYoga, type Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builder } from '../src/graphql/builder.ts';
import { type Context, createContext } from '../src/graphql/context.ts';
import { schema } from '../src/graphql/schema.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { authenticate, PUBLIC_READS } from '../src/server/auth.ts';
import { DEFAULT_LIMITS } from '../src/server/limits.ts';
import { useRequestStateRelease } from '../src/server/plugins/request-state.ts';
import { connectTestGraph, reseed } from './support/graph.ts';

const CLAIM = 'lavrov-us-failed-to-prove';

describe('the state a request leaves in Pothos', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Runs one query and says whether the scope cache its execution used is still the context's afterwards. */
  async function scopeCacheOutlivesTheRequest(plugins: Plugin[]) {
    let context: Context | undefined;
    let duringExecution: unknown;
    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      context: () =>
        createContext(db, DEFAULT_LIMITS, {
          viewer: authenticate(null, PUBLIC_READS),
          events: createPubSub(),
          graphChanged: async () => {},
        }),
      plugins: [
        {
          onExecute({ args }: { args: { contextValue: unknown } }) {
            // Yoga's context for execution, which holds what the factory above returned.
            context = args.contextValue as Context;
            duringExecution = RequestCache.fromContext(context, builder);
          },
        },
        ...plugins,
      ],
    });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($key: ID!) { claim(key: $key) { key speaker { name } } }',
        variables: { key: CLAIM },
      }),
    });
    const body = (await response.json()) as { data: { claim: { key: string; speaker: { name: string } } } };
    expect(body.data.claim).toEqual({ key: CLAIM, speaker: { name: expect.any(String) } });
    return RequestCache.fromContext(context!, builder) === duringExecution;
  }

  it('drops the scope cache once the answer is complete', async () => {
    expect(await scopeCacheOutlivesTheRequest([useRequestStateRelease()])).toBe(false);
  });

  it('keeps it without the plugin, until a full garbage collection', async () => {
    expect(await scopeCacheOutlivesTheRequest([])).toBe(true);
  });
});
