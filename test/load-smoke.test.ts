// A short run of `npm run load` (seeded graph, 4 clients, 3 seconds), so the load test cannot rot:
// reads and authenticated writes mix without a single server-side error, and every new story the
// clients wrote is stored exactly once.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run load -- --smoke', () => {
  it('mixes reads and writes with no server-side error', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/mixed-load.ts', '--smoke'], {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 200_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(report.serverErrors).toBe(0);
    expect(report.clientErrors).toBe(0);
    expect(report.reads).toBeGreaterThan(0);
    expect(report.requests).toBeGreaterThan(0);
    // Each new story adds one claim; a story sent again adds nothing.
    expect(report.storiesSent).toBeGreaterThan(0);
    expect(report.storedStories).toBe(report.storiesSent);
    expect(report.rssEndMb).toBeGreaterThan(0);
    expect(stdout).toMatch(/latency p50 [\d.]+ ms, p99 [\d.]+ ms/);
  }, 240_000);
});
