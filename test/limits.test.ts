// What one request may cost: each limit rejects with a clear error naming the limit and by how
// much, before anything runs, and the server stays up.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from '../src/server/limits.ts';
import { connectTestGraph } from './support/graph.ts';
import { startTestServer, useSeededServer } from './support/server.ts';

const nested = (levels: number): string => {
  let selection = 'key';
  for (let i = 0; i < levels; i += 1)
    selection = `speaker { claimsMade(first: 1) { edges { node { ${selection} } } } }`;
  return `{ claim(key: "white-house-1000-containers") { ${selection} } }`;
};

describe('request limits', () => {
  const live = useSeededServer();

  const rejected = async (query: string) => {
    const response = await live.server.query(query);
    expect(response.errors, JSON.stringify(response)).toBeDefined();
    expect(response.data ?? null).toBeNull();
    return response.errors![0]!;
  };

  it('refuses a cost that multiplies page sizes beyond the limit, saying by how much', async () => {
    const error = await rejected(`{
      actors(first: 100) { edges { node { claimsMade(first: 100) { edges { node {
        speaker { claimsMade(first: 100) { edges { node { key } } } } } } } } } }
    }`);
    expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error.extensions?.limit).toBe('cost');
    expect(error.extensions?.max).toBe(DEFAULT_LIMITS.maxCost);
    expect(error.extensions?.actual as number).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(error.message).toMatch(/^Query cost is \d+, over the limit of 200000$/);
  });

  it('refuses deep nesting', async () => {
    const error = await rejected(nested(5));
    expect(error.message).toMatch(/depth/i);
    expect(error.message).toContain(String(DEFAULT_LIMITS.maxDepth));
  });

  it('refuses alias bombs, token floods and directive floods', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: claims { totalCount }`).join(' ');
    expect((await rejected(`{ ${aliases} }`)).message).toMatch(/aliases/i);
    const tokens = Array.from({ length: 4000 }, () => '__typename').join(' ');
    expect((await rejected(`{ ${tokens} }`)).message).toMatch(/token/i);
    const directives = Array.from({ length: 50 }, () => '@include(if: true)').join(' ');
    expect((await rejected(`{ claims ${directives} { totalCount } }`)).message).toMatch(/directive/i);
  });

  it('refuses fragment cycles at validation', async () => {
    const response = await live.server.query(
      'query { claim(key: "x") { ...A } } fragment A on Claim { speaker { ...B } } fragment B on Actor { claimsMade { edges { node { ...A } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('answers a request within the limits as usual', async () => {
    const response = await live.server.query(nested(2));
    expect(response.errors).toBeUndefined();
  });

  it('refuses an oversized body with 413 and stays up', async () => {
    const body = JSON.stringify({ query: `{ claims { totalCount } } # ${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}` });
    const response = await fetch(live.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    expect((await live.server.query('{ claims { totalCount } }')).data).toEqual({ claims: { totalCount: 25 } });
  });

  // A body sent without Content-Length (chunked) is counted as it arrives rather than announced.
  const chunked = (text: string) =>
    fetch(live.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          const bytes = new TextEncoder().encode(text);
          for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);

  it('refuses an oversized chunked body with 413 and answers one within the limit', async () => {
    const oversized = await chunked(
      JSON.stringify({ query: `{ claims { totalCount } } # ${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}` }),
    );
    expect(oversized.status).toBe(413);
    const small = await chunked(JSON.stringify({ query: '{ claims { totalCount } }' }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as { data: unknown }).data).toEqual({ claims: { totalCount: 25 } });
  });

  describe('switched for production', () => {
    const db = connectTestGraph();
    const production = startTestServer(db, {
      ...limitsFromEnv({ NODE_ENV: 'production', CLAIMGRAPH_INTROSPECTION: 'false' }),
    });
    afterAll(async () => {
      await (await production).close();
      await db.close();
    });

    it('turns introspection off and field suggestions off', async () => {
      const server = await production;
      const introspection = await server.query('{ __schema { types { name } } }');
      expect(introspection.errors![0]!.message).toMatch(/introspection/i);
      const typo = await server.query('{ claims { totalCont } }');
      expect(typo.errors![0]!.message).toMatch(/Cannot query field "totalCont"/);
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
      const normal = await server.query('{ claims { totalCount } }');
      expect(normal.data).toEqual({ claims: { totalCount: 25 } });
    });
  });

  it('reads limits from the environment and refuses nonsense', () => {
    expect(limitsFromEnv({ CLAIMGRAPH_MAX_COST: '5000', CLAIMGRAPH_MAX_DEPTH: '6' })).toMatchObject({
      maxCost: 5000,
      maxDepth: 6,
    });
    expect(() => limitsFromEnv({ CLAIMGRAPH_MAX_ALIASES: 'many' })).toThrow(
      /CLAIMGRAPH_MAX_ALIASES must be a positive whole number/,
    );
  });
});
