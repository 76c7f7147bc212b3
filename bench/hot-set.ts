// The hot set: what a front page sees. Claims' pages, their disputes and actors' pages are asked
// for with ids drawn from a Zipf law over the claims and actors of the day (a few asked for far more
// often than the rest, a long tail seldom), through claimgraph with its response cache on, the same
// claimgraph with it off, and the raw Cypher floor. The "front page" row mixes the three as a
// front end's page views do; the other rows take one query each. Every path draws the same seeded
// sequence of requests.
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { measureCell, type PathResult, rotate } from './cell.ts';
import { runLoad, type Send } from './load.ts';
import type { BenchTargets } from './queries.ts';
import { fmt, ratio } from './results.ts';
import { sender } from './send.ts';
import type { Served } from './servers.ts';

export const HOT_SET_PATHS = ['cached', 'claimgraph', 'raw'] as const;
export type HotSetPath = (typeof HOT_SET_PATHS)[number];

/** A bench query, the id each of its requests draws, and its share of a workload's requests. */
interface Page {
  query: string;
  draws: 'claimId' | 'actorId';
  share: number;
}

/** A claim's page half the time; its disputes, or an actor's page, a quarter each. */
const FRONT_PAGE: Page[] = [
  { query: 'lookup', draws: 'claimId', share: 2 },
  { query: 'disputes', draws: 'claimId', share: 1 },
  { query: 'nested3', draws: 'actorId', share: 1 },
];

const WORKLOADS: { name: string; pages: Page[] }[] = [
  { name: 'front page', pages: FRONT_PAGE },
  ...FRONT_PAGE.map((page) => ({ name: page.query, pages: [{ ...page, share: 1 }] })),
];

export interface HotSet {
  /** By rank: the first is asked for most. */
  claimIds: string[];
  actorIds: string[];
  /** The Zipf exponent: the k-th ranked id is asked for in proportion to k^-exponent. */
  exponent: number;
}

export interface HotSetRow {
  /** The workload: the front page, or one query. */
  query: string;
  concurrency: number;
  rounds: number;
  paths: Partial<Record<HotSetPath, PathResult>>;
  /** Of the cached path's answered requests, the share served from the cache. */
  hitRate: number;
}

/** `size` claims and a tenth as many actors, ranked by id: an order that favours no kind of entity. */
export async function pickHotSet(db: GraphDatabase, size: number, exponent: number): Promise<HotSet> {
  const ids = async (label: 'Claim' | 'Actor', limit: number) =>
    (
      await db.query(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id LIMIT toInteger($limit)`, { limit })
    ).records.map((r) => r.get('id') as string);
  return {
    claimIds: await ids('Claim', size),
    actorIds: await ids('Actor', Math.max(1, Math.round(size / 10))),
    exponent,
  };
}

/** mulberry32: a small, fast generator, good enough to draw requests; seeded alike for every path. */
function seededRandom(seed = 20_231_020): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The index in `cumulative` (ascending) of the first entry ≥ u. */
function firstAtLeast(cumulative: Float64Array, u: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! < u) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Draws from `weights`, each index in proportion to its weight. */
function drawing(weights: number[], random: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (const [i, weight] of weights.entries()) cumulative[i] = total += weight;
  return () => firstAtLeast(cumulative, random() * total);
}

/** Ranks 0…n-1, the k-th drawn in proportion to (k+1)^-exponent. */
export const zipf = (n: number, exponent: number, random: () => number) =>
  drawing(
    Array.from({ length: n }, (_, k) => (k + 1) ** -exponent),
    random,
  );

/** A path's requests for a workload: each draws a page, then the id it asks for. */
function hotSender(path: Served, pages: Page[], hotSet: HotSet, base: BenchTargets): Send {
  const random = seededRandom();
  const page = drawing(
    pages.map((p) => p.share),
    random,
  );
  const sends = pages.map((p) => {
    const ids = p.draws === 'claimId' ? hotSet.claimIds : hotSet.actorIds;
    const rank = zipf(ids.length, hotSet.exponent, random);
    return sender(path, p.query, () => ({ ...base, [p.draws]: ids[rank()]! }));
  });
  return () => sends[page()]!();
}

/** Counts the answers served from the cache: those that ran no Cypher statement. */
function countingHits(send: Send, counts: { answered: number; hits: number }): Send {
  return async () => {
    const answer = await send();
    if (answer.ok) {
      counts.answered += 1;
      if (answer.statements === 0) counts.hits += 1;
    }
    return answer;
  };
}

export async function runHotSet(options: {
  paths: Served<HotSetPath>[];
  hotSet: HotSet;
  base: BenchTargets;
  levels: number[];
  seconds: number;
  rounds: number;
  warmSeconds: number;
  neo4jPid: number;
  log: (message: string) => void;
}): Promise<HotSetRow[]> {
  const { paths, hotSet, base, levels, log } = options;
  // A front page's cache has been filled by the time anyone measures it: every page of the hot set
  // is asked for once first, on every path (which also warms the others' plans and page cache).
  for (const path of paths) {
    for (const page of FRONT_PAGE) {
      const ids = page.draws === 'claimId' ? hotSet.claimIds : hotSet.actorIds;
      const sends = ids.map((id) => sender(path, page.query, () => ({ ...base, [page.draws]: id })));
      for (let next = 0; next < sends.length; next += 16) {
        await Promise.all(sends.slice(next, next + 16).map((send) => send()));
      }
    }
  }
  const rows: HotSetRow[] = [];
  let cell = 0;
  for (const workload of WORKLOADS) {
    // Fills the cache as a running server's would be, and warms the JITs on these ids.
    for (const path of paths) {
      await runLoad(hotSender(path, workload.pages, hotSet, base), Math.max(...levels), options.warmSeconds);
    }
    for (const concurrency of levels) {
      const counts = { answered: 0, hits: 0 };
      const sends = new Map(
        rotate(paths, cell++ % paths.length).map((path) => {
          const send = hotSender(path, workload.pages, hotSet, base);
          return [path, path.name === 'cached' ? countingHits(send, counts) : send];
        }),
      );
      const measured = await measureCell(sends, concurrency, options);
      const row: HotSetRow = {
        query: workload.name,
        concurrency,
        rounds: measured.rounds,
        paths: Object.fromEntries([...measured.results].map(([path, result]) => [path.name, result])),
        hitRate: counts.answered === 0 ? 0 : counts.hits / counts.answered,
      };
      rows.push(row);
      log(
        `hot set ${workload.name.padEnd(10)} c=${String(concurrency).padEnd(3)} ` +
          HOT_SET_PATHS.map((p) => `${p} ${row.paths[p]?.requestsPerSecond.toFixed(0) ?? '-'}/s`).join(' | ') +
          ` | hits ${(row.hitRate * 100).toFixed(1)}%`,
      );
    }
  }
  return rows;
}

/** The section's table, and its rows as the JSON report holds them. */
export function reportHotSet(hotSet: HotSet, rows: HotSetRow[]) {
  console.log(
    `Hot set: ids drawn from a Zipf law (exponent ${hotSet.exponent}) over ${hotSet.claimIds.length} claims and ` +
      `${hotSet.actorIds.length} actors, claimgraph with its response cache on ("cached") and off, and raw Cypher`,
  );
  console.log(
    'query      c   | cached rps  p50   p95   p99 p99/p50  hits | claimgraph rps  p50   p95   p99 p99/p50 | raw rps  p50   p95   p99 p99/p50 | cached/raw rps  cached/cg rps',
  );
  const json = rows.map((row) => {
    const { cached, claimgraph, raw } = row.paths;
    const figures = (p: PathResult | undefined, width: number) =>
      `${fmt(p?.requestsPerSecond, 0).padStart(width)} ${fmt(p?.p50).padStart(5)} ${fmt(p?.p95).padStart(5)} ${fmt(p?.p99).padStart(5)} ${fmt(ratio(p?.p99, p?.p50), 2).padStart(7)}`;
    const cachedVsRaw = ratio(cached?.requestsPerSecond, raw?.requestsPerSecond);
    const cachedVsClaimgraph = ratio(cached?.requestsPerSecond, claimgraph?.requestsPerSecond);
    console.log(
      [
        `${row.query.padEnd(10)} ${String(row.concurrency).padStart(2)}`,
        `${figures(cached, 10)} ${`${(row.hitRate * 100).toFixed(0)}%`.padStart(4)}`,
        figures(claimgraph, 14),
        figures(raw, 7),
        `${fmt(cachedVsRaw, 2).padStart(14)} ${fmt(cachedVsClaimgraph, 2).padStart(13)}`,
      ].join(' | '),
    );
    return {
      query: row.query,
      concurrency: row.concurrency,
      rounds: row.rounds,
      hitRate: Number(row.hitRate.toFixed(3)),
      ...Object.fromEntries(
        HOT_SET_PATHS.flatMap((p) => [
          [`${p}Rps`, row.paths[p] ? Number(row.paths[p].requestsPerSecond.toFixed(1)) : null],
          [`${p}P50`, row.paths[p] ? Number(row.paths[p].p50.toFixed(2)) : null],
          [`${p}P95`, row.paths[p] ? Number(row.paths[p].p95.toFixed(2)) : null],
          [`${p}P99`, row.paths[p] ? Number(row.paths[p].p99.toFixed(2)) : null],
          [`${p}Errors`, row.paths[p]?.errors ?? 0],
          [`${p}ServerCpuMs`, row.paths[p]?.serverCpuMs ?? null],
          [`${p}Neo4jCpuMs`, row.paths[p]?.neo4jCpuMs ?? null],
        ]),
      ),
      cachedVsRaw,
      cachedVsClaimgraph,
    };
  });
  const compared = json.filter((r) => r.cachedVsRaw !== null);
  console.log(
    `Target: cached throughput ≥ 3× raw in ${compared.filter((r) => r.cachedVsRaw! >= 3).length}/${compared.length} hot-set cells`,
  );
  return { claims: hotSet.claimIds.length, actors: hotSet.actorIds.length, exponent: hotSet.exponent, rows: json };
}
