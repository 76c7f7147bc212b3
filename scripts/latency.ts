// `npm run latency`: p50/p95 latency of every example question on the seeded graph, over real
// HTTP, against a Neo4j instance of its own ("latency", port 17688 unless NEO4J_URI is set).
// Prints a table and JSON. Figures, not assertions: the machine is shared and noisy.
import { seedGraph } from '../src/ingest/seed.ts';
import { neo4jSettingsFromEnv } from '../src/neo4j/config.ts';
import { connectGraphDatabase } from '../src/neo4j/driver.ts';
import { createApp } from '../src/server/app.ts';
import { loadExamples } from '../src/server/examples.ts';
import { listen } from '../src/server/http.ts';

const WARMUP = 20;
const RUNS = Number(process.env.LATENCY_RUNS || 200);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

const db = await connectGraphDatabase(neo4jSettingsFromEnv(process.env, { instance: 'latency', defaultPort: 17688 }));
const server = await listen(createApp({ db, exposeStatementCount: true, graphiql: false }), {
  port: 0,
  host: '127.0.0.1',
});
try {
  await seedGraph(db, { reset: true });
  const rows = [];
  for (const example of loadExamples()) {
    const body = JSON.stringify({ query: example.query, variables: example.variables });
    const ask = async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const result = (await response.json()) as { errors?: unknown; extensions?: { cypherStatements?: number } };
      if (result.errors) throw new Error(`${example.name}: ${JSON.stringify(result.errors)}`);
      return result.extensions?.cypherStatements ?? 0;
    };
    for (let i = 0; i < WARMUP; i += 1) await ask();
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      statements = await ask();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({
      example: example.name,
      p50ms: Number(percentile(times, 0.5).toFixed(2)),
      p95ms: Number(percentile(times, 0.95).toFixed(2)),
      cypherStatements: statements,
    });
  }
  console.log(`Latency over HTTP on the seeded graph, ${RUNS} sequential runs each after ${WARMUP} warm-up runs`);
  console.log('example                          p50 ms   p95 ms  statements');
  for (const r of rows) {
    console.log(
      `${r.example.padEnd(32)} ${String(r.p50ms).padStart(7)} ${String(r.p95ms).padStart(8)} ${String(r.cypherStatements).padStart(11)}`,
    );
  }
  console.log(JSON.stringify(rows));
} finally {
  await server.close();
  await db.close();
}
