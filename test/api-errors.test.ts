// Bad requests get clear user errors with a code a client can act on, never a stack trace.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../scripts/print-schema.ts';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { startTestServer, useSeededServer } from './support/server.ts';

describe('errors and health of the live server', () => {
  const live = useSeededServer();

  const firstError = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await live.server.query(query, variables);
    expect(response.errors, JSON.stringify(response)).toBeDefined();
    const [error] = response.errors!;
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    return { ...error!, status: response.status };
  };

  it('refuses a page larger than the maximum, naming the limit', async () => {
    const error = await firstError('{ claims(first: 500) { totalCount } }');
    expect(error.message).toBe('"first" must be between 0 and 100, got 500');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a global ID of the wrong type, and one that is neither key nor ID', async () => {
    const claimId = Buffer.from('Claim:lavrov-no-comment-on-rumors').toString('base64');
    const wrongType = await firstError('query($id: ID!) { actor(key: $id) { name } }', { id: claimId });
    expect(wrongType.message).toMatch(/expected the ID of a Person or .* got a Claim ID/);
    expect(wrongType.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await firstError('{ claim(key: "}) DETACH DELETE n //") { key } }');
    expect(garbage.message).toMatch(/is neither a key .* nor a global ID/);
    expect(garbage.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown key, and NOT_FOUND where an argument must name an actor', async () => {
    const missing = await live.server.query('{ claim(key: "no-such-claim") { key } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ claim: null });
    const error = await firstError('{ actorPath(from: "sergey-lavrov", to: "nobody-at-all") { length } }');
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No actor with key "nobody-at-all"');
  });

  it('validates arguments: bad dates, an inverted range, a cursor that is not ours', async () => {
    const date = await firstError('{ claims(filter: { statedFrom: "2023-02-30" }) { totalCount } }');
    expect(date.message).toMatch(/Date must be a calendar date as YYYY-MM-DD/);
    const range = await firstError(
      '{ claims(filter: { statedFrom: "2023-10-20", statedTo: "2023-10-01" }) { totalCount } }',
    );
    expect(range.message).toMatch(/statedFrom must not be after statedTo/);
    expect(range.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await firstError('{ claims(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(cursor.message).toMatch(/Invalid pagination arguments/);
    expect(cursor.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects unknown fields at validation with a 400', async () => {
    const error = await firstError('{ claims { edges { node { secretField } } } }');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/Cannot query field "secretField" on type "Claim"/);
  });

  it('treats Cypher and Lucene syntax in text as plain words', async () => {
    const response = await live.server.query('{ search(text: "rumors\\") DETACH DELETE n //") { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.totalCount).toBeGreaterThan(0);
    const count = await live.server.query('{ claims { totalCount } }');
    expect(count.data!.claims.totalCount).toBe(25);
  });

  it('resolves global IDs through node and nodes', async () => {
    const id = Buffer.from('Person:sergey-lavrov').toString('base64');
    const response = await live.server.query(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Actor { name } } }',
      {
        ids: [id, Buffer.from('Person:white-house').toString('base64')],
      },
    );
    expect(response.data!.nodes).toEqual([{ __typename: 'Person', name: 'Sergey Lavrov' }, null]);
  });

  it('refuses a malformed global ID, or one of no node type, in node and nodes; a missing node is null', async () => {
    const globalID = (value: string) => Buffer.from(value).toString('base64');
    const lavrov = globalID('Person:sergey-lavrov');
    const refusals = [
      ['abc', '"abc" is not a global ID of this API'],
      ['sergey-lavrov', '"sergey-lavrov" is not a global ID of this API'],
      [globalID('NoSuchType:x'), `the global ID "${globalID('NoSuchType:x')}" names no node type of this API`],
      [globalID('PageInfo:x'), `the global ID "${globalID('PageInfo:x')}" names no node type of this API`],
    ];
    for (const [id, message] of refusals) {
      const node = await firstError('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(node).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
      const nodes = await firstError('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [lavrov, id] });
      expect(nodes).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const missing = globalID('Claim:no-such-claim');
    const response = await live.server.query(
      'query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }',
      { id: missing, ids: [lavrov, missing] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null, nodes: [{ id: lavrov }, null] });
  });

  it('serves /health and /ready', async () => {
    const base = live.server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('has a committed schema/schema.graphql identical to the printed schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'run `npm run schema` and commit the result').toBe(printedSchema());
  });
});

describe('the server when Neo4j cannot be reached', () => {
  it('answers /ready with 503 and queries with a clear UNAVAILABLE error, quickly', async () => {
    // Nothing listens on port 1: every connection is refused, as when Neo4j is down.
    const unreachable = graphDatabase(createDriver('bolt://127.0.0.1:1', 'neo4j', 'unused'), 'neo4j', null);
    const server = await startTestServer(unreachable);
    try {
      const base = server.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      const started = performance.now();
      const response = await server.query('{ claims { totalCount } }');
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(response.errors?.[0]).toMatchObject({
        message: 'The graph database is unavailable; try again shortly.',
        extensions: { code: 'UNAVAILABLE' },
      });
    } finally {
      await server.close();
      await unreachable.close();
    }
  }, 30_000);
});
