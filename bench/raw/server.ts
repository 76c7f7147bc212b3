// The floor of the benchmark: the best hand-written Cypher for each query, one statement per
// request, behind a bare node:http JSON endpoint (POST {"name", "params"}), so that it pays the
// same HTTP and JSON costs as the GraphQL paths and nothing else.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { keepIdleConnections } from '../../src/server/keep-alive.ts';
import { BENCH_QUERIES } from '../queries.ts';

const env = process.env;
const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USERNAME || 'neo4j', env.NEO4J_PASSWORD!), {
  disableLosslessIntegers: true,
});
const cypherByName = new Map(BENCH_QUERIES.map((q) => [q.name, q.raw.cypher]));

const server = createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const { name, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name: string; params: object };
    const cypher = cypherByName.get(name);
    if (!cypher) throw new Error(`no query named ${name}`);
    // The cheapest transport, as claimgraph's reads use: one auto-commit statement, no BEGIN/COMMIT.
    const session = driver.session({ database: env.NEO4J_DATABASE || 'neo4j', defaultAccessMode: neo4j.session.READ });
    const result = await session.run(cypher, params).finally(() => session.close());
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: result.records.map((r) => r.toObject()), statements: 1 }));
  } catch (error) {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  }
});
// Idle connections are kept as long as claimgraph keeps them: the bench compares what each server
// does with a request, not how often its client has to reconnect.
keepIdleConnections(server);

server.listen(Number(env.PORT || 4200), '127.0.0.1', () => {
  console.log(`raw is serving http://127.0.0.1:${(server.address() as AddressInfo).port}/query`);
});
process.once('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
