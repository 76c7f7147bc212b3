// A small run of `npm run bench` (the seed, half a second per cell), so the benchmark cannot rot:
// all three paths start, answer every query of the set without errors, and the report is complete.
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
      rows: ({ query: string; concurrency: number; claimgraphRps: number; peerRps: number; rawRps: number } & Record<string, number>)[];
      errors: number;
      unanswered: Record<string, unknown>;
      peakRssMb: Record<string, number>;
      size: { claims: number };
    };
    expect(json.size.claims).toBe(25);
    expect(json.errors).toBe(0);
    expect(json.unanswered).toEqual({});
    expect(new Set(json.rows.map((r) => r.query))).toEqual(new Set(BENCH_QUERIES.map((q) => q.name)));
    expect(json.rows).toHaveLength(BENCH_QUERIES.length * 2);
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
      expect(json.rows.reduce((sum, row) => sum + row[`${path}ServerCpuMs`]!, 0), path).toBeGreaterThan(0);
    }
    expect(Object.keys(json.peakRssMb).sort()).toEqual(['claimgraph', 'peer', 'raw']);
    expect(stdout).toMatch(/^query +c +\| claimgraph rps/m);
  }, 300_000);
});
