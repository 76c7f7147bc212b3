// Serves the real API over real HTTP against the suite's Neo4j, on a free loopback port.
import { afterAll, beforeAll } from 'vitest';
import type { GraphDatabase } from '../../src/neo4j/driver.ts';
import { type AppOptions, createApp } from '../../src/server/app.ts';
import { listen, type RunningServer } from '../../src/server/http.ts';
import { DEFAULT_LIMITS, type RequestLimits } from '../../src/server/limits.ts';
import { connectTestGraph, reseed } from './graph.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { cypherStatements?: number };
}

export interface TestServer extends RunningServer {
  /** Posts a request, with `Authorization: Bearer <key>` when a key is given. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GraphQLResponse<T>>;
}

export async function startTestServer(
  db: GraphDatabase,
  limits?: RequestLimits,
  options: Pick<AppOptions, 'access' | 'pubSub' | 'persistedQueries' | 'responseCache' | 'attributionFinder'> = {},
): Promise<TestServer> {
  const running = await listen(createApp({ db, limits, ...options, exposeStatementCount: true, graphiql: false }), {
    port: 0,
    host: '127.0.0.1',
    drainMs: 1_000,
    admission: limits ?? DEFAULT_LIMITS,
  });
  return {
    ...running,
    async query(query, variables = {}, key) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}

/**
 * For a test file that needs the seeded graph behind a live server: registers the hooks that set
 * both up and tear them down, and returns an object whose `db` and `server` are set by then.
 */
export function useSeededServer(
  options: Pick<AppOptions, 'access' | 'pubSub' | 'persistedQueries' | 'responseCache'> = {},
): {
  readonly db: GraphDatabase;
  readonly server: TestServer;
} {
  const state = {} as { db: GraphDatabase; server: TestServer };
  beforeAll(async () => {
    state.db = connectTestGraph();
    await reseed(state.db);
    state.server = await startTestServer(state.db, undefined, options);
  });
  afterAll(async () => {
    await state.server?.close();
    await state.db?.close();
  });
  return state;
}
