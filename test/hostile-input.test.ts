// A corpus of bad requests. Each gets a 4xx or a clear GraphQL error, never a 5xx or an internal
// error; the server stays up; and the graph is unchanged (same fingerprint before and after).
import { type GraphQLArgument, type GraphQLInputField, getNamedType, isInputObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.ts';
import { fingerprint } from './support/graph.ts';
import { useSeededServer } from './support/server.ts';
import { article, EDITOR_KEY, shellsClaim, TEST_ACCESS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "' OR 1=1 //",
  '`) MATCH (n) DETACH DELETE n //',
  'x\\u0000y',
  '*:*',
  'title:(a OR b) AND body:[* TO *]',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, sent as plain text
  '${process.exit()}',
  '<script>alert(1)</script>',
  'a'.repeat(5000),
];

type Raw = { status: number; text: string };

describe('hostile input', () => {
  const live = useSeededServer({ access: TEST_ACCESS });
  const outcomes: { name: string; status: number; codes: string[] }[] = [];

  const post = async (name: string, init: RequestInit): Promise<Raw> => {
    const response = await fetch(live.server.url, { method: 'POST', ...init });
    const text = await response.text();
    let codes: string[] = [];
    try {
      codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
        (e) => e.extensions?.code ?? 'none',
      );
    } catch {
      codes = ['not json'];
    }
    outcomes.push({ name, status: response.status, codes });
    return { status: response.status, text };
  };
  const graphql = (name: string, query: string, variables: Record<string, unknown> = {}, key?: string) =>
    post(name, {
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });

  /** String and ID arguments of every root field, and the string fields of the filter inputs. */
  function stringArguments(): { field: string; path: string[]; arg: GraphQLArgument | GraphQLInputField }[] {
    const found: { field: string; path: string[]; arg: GraphQLArgument | GraphQLInputField }[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      for (const arg of field.args) {
        const type = getNamedType(arg.type);
        if (isScalarType(type) && ['String', 'ID'].includes(type.name))
          found.push({ field: field.name, path: [arg.name], arg });
        if (isInputObjectType(type)) {
          for (const inner of Object.values(type.getFields())) {
            const innerType = getNamedType(inner.type);
            if (isScalarType(innerType) && ['String', 'ID'].includes(innerType.name)) {
              found.push({ field: field.name, path: [arg.name, inner.name], arg: inner });
            }
          }
        }
      }
    }
    return found;
  }

  it('survives the whole corpus with nothing changed', async () => {
    const before = await fingerprint(live.db);

    // Transport-level garbage.
    expect(
      (await post('malformed JSON', { headers: { 'content-type': 'application/json' }, body: '{"query": "{ claims' }))
        .status,
    ).toBe(400);
    expect(
      (await post('empty body', { headers: { 'content-type': 'application/json' }, body: '' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (
        await post('wrong content type', {
          headers: { 'content-type': 'text/plain' },
          body: '{ claims { totalCount } }',
        })
      ).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await post('xml', { headers: { 'content-type': 'application/xml' }, body: '<q/>' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (
        await post('oversized', {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'x'.repeat(200_000) }),
        })
      ).status,
    ).toBe(413);
    expect(
      (await post('query not a string', { headers: { 'content-type': 'application/json' }, body: '{"query": 42}' }))
        .status,
    ).toBe(400);

    // Documents.
    await graphql('unknown field', '{ claims { edges { node { password } } } }');
    await graphql('syntax error', '{ claims { ');
    await graphql(
      'alias bomb',
      `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: claims { totalCount }`).join(' ')} }`,
    );
    await graphql(
      'deep nesting',
      `{ claim(key: "x") { ${'speaker { claimsMade { edges { node { '.repeat(10)} key ${'} } } }'.repeat(10)} } }`,
    );
    await graphql(
      'fragment cycle',
      'query { claim(key: "x") { ...A } } fragment A on Claim { speaker { claimsMade { edges { node { ...A } } } } }',
    );
    await graphql('wrong scalar', '{ claims(first: "ten") { totalCount } }');
    await graphql('bad date', '{ claims(filter: { statedFrom: "yesterday" }) { totalCount } }');
    await graphql('negative page', '{ claims(first: -5) { totalCount } }');
    await graphql('huge page', '{ claims(first: 1000000) { totalCount } }');
    await graphql('huge id list', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 10_000 }, (_, i) => Buffer.from(`Claim:c${i}`).toString('base64')),
    });
    await graphql('huge filter list', 'query($ids: [ID!]) { claims(filter: { speakers: $ids }) { totalCount } }', {
      ids: Array.from({ length: 10_000 }, (_, i) => `actor-${i}`),
    });
    await graphql('invalid global id', '{ node(id: "not-base64-@@@") { id } }');
    await graphql('unknown mutation', 'mutation { deleteEverything }');

    // Writes: without a key, with a key that is not one, and with a valid key but records that
    // must be refused (misquoted evidence, dangling references, injection strings as ids).
    for (const injection of INJECTIONS) {
      const story = wholeStory(shellsClaim({ paraphrase: injection, cue: injection }));
      await graphql(`write without a key: ${injection.slice(0, 30)}`, UPSERT_GRAPH, { input: story });
      await graphql(
        `write with a bad key: ${injection.slice(0, 30)}`,
        UPSERT_GRAPH,
        { input: story },
        injection.slice(0, 100),
      );
      await graphql(
        `write with an injected id: ${injection.slice(0, 30)}`,
        UPSERT_GRAPH,
        { input: wholeStory(shellsClaim({ id: injection })) },
        EDITOR_KEY,
      );
      await graphql(
        `evidence not in the body: ${injection.slice(0, 30)}`,
        UPSERT_GRAPH,
        {
          input: wholeStory(shellsClaim({ evidence: [{ article: article().id, text: injection }], quote: null })),
        },
        EDITOR_KEY,
      );
      await graphql(
        `reference to nothing: ${injection.slice(0, 30)}`,
        UPSERT_GRAPH,
        {
          input: { claims: [shellsClaim({ speaker: 'nobody', paraphrase: injection })] },
        },
        EDITOR_KEY,
      );
    }
    await graphql(
      'evidence at a wrong offset',
      UPSERT_GRAPH,
      {
        input: wholeStory(shellsClaim({ evidence: [{ article: article().id, text: 'KYIV', start: 40 }], quote: null })),
      },
      EDITOR_KEY,
    );
    await graphql(
      'a wrong type in a write',
      UPSERT_GRAPH,
      { input: { actors: [{ id: 'x', kind: 'ALIEN', name: 1 }] } },
      EDITOR_KEY,
    );
    await graphql(
      'too many records',
      UPSERT_GRAPH,
      {
        input: {
          links: Array.from({ length: 1000 }, () => ({ from: 'a', to: 'b', kind: 'DISPUTES', rationale: 'r' })),
        },
      },
      EDITOR_KEY,
    );

    // Injection strings in every string argument.
    for (const { field, path, arg } of stringArguments()) {
      for (const injection of INJECTIONS) {
        const type = String(arg.type).replace(/!$/, '');
        const value = path.length === 1 ? '$v' : `{ ${path[1]}: $v }`;
        await graphql(
          `${field}.${path.join('.')} = ${injection.slice(0, 30)}`,
          `query($v: ${type}) { ${field}(${path[0]}: ${value}) { __typename } }`,
          { v: injection },
        );
      }
    }

    const serverErrors = outcomes.filter((o) => o.status >= 500 || o.codes.includes('INTERNAL_SERVER_ERROR'));
    expect(serverErrors, JSON.stringify(serverErrors, null, 1)).toEqual([]);
    expect((await fetch(live.server.url.replace(/graphql$/, 'health'))).status).toBe(200);
    expect(await fingerprint(live.db)).toBe(before);
    console.log(
      `hostile input: ${outcomes.length} requests, ${outcomes.filter((o) => o.status >= 400).length} refused with 4xx, ` +
        `${outcomes.filter((o) => o.status === 200 && o.codes.length > 0).length} answered with a GraphQL error, ` +
        `${outcomes.filter((o) => o.status === 200 && o.codes.length === 0).length} answered (injections searched as plain text), 0 server errors`,
    );
  }, 120_000);

  it('caps id lists', async () => {
    const response = await live.server.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => Buffer.from('Claim:x').toString('base64')),
    });
    expect(response.errors![0]).toMatchObject({
      message: 'nodes takes at most 100 ids, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
