// `npm run bench -- [--claims N] [--seconds S] [--concurrency 1,16,64] [--rounds R] [--warmup W] [--smoke]
//   [--sections main,hot-set] [--hot-set 1000] [--zipf 1]`
// Runs the query set of bench/queries.ts through three servers against one Neo4j holding the same
// data: claimgraph (GraphQL over HTTP), @neo4j/graphql 7 served by graphql-yoga (the peer), and
// the best hand-written Cypher behind a bare HTTP endpoint (the floor); claimgraph's response cache
// is off, as every request repeats one query. Then the hot set (bench/hot-set.ts): a front page's
// requests, through claimgraph with its cache on and off and raw Cypher. Prints tables and JSON.
// Figures come from this run only; the ratios compare paths measured side by side in it.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { seedGraph } from '../src/ingest/seed.ts';
import { createDriver, type GraphDatabase, graphDatabase } from '../src/neo4j/driver.ts';
import { ensureGraphSchema } from '../src/neo4j/graph-schema.ts';
import { startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { parseCount } from '../src/synthetic/claim-count.ts';
import { measureCell, type PathResult, rotate } from './cell.ts';
import {
  HOT_SET_PATHS,
  type HotSet,
  type HotSetPath,
  type HotSetRow,
  pickHotSet,
  reportHotSet,
  runHotSet,
} from './hot-set.ts';
import { runLoad } from './load.ts';
import { BENCH_QUERIES, type BenchTargets } from './queries.ts';
import { fmt, ratio, saveResults } from './results.ts';
import { sender } from './send.ts';
import { peakRssMb, type Served, serve } from './servers.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1,16,64' },
    rounds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '15' },
    smoke: { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
    sections: { type: 'string', default: 'main,hot-set' },
    'hot-set': { type: 'string', default: '1000' },
    zipf: { type: 'string', default: '1' },
  },
});

const smoke = values.smoke;
const claims = smoke ? 0 : parseCount('claims', values.claims);
const seconds = smoke ? 0.5 : Number(values.seconds);
const levels = (smoke ? '1,4' : values.concurrency).split(',').map(Number);
const warmSeconds = smoke ? 0.5 : Number(values.warmup);
const rounds = smoke ? 2 : parseCount('rounds', values.rounds);
const sections = new Set(values.sections.split(','));
for (const section of sections) {
  if (section !== 'main' && section !== 'hot-set')
    throw new Error(`--sections: no section "${section}"; main, hot-set`);
}
const PATHS = ['claimgraph', 'peer', 'raw'] as const;
type PathName = (typeof PATHS)[number];

const log = (message: string) => console.error(message);

async function count(db: GraphDatabase, cypher: string): Promise<number> {
  return db.read(async (tx) => (await tx.run(cypher)).records[0]!.get(0) as number);
}

/** Loads the data: the seed for a smoke run, else N generated claims (skipped when already there). */
async function prepareData(db: GraphDatabase, uri: string, password: string): Promise<void> {
  await ensureGraphSchema(db);
  if (smoke) {
    await seedGraph(db, { reset: true });
    return;
  }
  const present = await count(db, 'MATCH (c:Claim) RETURN count(c)');
  if (present === claims && !values.regenerate) {
    log(`The bench database already holds ${claims} claims.`);
    return;
  }
  log(`Generating ${claims} claims (npm run generate)...`);
  const generator = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/synthetic/cli.ts', '--claims', String(claims), '--reset'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const code = await new Promise<number | null>((resolve) => generator.once('exit', (exitCode) => resolve(exitCode)));
  if (code !== 0) throw new Error(`the generator failed with exit code ${code}`);
}

/** Inputs for the queries, picked from the data so that each query has real work to do. */
async function pickTargets(db: GraphDatabase): Promise<BenchTargets> {
  return db.read(async (tx) => {
    const one = async (cypher: string) => (await tx.run(cypher)).records[0]?.get(0) as string;
    const actorId = await one('MATCH (a:Actor) RETURN a.id ORDER BY COUNT { (a)<-[:ABOUT]-() } DESC, a.id LIMIT 1');
    const claimId = await one(
      'MATCH (c:Claim) WHERE EXISTS { (c)<-[:DISPUTES]-() } RETURN c.id ORDER BY COUNT { (c)<-[:DISPUTES]-() } DESC, c.id LIMIT 1',
    );
    const paraphrase = (await tx.run('MATCH (c:Claim {id: $id}) RETURN c.paraphrase', { id: claimId })).records[0]!.get(
      0,
    ) as string;
    const searchText = smoke ? 'containers' : (paraphrase.match(/[A-Za-z]{7,}/g) ?? ['claims'])[0]!;
    const year = Number(
      (await one('MATCH (c:Claim) WHERE c.statedOn IS NOT NULL RETURN toString(min(c.statedOn))')).slice(0, 4),
    );
    const from = `${smoke ? year : year + 1}-01-01`;
    return {
      actorId,
      claimId,
      searchText,
      kinds: ['ACCUSATION', 'DENIAL', 'ASSESSMENT'],
      from,
      to: `${Number(from.slice(0, 4))}-12-31`,
    };
  });
}

async function main(): Promise<void> {
  const neo4j = await startLocalNeo4j({
    instance: smoke ? 'bench-smoke' : 'bench',
    boltPort: smoke ? 17733 : 17731,
    password: null,
    plugins: ['apoc'],
  });
  const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
  const servers: Served<PathName>[] = [];
  // claimgraph with its response cache on, for the hot set.
  let cached: Served<'cached'> | null = null;
  const unanswered: Unanswered = {};
  try {
    await prepareData(db, neo4j.uri, neo4j.password);
    const size = {
      claims: await count(db, 'MATCH (c:Claim) RETURN count(c)'),
      nodes: await count(db, 'MATCH (n) RETURN count(n)'),
      relationships: await count(db, 'MATCH ()-[r]->() RETURN count(r)'),
    };
    const targets = await pickTargets(db);
    log(`Data: ${JSON.stringify(size)}; targets: ${JSON.stringify(targets)}`);

    const env = {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: 'neo4j',
    };
    // Neither the peer nor raw Cypher bounds a transaction's time or a request's wait; claimgraph's
    // guard against hostile queries (10 s) and its early refusals under overload (a request that
    // would wait over 5 s) would turn the slow answers of overloaded cells into failures, so the
    // bench lifts both to the same no-limit conditions. Requests still wait their turn in line.
    const claimgraphEnv = {
      ...env,
      CLAIMGRAPH_STATEMENT_COUNT: '1',
      CLAIMGRAPH_TRANSACTION_TIMEOUT_MS: '600000',
      CLAIMGRAPH_MAX_QUEUE_WAIT_MS: '600000',
    };
    servers.push(
      await serve('claimgraph', 'src/main.ts', 4300, { ...claimgraphEnv, CLAIMGRAPH_RESPONSE_CACHE: 'off' }),
    );
    if (sections.has('main')) servers.push(await serve('peer', 'bench/peer/server.ts', 4301, env));
    servers.push(await serve('raw', 'bench/raw/server.ts', 4302, env));
    const mainQueries = sections.has('main') ? BENCH_QUERIES : [];

    const results: CellResult[] = [];
    // A path that cannot answer a query (the peer runs out of transaction memory on the heaviest
    // nesting at a million claims) is reported as such and left out of that query's cells.
    for (const query of mainQueries) {
      for (const path of servers) {
        const logged = path.output().length;
        const check = await sender(path, query.name, () => targets)();
        if (check.ok) continue;
        const cause = /Neo4jError: ([^\n]+)/.exec(path.output().slice(logged))?.[1];
        unanswered[query.name] = { ...unanswered[query.name], [path.name]: cause ?? check.error ?? 'no answer' };
        log(`${path.name} cannot answer ${query.name}: ${check.error}${cause ? ` (${cause})` : ''}`);
      }
    }
    const answering = (queryName: string) => servers.filter((path) => !unanswered[queryName]?.[path.name]);
    // Neo4j's JIT takes tens of seconds of load to warm up, and so does V8's for a server: a fresh
    // claimgraph server spent 0.97 ms CPU a lookup at c=1 after 5,600 requests, 0.63 after 18,000
    // and 0.55 after 116,000. Every query runs through every path before any figure is taken, in
    // reverse order, so that the first cell follows the warm-up of its own query rather than the
    // heaviest query's, whose requests take half a minute at c=64 on a million claims.
    if (mainQueries.length > 0) log(`Warming up: every query through every path for ${warmSeconds} s...`);
    for (const query of [...mainQueries].reverse()) {
      for (const path of answering(query.name))
        await runLoad(
          sender(path, query.name, () => targets),
          Math.max(...levels),
          warmSeconds,
        );
    }
    let cell = 0;
    for (const query of mainQueries) {
      for (const concurrency of levels) {
        // Each cell starts with another path, so none is always measured first.
        const turn = cell++ % servers.length;
        const cellPaths = rotate(servers, turn).filter((p) => answering(query.name).includes(p));
        const sends = new Map(cellPaths.map((path) => [path, sender(path, query.name, () => targets)]));
        const measured = await measureCell(sends, concurrency, { seconds, rounds, neo4jPid: neo4j.pid });
        const paths: Partial<Record<PathName, PathResult>> = {};
        for (const [path, result] of measured.results) paths[path.name] = result;
        results.push({ query: query.name, concurrency, rounds: measured.rounds, paths });
        const r = paths;
        log(
          `${query.name.padEnd(9)} c=${String(concurrency).padEnd(3)} ${measured.rounds} round(s) ` +
            PATHS.map((p) =>
              r[p] ? `${p} ${fmt(r[p].requestsPerSecond, 0)}/s p95 ${fmt(r[p].p95)}ms` : `${p} cannot answer`,
            ).join(' | '),
        );
      }
    }
    let hotSet: { picked: HotSet; rows: HotSetRow[] } | null = null;
    if (sections.has('hot-set')) {
      // The same claimgraph with its response cache on, as `npm start` runs it.
      cached = await serve('cached', 'src/main.ts', 4303, claimgraphEnv);
      const picked = await pickHotSet(db, parseCount('hot-set', values['hot-set']), Number(values.zipf));
      const running = [cached, ...servers] as Served<string>[];
      const paths = HOT_SET_PATHS.map((name) => running.find((server) => server.name === name) as Served<HotSetPath>);
      const hotSetOptions = { seconds, rounds, warmSeconds, neo4jPid: neo4j.pid, log };
      hotSet = { picked, rows: await runHotSet({ ...hotSetOptions, paths, hotSet: picked, base: targets, levels }) };
    }
    const rss = Object.fromEntries(
      [...servers, ...(cached ? [cached] : [])].map((s) => [s.name, Number(peakRssMb(s.child).toFixed(0))]),
    );
    report(size, targets, results, rss, unanswered, hotSet);
  } finally {
    for (const server of [...servers, ...(cached ? [cached] : [])]) server.child.kill('SIGTERM');
    await db.close();
    await neo4j.stop();
  }
}

interface CellResult {
  query: string;
  concurrency: number;
  /** The slices each path ran in, taking turns with the others. */
  rounds: number;
  paths: Partial<Record<PathName, PathResult>>;
}

/** Per query, the paths that could not answer it and why. */
type Unanswered = Record<string, Partial<Record<PathName, string>>>;

/** A path's figures in a row of the report, named like claimgraphP95. */
type PathFigures = Record<
  `${PathName}${'Rps' | 'P50' | 'P95' | 'P99' | 'Statements' | 'ServerCpuMs' | 'Neo4jCpuMs'}`,
  number | null
> &
  Record<`${PathName}Errors`, number>;

function report(
  size: Record<string, number>,
  targets: BenchTargets,
  results: CellResult[],
  rss: Record<string, number>,
  unanswered: Unanswered,
  hotSet: { picked: HotSet; rows: HotSetRow[] } | null,
): void {
  const rows = results.map(({ query, concurrency, rounds: cellRounds, paths }) => ({
    query,
    concurrency,
    rounds: cellRounds,
    ...(Object.fromEntries(
      PATHS.flatMap((p) => [
        [`${p}Rps`, paths[p] ? Number(paths[p].requestsPerSecond.toFixed(1)) : null],
        [`${p}P50`, paths[p] ? Number(paths[p].p50.toFixed(2)) : null],
        [`${p}P95`, paths[p] ? Number(paths[p].p95.toFixed(2)) : null],
        [`${p}P99`, paths[p] ? Number(paths[p].p99.toFixed(2)) : null],
        [`${p}Statements`, paths[p]?.statements ?? null],
        [`${p}Errors`, paths[p]?.errors ?? 0],
        [`${p}ServerCpuMs`, paths[p]?.serverCpuMs ?? null],
        [`${p}Neo4jCpuMs`, paths[p]?.neo4jCpuMs ?? null],
      ]),
    ) as PathFigures),
    throughputVsPeer: ratio(paths.claimgraph?.requestsPerSecond, paths.peer?.requestsPerSecond),
    p95VsRaw: ratio(paths.claimgraph?.p95, paths.raw?.p95),
    // How unevenly a path's requests wait: its p99 over its p50.
    claimgraphTail: ratio(paths.claimgraph?.p99, paths.claimgraph?.p50),
    peerTail: ratio(paths.peer?.p99, paths.peer?.p50),
    rawTail: ratio(paths.raw?.p99, paths.raw?.p50),
    tailVsRaw: ratio(ratio(paths.claimgraph?.p99, paths.claimgraph?.p50), ratio(paths.raw?.p99, paths.raw?.p50)),
  }));
  const header =
    'query      c   | claimgraph rps  p50   p95   p99 st | peer rps  p50   p95   p99 | raw rps  p50   p95   p99 | cg/peer rps  cg/raw p95 | p99/p50 cg  peer   raw  cg/raw';
  const lines = rows.map((r) =>
    [
      `${r.query.padEnd(10)} ${String(r.concurrency).padStart(2)}`,
      `${fmt(r.claimgraphRps, 0).padStart(14)} ${fmt(r.claimgraphP50).padStart(5)} ${fmt(r.claimgraphP95).padStart(5)} ${fmt(r.claimgraphP99).padStart(5)} ${String(r.claimgraphStatements ?? '-').padStart(2)}`,
      `${fmt(r.peerRps, 0).padStart(8)} ${fmt(r.peerP50).padStart(5)} ${fmt(r.peerP95).padStart(5)} ${fmt(r.peerP99).padStart(5)}`,
      `${fmt(r.rawRps, 0).padStart(7)} ${fmt(r.rawP50).padStart(5)} ${fmt(r.rawP95).padStart(5)} ${fmt(r.rawP99).padStart(5)}`,
      `${fmt(r.throughputVsPeer, 2).padStart(11)} ${fmt(r.p95VsRaw, 2).padStart(10)}`,
      `${fmt(r.claimgraphTail, 2).padStart(10)} ${fmt(r.peerTail, 2).padStart(5)} ${fmt(r.rawTail, 2).padStart(5)} ${fmt(r.tailVsRaw, 2).padStart(7)}`,
    ].join(' | '),
  );
  const errors = rows.reduce((sum, r) => sum + r.claimgraphErrors + r.peerErrors + r.rawErrors, 0);
  console.log(
    `Benchmark: ${size.claims} claims (${size.nodes} nodes, ${size.relationships} relationships), ${seconds} s per path ` +
      `and cell, taken in ${rounds} alternated slices where a request is short enough (the JSON's rounds)`,
  );
  console.log(header);
  for (const line of lines) console.log(line);
  console.log(
    "CPU ms per answered request, of the path's server process and of Neo4j (which the paths share, one at a time):",
  );
  console.log('query      c   | claimgraph server neo4j | peer server neo4j | raw server neo4j');
  for (const r of rows) {
    console.log(
      [
        `${r.query.padEnd(10)} ${String(r.concurrency).padStart(2)}`,
        // Under the header's "<path> server neo4j".
        ...PATHS.map(
          (p) =>
            `${fmt(r[`${p}ServerCpuMs`], 2).padStart(`${p} server`.length)} ${fmt(r[`${p}Neo4jCpuMs`], 2).padStart(5)}`,
        ),
      ].join(' | '),
    );
  }
  console.log(`Peak RSS (MB): ${JSON.stringify(rss)}; errors: ${errors}`);
  for (const [query, paths] of Object.entries(unanswered)) {
    for (const [path, why] of Object.entries(paths)) console.log(`${path} cannot answer ${query}: ${why}`);
  }
  // A cell where either compared path failed requests (a timeout under overload) is no comparison.
  const failed = (r: (typeof rows)[number], path: PathName) => r[`${path}Errors`] !== 0;
  const compared = (key: 'throughputVsPeer' | 'p95VsRaw' | 'tailVsRaw') =>
    rows.filter(
      (r) => r[key] !== null && !failed(r, 'claimgraph') && !failed(r, key === 'throughputVsPeer' ? 'peer' : 'raw'),
    );
  for (const { query, concurrency, paths } of results) {
    for (const path of PATHS) {
      const result = paths[path];
      if (result?.errors)
        console.log(`${path} failed ${result.errors} requests of ${query} c=${concurrency}: ${result.firstError}`);
    }
  }
  console.log(
    `Targets: throughput ≥ 1.5× peer in ${compared('throughputVsPeer').filter((r) => r.throughputVsPeer! >= 1.5).length}/` +
      `${compared('throughputVsPeer').length} cells both answer without errors; ` +
      `p95 ≤ 1.25× raw in ${compared('p95VsRaw').filter((r) => r.p95VsRaw! <= 1.25).length}/${compared('p95VsRaw').length} such cells; ` +
      `p99/p50 ≤ raw's × 1.25 in ${compared('tailVsRaw').filter((r) => r.tailVsRaw! <= 1.25).length}/${compared('tailVsRaw').length}`,
  );
  const hotSetReport = hotSet && reportHotSet(hotSet.picked, hotSet.rows);
  const json = {
    size,
    targets,
    seconds,
    rounds,
    concurrency: levels,
    rows,
    peakRssMb: rss,
    errors,
    unanswered,
    hotSet: hotSetReport,
  };
  saveResults(`results-${smoke ? 'smoke' : size.claims}.json`, json);
}

await main();
