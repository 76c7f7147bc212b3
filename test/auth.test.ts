// Bearer API keys: writes need an editor key, reads are public unless configured otherwise, and a
// refused request changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { accessFromEnv } from '../src/server/auth.ts';
import { connectTestGraph, fingerprint } from './support/graph.ts';
import { startTestServer, useSeededServer } from './support/server.ts';
import { EDITOR_KEY, READER_KEY, TEST_ACCESS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

describe('authentication and authorization', () => {
  const live = useSeededServer({ access: TEST_ACCESS });

  const refusedWrite = async (key: string | undefined, code: string) => {
    const before = await fingerprint(live.db);
    const response = await live.server.query(UPSERT_GRAPH, { input: wholeStory() }, key);
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions?.code).toBe(code);
    expect(await fingerprint(live.db)).toBe(before);
    return response.errors![0]!.message;
  };

  it('refuses a write without a key, saying how to send one', async () => {
    expect(await refusedWrite(undefined, 'UNAUTHENTICATED')).toBe(
      'No API key was sent: writes need an API key; send Authorization: Bearer <key>',
    );
  });

  it('refuses a write with a wrong key or a malformed header', async () => {
    expect(await refusedWrite('not-a-key-we-know-0123456789', 'UNAUTHENTICATED')).toMatch(
      /^The API key is not valid: .*Bearer <key>/,
    );
    const response = await fetch(live.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${EDITOR_KEY}` },
      body: JSON.stringify({ query: UPSERT_GRAPH, variables: { input: wholeStory() } }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/not "Bearer <key>"/),
    });
  });

  it('refuses a write with a read-only key as FORBIDDEN', async () => {
    expect(await refusedWrite(READER_KEY, 'FORBIDDEN')).toBe(
      'The API key "dashboard" lacks the editor scope this operation needs',
    );
  });

  it('accepts a write with an editor key', async () => {
    const response = await live.server.query(UPSERT_GRAPH, { input: wholeStory() }, EDITOR_KEY);
    expect(response.errors).toBeUndefined();
    expect(response.data!.upsertGraph.claims[0].created).toBe(true);
  });

  it('keeps reads public by default, with or without a key', async () => {
    expect((await live.server.query('{ claims { totalCount } }')).data).toEqual({ claims: { totalCount: 26 } });
    expect((await live.server.query('{ claims { totalCount } }', {}, READER_KEY)).data).toEqual({
      claims: { totalCount: 26 },
    });
  });

  describe('with CLAIMGRAPH_READS_REQUIRE_AUTH=true', () => {
    const db = connectTestGraph();
    const closed = startTestServer(db, undefined, {
      access: accessFromEnv({
        CLAIMGRAPH_API_KEYS: `dashboard:${READER_KEY}:reader`,
        CLAIMGRAPH_READS_REQUIRE_AUTH: 'true',
      }),
    });
    afterAll(async () => {
      await (await closed).close();
      await db.close();
    });

    it('refuses reads without a key and serves them with one', async () => {
      const server = await closed;
      const anonymous = await server.query('{ claims { totalCount } node(id: "Q2xhaW06eA==") { id } }');
      expect(anonymous.data).toBeNull();
      expect(anonymous.errors![0]).toMatchObject({
        message: 'No API key was sent: reads need an API key on this server; send Authorization: Bearer <key>',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect((await server.query('{ claims { totalCount } }', {}, READER_KEY)).data).toEqual({
        claims: { totalCount: 26 },
      });
    });
  });

  it('reads keys from the environment and refuses weak or malformed ones', () => {
    expect(accessFromEnv({}).keys).toEqual([]);
    expect(
      accessFromEnv({ CLAIMGRAPH_API_KEYS: `a:${EDITOR_KEY}, b:${READER_KEY}:reader` }).keys.map((k) => [
        k.name,
        [...k.scopes],
      ]),
    ).toEqual([
      ['a', ['editor', 'reader']],
      ['b', ['reader']],
    ]);
    expect(() => accessFromEnv({ CLAIMGRAPH_API_KEYS: 'ci:short' })).toThrow(
      /the key of "ci" must be at least 16 characters/,
    );
    expect(() => accessFromEnv({ CLAIMGRAPH_API_KEYS: `ci:${EDITOR_KEY}:admin` })).toThrow(
      /must be editor or reader, got "admin"/,
    );
    expect(() => accessFromEnv({ CLAIMGRAPH_API_KEYS: `ci:${EDITOR_KEY},ci:${READER_KEY}` })).toThrow(
      /"ci" is given twice/,
    );
    expect(() => accessFromEnv({ CLAIMGRAPH_READS_REQUIRE_AUTH: 'true' })).toThrow(/needs at least one key/);
  });
});
