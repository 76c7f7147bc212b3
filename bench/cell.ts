// One cell of a benchmark: paths measured side by side at one concurrency. Each path first runs
// briefly on its own (its figures unused), then the paths take turns in short slices, so that a
// drift of the shared machine or a path still warming up weighs on all of them alike; each path's
// figures pool its slices. A slice needs several requests of each path: where a request takes
// longer than a quarter of one, each path runs once for the whole time.
import { type LoadResult, type LoadSample, runLoad, type Send, sampleLoad, summarize } from './load.ts';
import { cpuMs, type Served } from './servers.ts';

/**
 * A path's figures in one cell, pooled over the slices it ran in, with the CPU time per answered
 * request of its server and of Neo4j.
 */
export type PathResult = LoadResult & { serverCpuMs: number; neo4jCpuMs: number };

/** The list started at index `start`, wrapping around. */
export const rotate = <T>(list: readonly T[], start: number): T[] => [...list.slice(start), ...list.slice(0, start)];

export async function measureCell<Path extends Served>(
  sends: Map<Path, Send>,
  concurrency: number,
  options: { seconds: number; rounds: number; neo4jPid: number },
): Promise<{ rounds: number; results: Map<Path, PathResult> }> {
  const { seconds, neo4jPid } = options;
  const paths = [...sends.keys()];
  let slowestP50 = 0;
  for (const path of paths) {
    const warm = await runLoad(sends.get(path)!, concurrency, Math.min(2, seconds / 2));
    slowestP50 = Math.max(slowestP50, warm.p50);
  }
  const rounds = slowestP50 * 4 > (seconds / options.rounds) * 1000 ? 1 : options.rounds;
  const samples = new Map<Path, LoadSample[]>(paths.map((path) => [path, []]));
  const cpu = new Map(paths.map((path) => [path, { server: 0, neo4j: 0 }]));
  for (let round = 0; round < rounds; round++) {
    for (const path of rotate(paths, round % paths.length)) {
      const before = { server: cpuMs(path.child.pid!), neo4j: cpuMs(neo4jPid) };
      samples.get(path)!.push(await sampleLoad(sends.get(path)!, concurrency, seconds / rounds));
      cpu.get(path)!.server += cpuMs(path.child.pid!) - before.server;
      cpu.get(path)!.neo4j += cpuMs(neo4jPid) - before.neo4j;
    }
  }
  const results = new Map<Path, PathResult>();
  for (const path of paths) {
    const load = summarize(samples.get(path)!);
    const perRequest = (ms: number) => Number((ms / Math.max(load.requests, 1)).toFixed(3));
    results.set(path, {
      ...load,
      serverCpuMs: perRequest(cpu.get(path)!.server),
      neo4jCpuMs: perRequest(cpu.get(path)!.neo4j),
    });
  }
  return { rounds, results };
}
