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

export async function runLoad(send: Send, concurrency: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let statements: number | null = null;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const answer = await send();
        // Throughput and latency count answered requests only: a timed-out one served nothing.
        if (!answer.ok) {
          errors += 1;
          firstError ??= answer.error ?? 'error';
        } else {
          latencies.push(performance.now() - sent);
          statements = answer.statements;
        }
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    statements,
    firstError,
  };
}
