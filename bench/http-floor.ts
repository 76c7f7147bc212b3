// `npm run bench:http-floor -- [--seconds S] [--concurrency 1,16] [--rounds N] [--smoke]`
// What the fixed HTTP and GraphQL stack costs before any database work: the bench's lookup answered
// with a fixed claim by a bare node:http endpoint (the raw path's stack) and by graphql-yoga with
// graphql-jit (claimgraph's stack), each in its own process with the flags of npm start. Rounds
// alternate the two, and each figure is the median of its rounds. Prints a table and JSON.
import { parseArgs } from 'node:util';
import { runLoad, type Send } from './load.ts';
import { BENCH_QUERIES } from './queries.ts';
import { saveResults } from './results.ts';
import { cpuMs, type Served, serve } from './servers.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,16' },
    rounds: { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
  },
});
const seconds = values.smoke ? 0.3 : Number(values.seconds);
const rounds = values.smoke ? 1 : Number(values.rounds);
const levels = values.concurrency.split(',').map(Number);
const STACKS = ['bare', 'yoga'] as const;
type Stack = (typeof STACKS)[number];

const lookup = BENCH_QUERIES.find((q) => q.name === 'lookup')!;
const CLAIM_ID = 'gen-claim-0050043';

function sender(server: Served<Stack>): Send {
  const body =
    server.name === 'bare'
      ? JSON.stringify({ name: 'lookup', params: { id: CLAIM_ID } })
      : JSON.stringify({ query: lookup.claimgraph.query, variables: { id: CLAIM_ID } });
  return async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const result = (await response.json()) as { errors?: { message: string }[] };
    return result.errors
      ? { ok: false, statements: null, error: result.errors[0]?.message }
      : { ok: response.ok, statements: null };
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const servers = [
  await serve('bare', 'bench/floor/server.ts', 4400, { FLOOR_STACK: 'bare' }),
  await serve('yoga', 'bench/floor/server.ts', 4401, { FLOOR_STACK: 'yoga' }),
];
try {
  for (const server of servers) await runLoad(sender(server), Math.max(...levels), values.smoke ? 0.3 : 3); // JIT warm-up
  const rows = [];
  for (const concurrency of levels) {
    const figures: Record<Stack, { rps: number[]; p50: number[]; p95: number[]; cpuMs: number[] }> = {
      bare: { rps: [], p50: [], p95: [], cpuMs: [] },
      yoga: { rps: [], p50: [], p95: [], cpuMs: [] },
    };
    for (let round = 0; round < rounds; round++) {
      for (const server of round % 2 ? [...servers].reverse() : servers) {
        const before = cpuMs(server.child.pid!);
        const load = await runLoad(sender(server), concurrency, seconds);
        if (load.errors) throw new Error(`${server.name} failed ${load.errors} requests: ${load.firstError}`);
        const into = figures[server.name];
        into.rps.push(load.requestsPerSecond);
        into.p50.push(load.p50);
        into.p95.push(load.p95);
        into.cpuMs.push((cpuMs(server.child.pid!) - before) / Math.max(load.requests, 1));
      }
    }
    const row = Object.fromEntries(
      STACKS.map((stack) => [
        stack,
        Object.fromEntries(Object.entries(figures[stack]).map(([key, list]) => [key, Number(median(list).toFixed(3))])),
      ]),
    ) as Record<Stack, { rps: number; p50: number; p95: number; cpuMs: number }>;
    rows.push({
      concurrency,
      ...row,
      yogaOverBare: {
        p95: Number((row.yoga.p95 / row.bare.p95).toFixed(2)),
        cpuMs: Number((row.yoga.cpuMs / row.bare.cpuMs).toFixed(2)),
      },
    });
  }
  console.log(`HTTP floor: the lookup with a fixed answer, no database; medians of ${rounds} rounds of ${seconds} s`);
  console.log(' c | bare rps   p50   p95 cpu ms | yoga rps   p50   p95 cpu ms | yoga/bare p95 cpu');
  for (const r of rows) {
    const cells = STACKS.map(
      (s) =>
        `${r[s].rps.toFixed(0).padStart(8)} ${r[s].p50.toFixed(2).padStart(5)} ${r[s].p95.toFixed(2).padStart(5)} ${r[s].cpuMs.toFixed(3).padStart(6)}`,
    );
    console.log(
      `${String(r.concurrency).padStart(2)} |${cells.join(' |')} | ${r.yogaOverBare.p95.toFixed(2).padStart(13)} ${r.yogaOverBare.cpuMs.toFixed(2)}`,
    );
  }
  saveResults(`http-floor${values.smoke ? '-smoke' : ''}.json`, { seconds, rounds, rows });
} finally {
  for (const server of servers) server.child.kill('SIGTERM');
}
