// A closed-loop load generator over loopback: `concurrency` workers each send the next request as
// soon as the last one is answered, for a bounded time. Latencies in milliseconds.

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Cypher statements the server reported for the last answered request, if it reports them. */
  statements: number | null;
  firstError: string | null;
}

export type Send = () => Promise<{ ok: boolean; statements: number | null; error?: string }>;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** What one bounded stretch of load observed; several stretches of one path add up (summarize). */
export interface LoadSample {
  /** Of the answered requests, in milliseconds, unsorted. */
  latencies: number[];
  errors: number;
  seconds: number;
  statements: number | null;
  firstError: string | null;
}

export async function sampleLoad(send: Send, concurrency: number, seconds: number): Promise<LoadSample> {
  const sample: LoadSample = { latencies: [], errors: 0, seconds: 0, statements: null, firstError: null };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const answer = await send();
        // Throughput and latency count answered requests only: a timed-out one served nothing.
        if (!answer.ok) {
          sample.errors += 1;
          sample.firstError ??= answer.error ?? 'error';
        } else {
          sample.latencies.push(performance.now() - sent);
          sample.statements = answer.statements;
        }
      } catch (error) {
        sample.errors += 1;
        sample.firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  sample.seconds = (performance.now() - started) / 1000;
  return sample;
}

/** The figures of one or more stretches of load, pooled: their requests over their summed time. */
export function summarize(samples: LoadSample[]): LoadResult {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  return {
    requests: latencies.length,
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    statements: samples.findLast((sample) => sample.statements !== null)?.statements ?? null,
    firstError: samples.find((sample) => sample.firstError !== null)?.firstError ?? null,
  };
}

export async function runLoad(send: Send, concurrency: number, seconds: number): Promise<LoadResult> {
  return summarize([await sampleLoad(send, concurrency, seconds)]);
}
