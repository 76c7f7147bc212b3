// `npm run bench:gc -- [--seconds S] [--concurrency C] [--rounds N] [--claimgraph-flags FLAGS]`
// How much of what each server allocates outlives V8's young-generation collections (scavenges),
// under the bench's lookup at c=1 (or C): claimgraph (its response cache off), raw Cypher, and the HTTP and
// GraphQL floor (graphql-yoga with graphql-jit, no database). A request's objects should die young;
// whatever a scavenge finds still reachable it copies, and after two it promotes to the old
// generation, so the scavenge's pause grows with what survives and every request in flight waits
// it out. Each server runs with the flags of npm start and --trace-gc-nvp; the figures are summed
// over the scavenges of the measured stretch. --claimgraph-flags adds a path: claimgraph again with
// these Node flags after npm start's (`--allocation-site-pretenuring` measures it as it ran before
// npm start turned pretenuring off). Rounds alternate the paths. Reads the bench's Neo4j (its data
// from npm run bench).
import { parseArgs } from 'node:util';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { runLoad } from './load.ts';
import type { BenchTargets } from './queries.ts';
import { fmt, saveResults } from './results.ts';
import { sender } from './send.ts';
import { serve } from './servers.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '1' },
    'claimgraph-flags': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const claimgraphFlags = values['claimgraph-flags']?.split(/\s+/).filter(Boolean) ?? [];

/** The sum of one figure (`name=value` in --trace-gc-nvp's lines) over the scavenges logged in `log`. */
function scavenges(log: string) {
  const lines = log.split('\n').filter((line) => line.includes(' gc=s '));
  const figures = (name: string) => lines.map((line) => Number(new RegExp(` ${name}=([\\d.]+)`).exec(line)?.[1] ?? 0));
  const sum = (name: string) => figures(name).reduce((a, b) => a + b, 0);
  return {
    count: lines.length,
    pauseMs: sum('pause'),
    longestPauseMs: Math.max(0, ...figures('pause')),
    allocatedMb: sum('allocated') / 2 ** 20,
    survivedMb: sum('new_space_survived') / 2 ** 20,
  };
}

const neo4j = await startLocalNeo4j({ instance: 'bench', boltPort: 17731, password: null, plugins: ['apoc'] });
const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
try {
  const claimId = await db.read(
    async (tx) => (await tx.run('MATCH (c:Claim) RETURN c.id LIMIT 1')).records[0]?.get(0) as string | undefined,
  );
  if (!claimId) throw new Error('the bench database holds no claims: run npm run bench first');
  const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  const claimgraph = { ...env, CLAIMGRAPH_RESPONSE_CACHE: 'off' };
  const paths: { label: string; name: string; entry: string; env: Record<string, string>; flags: string[] }[] = [
    { label: 'claimgraph', name: 'claimgraph', entry: 'src/main.ts', env: claimgraph, flags: [] },
    ...(claimgraphFlags.length > 0
      ? [
          {
            label: `claimgraph ${claimgraphFlags.join(' ')}`,
            name: 'claimgraph',
            entry: 'src/main.ts',
            env: claimgraph,
            flags: claimgraphFlags,
          },
        ]
      : []),
    { label: 'raw', name: 'raw', entry: 'bench/raw/server.ts', env, flags: [] },
    { label: 'floor', name: 'floor', entry: 'bench/floor/server.ts', env: { FLOOR_STACK: 'yoga' }, flags: [] },
  ];
  console.log(
    `lookup at c=${concurrency} for ${seconds} s after ${seconds / 2} s of warm-up; scavenges of the measured stretch`,
  );
  const width = Math.max(...paths.map((p) => p.label.length));
  const rows: unknown[] = [];
  console.log(
    `${'path'.padEnd(width)}   rps   p50 ms  p99 ms | scavenges  pause ms (longest)  allocated MB  survived MB  survived`,
  );
  for (let round = 1; round <= rounds; round++) {
    for (const { label, name, entry, env: pathEnv, flags } of paths) {
      const path = await serve(name, entry, 4350, pathEnv, ['--trace-gc-nvp', ...flags]);
      try {
        // The floor answers claimgraph's lookup document, which the sender sends to any path but raw and the peer.
        const send = sender(path, 'lookup', () => ({ claimId }) as BenchTargets);
        await runLoad(send, concurrency, seconds / 2);
        const mark = path.output().length;
        const load = await runLoad(send, concurrency, seconds);
        const gc = scavenges(path.output().slice(mark));
        rows.push({ path: label, round, ...load, scavenges: gc });
        console.log(
          `${label.padEnd(width)} ${fmt(load.requestsPerSecond, 0).padStart(5)} ${fmt(load.p50, 2).padStart(8)} ${fmt(load.p99, 2).padStart(7)} |` +
            ` ${String(gc.count).padStart(9)} ${fmt(gc.pauseMs, 0).padStart(9)} (${fmt(gc.longestPauseMs, 1)})` +
            ` ${fmt(gc.allocatedMb, 0).padStart(13)} ${fmt(gc.survivedMb, 1).padStart(12)} ${fmt((100 * gc.survivedMb) / gc.allocatedMb, 1).padStart(8)}%` +
            (load.errors > 0 ? `  errors ${load.errors}: ${load.firstError}` : ''),
        );
      } finally {
        path.child.kill('SIGTERM');
      }
    }
  }
  saveResults('gc-survival.json', { seconds, concurrency, rounds, claimgraphFlags, rows });
} finally {
  await db.close();
  await neo4j.stop();
}
