// Serves the real API over real HTTP against the suite's Neo4j, on a free loopback port.
import { createApp } from '../../src/server/app.ts';
import { listen, type RunningServer } from '../../src/server/http.ts';
import type { GraphDatabase } from '../../src/neo4j/driver.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { cypherStatements?: number };
}

export interface TestServer extends RunningServer {
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export async function startTestServer(db: GraphDatabase): Promise<TestServer> {
  const running = await listen(createApp({ db, exposeStatementCount: true, graphiql: false }), {
    port: 0,
    host: '127.0.0.1',
    drainMs: 1_000,
  });
  return {
    ...running,
    async query(query, variables = {}) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
