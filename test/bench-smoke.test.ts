// A small run of `npm run bench` (the seed, half a second per cell), so the benchmark cannot rot:
// all three paths start, answer every query of the set without errors, the hot set runs with the
// cache on and off, and the report is complete.
// The same for the HTTP floor (bench/http-floor.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BENCH_QUERIES } from '../bench/queries.ts';

const run = promisify(execFile);

describe('npm run bench -- --smoke', () => {
  it('runs every query through claimgraph, @neo4j/graphql and raw Cypher', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 280_000,
    });
    const json = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      rows: ({ query: string; concurrency: number; claimgraphRps: number; peerRps: number; rawRps: number } & Record<
        string,
        number
      >)[];
      errors: number;
      unanswered: Record<string, unknown>;
      peakRssMb: Record<string, number>;
      size: { claims: number };
      hotSet: { rows: { query: string; hitRate: number; cachedRps: number; claimgraphRps: number; rawRps: number }[] };
    };
    expect(json.size.claims).toBe(25);
    expect(json.errors).toBe(0);
    expect(json.unanswered).toEqual({});
    expect(new Set(json.rows.map((r) => r.query))).toEqual(new Set(BENCH_QUERIES.map((q) => q.name)));
    expect(json.rows).toHaveLength(BENCH_QUERIES.length * 2);
    // The paths took turns in two slices per cell wherever a request is short next to a slice.
    for (const row of json.rows) expect([1, 2], `${row.query} c=${row.concurrency}`).toContain(row.rounds);
    expect(json.rows.filter((row) => row.rounds === 2).length).toBeGreaterThan(0);
    for (const row of json.rows) {
      expect(row.claimgraphRps, `${row.query} c=${row.concurrency}`).toBeGreaterThan(0);
      expect(row.peerRps).toBeGreaterThan(0);
      expect(row.rawRps).toBeGreaterThan(0);
      for (const path of ['claimgraph', 'peer', 'raw']) {
        expect(row[`${path}ServerCpuMs`], `${path} ${row.query}`).toBeGreaterThanOrEqual(0);
        expect(row[`${path}Neo4jCpuMs`], `${path} ${row.query}`).toBeGreaterThanOrEqual(0);
      }
    }
    // Every server did measurable work over the run.
    for (const path of ['claimgraph', 'peer', 'raw']) {
      expect(
        json.rows.reduce((sum, row) => sum + row[`${path}ServerCpuMs`]!, 0),
        path,
      ).toBeGreaterThan(0);
    }
    expect(Object.keys(json.peakRssMb).sort()).toEqual(['cached', 'claimgraph', 'peer', 'raw']);
    expect(stdout).toMatch(/^query +c +\| claimgraph rps/m);
    // The hot set: each workload through claimgraph with its cache on and off and raw Cypher, the
    // cached path answering from its cache.
    expect(json.hotSet.rows.map((r) => r.query)).toEqual(
      ['front page', 'lookup', 'disputes', 'nested3'].flatMap((query) => [query, query]),
    );
    for (const row of json.hotSet.rows) {
      expect(row.cachedRps * row.claimgraphRps * row.rawRps, row.query).toBeGreaterThan(0);
      expect(row.hitRate, row.query).toBeGreaterThan(0.5);
    }
    expect(stdout).toMatch(/^query +c +\| cached rps/m);
  }, 300_000);
});

describe('npm run bench:http-floor -- --smoke', () => {
  it('answers the lookup through the bare and the Yoga stack and compares them', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'bench/http-floor.ts', '--smoke', '--concurrency', '1,4'],
      {
        timeout: 120_000,
      },
    );
    type Figures = { rps: number; p50: number; p95: number; cpuMs: number };
    const json = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      rows: { concurrency: number; bare: Figures; yoga: Figures; yogaOverBare: { p95: number; cpuMs: number } }[];
    };
    expect(json.rows.map((r) => r.concurrency)).toEqual([1, 4]);
    for (const row of json.rows) {
      for (const stack of [row.bare, row.yoga]) {
        expect(stack.rps).toBeGreaterThan(0);
        expect(stack.p95).toBeGreaterThanOrEqual(stack.p50);
      }
      expect(row.yogaOverBare.p95).toBeCloseTo(row.yoga.p95 / row.bare.p95, 1);
    }
    expect(stdout).toMatch(/^ c \| bare rps/m);
  }, 150_000);
});
