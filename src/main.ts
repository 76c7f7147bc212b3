// `npm start`: starts (or connects to, with NEO4J_URI) Neo4j, seeds the graph when it is empty,
// and serves the explorer at http://localhost:4000/ and the GraphQL API with GraphiQL at /graphql.

import { ConfigurationError } from './common/configuration.ts';
import { onShutdown } from './common/shutdown.ts';
import { seedGraph } from './ingest/seed.ts';
import { neo4jSettingsFromEnv } from './neo4j/config.ts';
import { connectGraphDatabase } from './neo4j/driver.ts';
import { ensureGraphSchema } from './neo4j/graph-schema.ts';
import { countGraph, formatCounts } from './neo4j/graph-stats.ts';
import { graphIsEmpty } from './neo4j/reads/health.ts';
import { createApp } from './server/app.ts';
import { type AccessConfig, accessFromEnv } from './server/auth.ts';
import { listen } from './server/http.ts';
import { limitsFromEnv, type RequestLimits } from './server/limits.ts';
import { openResponseCache, responseCacheSettingsFromEnv } from './server/plugins/response-cache.ts';

const port = Number(process.env.PORT || 4000);
const host = process.env.HOST || 'localhost';

function cannotStart(error: unknown): never {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`claimgraph cannot start: ${error.message}`);
  process.exit(1);
}

let limits: RequestLimits;
let access: AccessConfig;
let cacheSettings: ReturnType<typeof responseCacheSettingsFromEnv>;
try {
  limits = limitsFromEnv();
  access = accessFromEnv();
  cacheSettings = responseCacheSettingsFromEnv();
} catch (error) {
  cannotStart(error);
}
const db = await connectGraphDatabase(neo4jSettingsFromEnv(), {
  transactionTimeoutMs: limits.transactionTimeoutMs,
  maxConcurrentWrites: limits.maxConcurrentWrites,
});
onShutdown(() => db.close());
await ensureGraphSchema(db);
if (await graphIsEmpty(db)) {
  const report = await seedGraph(db);
  console.log(`The graph was empty: seeded ${report.claims} claims in ${report.writeMs.toFixed(0)} ms.`);
  console.log(formatCounts(await countGraph(db)));
}

const responseCache = cacheSettings && (await openResponseCache(cacheSettings).catch(cannotStart));
if (responseCache) onShutdown(responseCache.close);

const server = await listen(
  createApp({
    db,
    limits,
    access,
    responseCache: responseCache?.options,
    exposeStatementCount: process.env.CLAIMGRAPH_STATEMENT_COUNT === '1',
  }),
  { port, host, requestTimeoutMs: limits.requestTimeoutMs },
);
// Registered last, so it runs first: stop taking requests before the database goes away.
onShutdown(() => server.close());
// Tools (the tests, the bench) read the API's address from "serving <url>".
console.log(
  `claimgraph is serving ${server.url} (GraphiQL in a browser), the explorer at ${server.url.replace(/graphql$/, '')}, /health and /ready.`,
);
console.log(
  responseCache
    ? `Answers are cached ${responseCache.description}.`
    : 'Answers are not cached (CLAIMGRAPH_RESPONSE_CACHE=off).',
);
console.log(
  access.keys.length === 0
    ? 'No CLAIMGRAPH_API_KEYS: the API is read-only.'
    : `Writes need one of ${access.keys.length} API key(s); reads ${access.readsRequireAuth ? 'need one too' : 'are public'}.`,
);
