// `npm run load -- [--clients N] [--seconds T] [--write-share P] | --smoke`
// A bounded loopback load test of the real server: N clients mix reads (the example questions of
// schema/examples) and authenticated writes (a new article with a claim and its evidence, or the
// same story sent again, which must change nothing) for T seconds against a freshly seeded graph.
// Reports throughput, errors that are not the client's fault (target 0), latency, and the server's
// memory at the start and end (target: flat). Exits 1 when any such error occurred.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { seedGraph } from '../src/ingest/seed.ts';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { loadExamples } from '../src/server/examples.ts';
import { runLoad, type Send } from './load.ts';
import { saveResults } from './results.ts';
import { peakRssMb, rssMb, serve } from './servers.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '30' },
    'write-share': { type: 'string', default: '0.2' },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const clients = smoke ? 4 : Number(values.clients);
const seconds = smoke ? 3 : Number(values.seconds);
const writeShare = Number(values['write-share']);

const WRITE = /* GraphQL */ `
  mutation Story($input: GraphInput!) {
    upsertGraph(input: $input) { claims { created claim { key speaker { key } } } }
  }
`;

/** Story n: a new article reporting one new claim of Lavrov's, with its evidence. */
function story(n: number) {
  const sentence = `Lavrov said on Tuesday that the talks in round ${n} had been productive.`;
  const body = `MOSCOW (AP) — ${sentence} He gave no further details.`;
  return {
    articles: [
      {
        id: `load-article-${n}`,
        title: `Lavrov on talks, round ${n}`,
        publishedAt: '2024-03-05T12:00:00',
        datelineText: 'MOSCOW',
        body,
        sourceFile: `load-test/${n}`,
        outlet: 'associated-press',
      },
    ],
    claims: [
      {
        id: `load-claim-${n}`,
        kind: 'ASSERTION',
        speaker: 'sergey-lavrov',
        paraphrase: `The talks in round ${n} were productive.`,
        cue: 'said',
        stated: { on: '2024-03-05', text: 'on Tuesday' },
        about: [{ actor: 'north-korea', role: 'SUBJECT' }],
        evidence: [{ article: `load-article-${n}`, text: sentence }],
      },
    ],
  };
}

interface Tally {
  reads: number;
  writes: number;
  rewrites: number;
  /** Answers that are the server's fault: a 5xx, a transport failure, or a GraphQL error without a client code. */
  serverErrors: number;
  clientErrors: number;
  firstServerError: string | null;
}

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COSTLY']);

function mixedSender(url: string, apiKey: string, tally: Tally) {
  const examples = loadExamples();
  let stories = 0;
  const request = async (writing: boolean, example = examples[Math.floor(Math.random() * examples.length)]!) => {
    // A quarter of the writes send an earlier story again: an idempotent upsert that must succeed.
    const rewrite = writing && stories > 0 && Math.random() < 0.25;
    let body: string;
    if (writing) {
      const n = rewrite ? Math.floor(Math.random() * stories) : stories++;
      body = JSON.stringify({ query: WRITE, variables: { input: story(n) } });
      if (rewrite) tally.rewrites++;
      else tally.writes++;
    } else {
      body = JSON.stringify({ query: example.query, variables: example.variables });
      tally.reads++;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (writing) headers.authorization = `Bearer ${apiKey}`;
    const response = await fetch(url, { method: 'POST', headers, body });
    const result = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const error = result.errors?.[0];
    if (response.status >= 500 || (error && !CLIENT_CODES.has(String(error.extensions?.code)))) {
      tally.serverErrors++;
      tally.firstServerError ??= `${response.status} ${error?.message ?? ''}`;
      return { ok: false, statements: null, error: error?.message ?? String(response.status) };
    }
    if (error) tally.clientErrors++;
    return { ok: !error, statements: null, error: error?.message };
  };
  const send: Send = () => request(Math.random() < writeShare);
  const warmUp = async () => {
    for (const example of examples) await request(false, example);
    await request(true);
  };
  return { send, warmUp, storiesSent: () => stories };
}

async function main(): Promise<number> {
  const neo4j = await startLocalNeo4j({
    instance: smoke ? 'load-smoke' : 'load',
    boltPort: smoke ? 17743 : 17741,
    password: null,
  });
  const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
  const apiKey = randomBytes(24).toString('hex');
  let server: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    await seedGraph(db, { reset: true });
    server = await serve('claimgraph', 'src/main.ts', smoke ? 4312 : 4311, {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      CLAIMGRAPH_API_KEYS: `load-test:${apiKey}`,
    });
    const fresh = (): Tally => ({
      reads: 0,
      writes: 0,
      rewrites: 0,
      serverErrors: 0,
      clientErrors: 0,
      firstServerError: null,
    });
    const tally = fresh();
    const { send, warmUp, storiesSent } = mixedSender(server.url, apiKey, tally);
    // Warm-up, not measured: every example and a write once (Cypher planning, JIT), then a short
    // mixed run.
    await warmUp();
    await runLoad(send, clients, Math.min(5, seconds / 3));
    const warmUpServerErrors = tally.serverErrors;
    Object.assign(tally, fresh(), { serverErrors: warmUpServerErrors });
    const rssStartMb = rssMb(server.child);
    const result = await runLoad(send, clients, seconds);
    const rssEndMb = rssMb(server.child);
    const stored = await db.read(async (tx) =>
      (await tx.run("MATCH (c:Claim) WHERE c.id STARTS WITH 'load-claim-' RETURN count(c) AS n")).records[0]!.get('n'),
    );
    const report = {
      clients,
      seconds: Number(result.seconds.toFixed(1)),
      writeShare,
      requests: result.requests,
      requestsPerSecond: Number(result.requestsPerSecond.toFixed(1)),
      ...tally,
      /** New stories sent, warm-up included, and how many claims they left in the graph. */
      storiesSent: storiesSent(),
      storedStories: stored as number,
      p50Ms: Number(result.p50.toFixed(1)),
      p99Ms: Number(result.p99.toFixed(1)),
      rssStartMb: Number(rssStartMb.toFixed(0)),
      rssEndMb: Number(rssEndMb.toFixed(0)),
      peakRssMb: Number(peakRssMb(server.child).toFixed(0)),
    };
    console.log(
      [
        `Load: ${clients} clients for ${report.seconds} s, ${Math.round(writeShare * 100)}% writes, against the seeded graph`,
        `  ${report.requests} requests, ${report.requestsPerSecond}/s (${tally.reads} reads, ${tally.writes} new stories, ${tally.rewrites} stories sent again)`,
        `  errors: ${tally.serverErrors} server-side, ${tally.clientErrors} client-side${tally.firstServerError ? ` (first: ${tally.firstServerError})` : ''}`,
        `  latency p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms`,
        `  server RSS ${report.rssStartMb} MB at the start, ${report.rssEndMb} MB at the end (peak ${report.peakRssMb} MB)`,
      ].join('\n'),
    );
    saveResults(`load-${smoke ? 'smoke' : clients}.json`, report);
    return tally.serverErrors === 0 ? 0 : 1;
  } finally {
    server?.child.kill('SIGTERM');
    await db.close();
    await neo4j.stop();
  }
}

process.exitCode = await main();
