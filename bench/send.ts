// How the benchmark sends one query through one path: claimgraph and the peer get GraphQL, the
// raw path the query's name and parameters. Each request asks for the targets anew, so that a
// workload may vary them (the hot set draws an id per request).

import type { Send } from './load.ts';
import { PEER_QUERIES } from './peer/queries.ts';
import { BENCH_QUERIES, type BenchTargets } from './queries.ts';
import type { Served } from './servers.ts';

export function sender(path: Served, queryName: string, targets: () => BenchTargets): Send {
  const ours = BENCH_QUERIES.find((q) => q.name === queryName)!;
  const peer = PEER_QUERIES.find((q) => q.name === queryName);
  const body = (t: BenchTargets) =>
    path.name === 'raw'
      ? JSON.stringify({ name: queryName, params: ours.raw.params(t) })
      : path.name === 'peer'
        ? JSON.stringify({ query: peer!.query, variables: peer!.variables(t) })
        : JSON.stringify({ query: ours.claimgraph.query, variables: ours.claimgraph.variables(t) });
  return async () => {
    const response = await fetch(path.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(targets()),
    });
    const result = (await response.json()) as {
      errors?: { message: string }[];
      statements?: number;
      extensions?: { cypherStatements?: number };
    };
    const statements = result.extensions?.cypherStatements ?? result.statements ?? null;
    return result.errors
      ? { ok: false, statements, error: result.errors[0]?.message }
      : { ok: response.ok, statements };
  };
}
