// `npm run bench:curve -- [--sizes 10k,100k,1m] [--requests 400]`
// Indexed lookups as the graph grows: for each size, loads that many generated claims into a Neo4j
// of its own (`.neo4j/curve`, emptied first) and times, one request at a time, a claim looked up by
// id with its speaker through claimgraph over HTTP and through the raw Cypher endpoint, over
// claims picked at random (so no answer is a cached one). Prints one row per size, and JSON.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { parseCount } from '../src/synthetic/claim-count.ts';
import { BENCH_QUERIES } from './queries.ts';
import { saveResults } from './results.ts';
import { serve } from './servers.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1m' },
    requests: { type: 'string', default: '400' },
  },
});
const SIZES = values.sizes.split(',').map((size) => parseCount('sizes', size));
const REQUESTS = Number(values.requests);
const lookup = BENCH_QUERIES.find((q) => q.name === 'lookup')!;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function timeEach(ids: string[], send: (id: string) => Promise<Response>): Promise<{ p50: number; p95: number }> {
  const latencies: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    const response = await send(id);
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) throw new Error(`lookup of ${id} failed: ${JSON.stringify(body).slice(0, 300)}`);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { p50: Number(percentile(latencies, 0.5).toFixed(2)), p95: Number(percentile(latencies, 0.95).toFixed(2)) };
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const neo4j = await startLocalNeo4j({ instance: 'curve', boltPort: 17761, password: null });
const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
const rows: {
  claims: number;
  loadSeconds: number;
  claimgraph: { p50: number; p95: number };
  raw: { p50: number; p95: number };
}[] = [];
try {
  for (const claims of SIZES) {
    const loadStarted = performance.now();
    const generator = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/synthetic/cli.ts', '--claims', String(claims), '--reset'],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    const code = await new Promise<number | null>((resolve) => generator.once('exit', resolve));
    if (code !== 0) throw new Error(`the generator failed with exit code ${code}`);
    const loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));

    const picked = await db.read((tx) =>
      tx.run('MATCH (c:Claim) WITH c ORDER BY rand() LIMIT toInteger($n) RETURN c.id AS id', { n: REQUESTS * 2 }),
    );
    const ids = picked.records.map((r) => r.get('id') as string);
    // Each id is asked for once, so the response cache would only add its misses: it is off.
    const claimgraph = await serve('claimgraph', 'src/main.ts', 4321, { ...env, CLAIMGRAPH_RESPONSE_CACHE: 'off' });
    const raw = await serve('raw', 'bench/raw/server.ts', 4322, env);
    try {
      const viaClaimgraph = (id: string) => post(claimgraph.url, { query: lookup.claimgraph.query, variables: { id } });
      const viaRaw = (id: string) => post(raw.url, { name: 'lookup', params: { id } });
      // Warm-up on half of the ids (JIT, plans, page cache for the index), timing on the other half.
      await timeEach(ids.slice(0, REQUESTS), viaClaimgraph);
      await timeEach(ids.slice(0, REQUESTS), viaRaw);
      const row = {
        claims,
        loadSeconds,
        claimgraph: await timeEach(ids.slice(REQUESTS), viaClaimgraph),
        raw: await timeEach(ids.slice(REQUESTS), viaRaw),
      };
      rows.push(row);
      console.error(`${claims} claims: claimgraph p50 ${row.claimgraph.p50} ms, raw p50 ${row.raw.p50} ms`);
    } finally {
      claimgraph.child.kill('SIGTERM');
      raw.child.kill('SIGTERM');
    }
  }
  console.log(`Lookup by id with speaker, ${REQUESTS} sequential requests per size over random claims`);
  console.log('claims       load s | claimgraph p50   p95 | raw p50   p95');
  for (const r of rows) {
    console.log(
      `${String(r.claims).padStart(8)} ${String(r.loadSeconds).padStart(10)} | ${String(r.claimgraph.p50).padStart(14)} ${String(r.claimgraph.p95).padStart(5)} | ${String(r.raw.p50).padStart(7)} ${String(r.raw.p95).padStart(5)}`,
    );
  }
  saveResults('lookup-curve.json', rows);
} finally {
  await db.close();
  await neo4j.stop();
}
