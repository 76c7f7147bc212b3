// `npm start`: starts (or connects to, with NEO4J_URI) Neo4j, seeds the graph when it is empty,
// and serves the explorer at http://localhost:4000/ and the GraphQL API with GraphiQL at /graphql.
// With REDIS_URL, claim events and cached answers live in that Redis, shared with the other server
// processes. With CLAIMGRAPH_TAGGER_MODEL, readArticle finds attributions with that learnt tagger
// (design A+T, `npm run train:extract`) instead of the rules alone.

import { ConfigurationError } from './common/configuration.ts';
import { onShutdown } from './common/shutdown.ts';
import { readTagger } from './extract/attribution/tagger/model-file.ts';
import { seedGraph } from './ingest/seed.ts';
import { neo4jSettingsFromEnv } from './neo4j/config.ts';
import { connectGraphDatabase } from './neo4j/driver.ts';
import { ensureGraphSchema } from './neo4j/graph-schema.ts';
import { countGraph, formatCounts } from './neo4j/graph-stats.ts';
import { graphIsEmpty } from './neo4j/reads/health.ts';
import { redisUrlFromEnv, withoutPassword } from './redis/config.ts';
import { createApp } from './server/app.ts';
import { type AccessConfig, accessFromEnv } from './server/auth.ts';
import { claimEventsOnRedis, type SharedClaimEvents } from './server/claim-events.ts';
import { listen } from './server/http.ts';
import { limitsFromEnv, type RequestLimits } from './server/limits.ts';
import { persistedQueriesFromEnv } from './server/persisted-queries.ts';
import { openResponseCache, responseCacheSettingsFromEnv } from './server/plugins/response-cache.ts';

const port = Number(process.env.PORT || 4000);
const host = process.env.HOST || 'localhost';

function cannotStart(error: Error): never {
  console.error(`claimgraph cannot start: ${error.message}`);
  process.exit(1);
}

let limits: RequestLimits;
let access: AccessConfig;
let redisUrl: string | null;
let persistedQueries: ReturnType<typeof persistedQueriesFromEnv>;
let cacheSettings: ReturnType<typeof responseCacheSettingsFromEnv>;
try {
  limits = limitsFromEnv();
  access = accessFromEnv();
  redisUrl = redisUrlFromEnv();
  persistedQueries = persistedQueriesFromEnv();
  cacheSettings = responseCacheSettingsFromEnv();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  cannotStart(error);
}
// Before Neo4j, which may take seconds to start: a Redis that does not answer stops the process now.
let claimEvents: SharedClaimEvents | null = null;
if (redisUrl) claimEvents = await claimEventsOnRedis(redisUrl).catch(cannotStart);
const responseCache = cacheSettings && (await openResponseCache(cacheSettings, redisUrl).catch(cannotStart));
const taggerModel = process.env.CLAIMGRAPH_TAGGER_MODEL;
const attributionFinder = taggerModel ? await readTagger(taggerModel).catch(cannotStart) : undefined;
const db = await connectGraphDatabase(neo4jSettingsFromEnv(), {
  transactionTimeoutMs: limits.transactionTimeoutMs,
  maxConcurrentWrites: limits.maxConcurrentWrites,
});
onShutdown(() => db.close());
if (claimEvents) onShutdown(() => claimEvents.close());
if (responseCache) onShutdown(responseCache.close);
await ensureGraphSchema(db);
if (await graphIsEmpty(db)) {
  const report = await seedGraph(db);
  console.log(`The graph was empty: seeded ${report.claims} claims in ${report.writeMs.toFixed(0)} ms.`);
  console.log(formatCounts(await countGraph(db)));
}

const server = await listen(
  createApp({
    db,
    limits,
    access,
    persistedQueries,
    pubSub: claimEvents?.pubSub,
    responseCache: responseCache?.options,
    ...(attributionFinder && { attributionFinder }),
    exposeStatementCount: process.env.CLAIMGRAPH_STATEMENT_COUNT === '1',
  }),
  {
    port,
    host,
    requestTimeoutMs: limits.requestTimeoutMs,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs,
    admission: limits,
  },
);
// Registered last, so it runs first: stop taking requests before the database goes away.
onShutdown(() => server.close());
console.log(
  `claimgraph is serving the explorer at ${server.url.replace(/graphql$/, '')} and the API at ${server.url} (GraphiQL in a browser; /health, /ready).`,
);
console.log(
  claimEvents
    ? `Claim events travel through Redis at ${withoutPassword(redisUrl!)}, shared with other processes.`
    : 'No REDIS_URL: claim events stay in this process.',
);
console.log(
  responseCache
    ? `Answers are cached ${responseCache.description}.`
    : 'Answers are not cached (CLAIMGRAPH_RESPONSE_CACHE=off).',
);
console.log(
  attributionFinder
    ? `readArticle finds attributions with the tagger of ${taggerModel} (${attributionFinder.extractor.version}).`
    : 'readArticle finds attributions with the rules (no CLAIMGRAPH_TAGGER_MODEL).',
);
console.log(
  access.keys.length === 0
    ? 'No CLAIMGRAPH_API_KEYS: the API is read-only.'
    : `Writes need one of ${access.keys.length} API key(s); reads ${access.readsRequireAuth ? 'need one too' : 'are public'}.`,
);
