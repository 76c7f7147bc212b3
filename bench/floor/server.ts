// The floor under any server of the benchmark, without a database: the HTTP and GraphQL stack alone,
// answering the bench's lookup with a fixed claim. FLOOR_STACK picks the stack:
//   bare  node:http, JSON in and out, as the raw Cypher path serves;
//   yoga  graphql-yoga with graphql-jit, as claimgraph serves, over a schema of the lookup's shape.
// Prints `<stack> is serving <url>` once it listens on 127.0.0.1:PORT; SIGTERM stops it.

import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { keepIdleConnections } from '../../src/server/keep-alive.ts';

// The claim's key is the one each request asks for.
const CLAIM = {
  kind: 'DENIAL',
  paraphrase: 'Goran Ostdan denies that Dmitri Perugal played a role in the Osttanteovo–Henvinburg shipments.',
  speaker: { key: 'gen-actor-002347', name: 'Goran Ostdan' },
};

const bare: RequestListener = async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { params: { id: string } };
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ data: [{ claim: { ...CLAIM, key: params.id } }], statements: 1 }));
};

const yoga = () =>
  createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { claim(key: ID!): Claim }
        type Claim { key: ID! kind: String! paraphrase: String! speaker: Actor! }
        type Actor { key: ID! name: String! }
      `,
      // Asynchronous, as an answer from a database is.
      resolvers: { Query: { claim: async (_: unknown, { key }: { key: string }) => ({ ...CLAIM, key }) } },
    }),
    graphiql: false,
    landingPage: false,
    maxRequestBodySize: false,
    plugins: [useGraphQlJit() as Plugin],
  });

const stack = process.env.FLOOR_STACK;
if (stack !== 'bare' && stack !== 'yoga') {
  console.error(`floor: FLOOR_STACK must be bare or yoga, got "${stack}".`);
  process.exit(2);
}
const server = createServer(stack === 'bare' ? bare : yoga());
// Idle connections are kept as long as claimgraph keeps them: the bench compares what each server
// does with a request, not how often its client has to reconnect.
keepIdleConnections(server);
server.listen(Number(process.env.PORT || 4400), '127.0.0.1', () => {
  const path = stack === 'bare' ? 'query' : 'graphql';
  console.log(`${stack} is serving http://127.0.0.1:${(server.address() as AddressInfo).port}/${path}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
