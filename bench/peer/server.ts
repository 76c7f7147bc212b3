// The benchmark's peer: the same Neo4j graph served by @neo4j/graphql 7 through graphql-yoga, the
// way a user of that library would set it up. Standalone process: `tsx bench/peer/server.ts`.
//
// Environment (all Neo4j settings required, nothing is defaulted or started here):
//   NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE   the Neo4j to serve (with APOC core)
//   PORT                                                        HTTP port on 127.0.0.1 (default 4100)
// Prints `peer is serving http://127.0.0.1:<port>/graphql` once it accepts requests; SIGTERM or
// SIGINT stops accepting, lets running requests finish (at most 5 s) and closes the driver.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { keepIdleConnections } from '../../src/server/keep-alive.ts';
import { typeDefs } from './type-defs.ts';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(
      `peer: ${name} must be set (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE are required).`,
    );
    process.exit(2);
  }
  return value;
}

const uri = requiredEnv('NEO4J_URI');
const username = requiredEnv('NEO4J_USERNAME');
const password = requiredEnv('NEO4J_PASSWORD');
const database = requiredEnv('NEO4J_DATABASE');
const port = Number(process.env.PORT || 4100);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`peer: PORT must be a TCP port, got "${process.env.PORT}".`);
  process.exit(2);
}

// The driver with its defaults, as the library's documentation sets it up.
const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const sessionConfig = { database };

let schema: GraphQLSchema;
try {
  schema = await neoSchema.getSchema();
  // The library's own startup checks: Neo4j version and the APOC functions it calls
  // (apoc.util.validatePredicate, apoc.date.convertFormat), then that the @fulltext index it is
  // bound to (claim_text) exists with the fields the type definitions name.
  await neoSchema.checkNeo4jCompat({ sessionConfig });
  await neoSchema.assertIndexesAndConstraints({ sessionConfig });
} catch (error) {
  console.error('peer: could not start:', error instanceof Error ? error.message : error);
  await driver.close();
  process.exit(1);
}

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  // @neo4j/graphql 7 takes the database from the context's sessionConfig (default "neo4j").
  context: () => ({ sessionConfig }),
});

const server = createServer(yoga);
// Idle connections are kept as long as claimgraph keeps them: the bench compares what each server
// does with a request, not how often its client has to reconnect.
keepIdleConnections(server);
await new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', () => resolve());
});
const { port: boundPort } = server.address() as AddressInfo;
console.log(`peer is serving http://127.0.0.1:${boundPort}/graphql`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.error(`peer: ${signal}, shutting down.`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cutOff = setTimeout(() => server.closeAllConnections(), 5_000);
  cutOff.unref();
  await closed;
  await driver.close();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
