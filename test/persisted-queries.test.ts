// Automatic persisted queries over POST and GET against the live server, a mutation refused over GET,
// the trusted-documents mode and the bound of the store of registered documents.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/common/configuration.ts';
import { loadExplorerDocuments, persistedQueriesFromEnv } from '../src/server/persisted-queries.ts';
import { createMemoryQueryStore } from '../src/server/plugins/persisted-queries.ts';
import { startTestServer, type TestServer, useSeededServer } from './support/server.ts';
import { EDITOR_KEY, READER_KEY, TEST_ACCESS } from './support/writes.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

interface Request {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** The hash sent in extensions.persistedQuery; true: the query's own. */
  hash?: string | true;
  key?: string;
}

function paramsOf({ query, variables, operationName, hash }: Request) {
  const sha256Hash = hash === true ? sha256(query!) : hash;
  return {
    ...(query === undefined ? {} : { query }),
    ...(variables ? { variables } : {}),
    ...(operationName ? { operationName } : {}),
    ...(sha256Hash ? { extensions: { persistedQuery: { version: 1, sha256Hash } } } : {}),
  };
}

const headersOf = (key?: string) => ({
  accept: 'application/graphql-response+json',
  ...(key ? { authorization: `Bearer ${key}` } : {}),
});

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function post(server: TestServer, request: Request): Promise<Answer> {
  return answer(
    await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersOf(request.key) },
      body: JSON.stringify(paramsOf(request)),
    }),
  );
}

/** As Apollo Client sends a query by GET: each parameter in the address, objects as JSON. */
async function get(server: TestServer, request: Request): Promise<Answer> {
  const address = new URL(server.url);
  for (const [name, value] of Object.entries(paramsOf(request))) {
    address.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return answer(await fetch(address, { headers: headersOf(request.key) }));
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

function expectNotFound(answer: Answer) {
  expect(answer.status).toBe(404);
  expect(answer.body.errors).toEqual([
    { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
  ]);
  // A proxy must not keep it: the next request for the hash may well find the document.
  expect(answer.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
}

/** The explorer's document of an operation, with its hash, as web/src/gql/persisted-documents.json has it. */
function explorerDocument(operationName: string): { hash: string; query: string } {
  for (const [hash, query] of loadExplorerDocuments()) {
    if (query.includes(`query ${operationName}(`) || query.includes(`query ${operationName} {`)) return { hash, query };
  }
  throw new Error(`The explorer has no operation ${operationName}`);
}

const CLAIM = `query PersistedClaim($key: ID!) { claim(key: $key) { key speaker { name } } }`;
const RUMORS = 'lavrov-no-comment-on-rumors';
const RUMORS_CLAIM = { claim: { key: RUMORS, speaker: { name: 'Sergey Lavrov' } } };

const MUTATION = `mutation PersistedActor($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }`;

describe('automatic persisted queries', () => {
  const live = useSeededServer({ access: TEST_ACCESS });

  it('asks for a document it does not know, then runs it by its hash alone over POST', async () => {
    const request = { query: CLAIM, variables: { key: RUMORS } };
    expectNotFound(await post(live.server, { ...request, query: undefined, hash: sha256(CLAIM) }));

    const registered = await post(live.server, { ...request, hash: true });
    expect(registered.status).toBe(200);
    expect(registered.body).toEqual({ data: RUMORS_CLAIM, extensions: { cypherStatements: 1 } });

    const byHash = await post(live.server, { ...request, query: undefined, hash: sha256(CLAIM) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(RUMORS_CLAIM);
  });

  it('runs a query sent by GET, by its hash alone once registered', async () => {
    const query = `${CLAIM} # over GET`;
    const hashOnly = { query: undefined, variables: { key: RUMORS }, hash: sha256(query) };
    expectNotFound(await get(live.server, hashOnly));

    // Apollo Client registers a document by POST; one sent in full by GET is registered as well.
    const registered = await get(live.server, { query, variables: { key: RUMORS }, hash: true });
    expect(registered.status).toBe(200);
    expect(registered.body.data).toEqual(RUMORS_CLAIM);

    const byHash = await get(live.server, hashOnly);
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(RUMORS_CLAIM);
    const other = await get(live.server, { ...hashOnly, variables: { key: 'white-house-1000-containers' } });
    expect(other.body.data?.claim).toEqual({ key: 'white-house-1000-containers', speaker: { name: 'White House' } });
  });

  it("knows the explorer's documents from the start: its first request is its only one", async () => {
    const startPage = explorerDocument('StartPage');
    const answer = await get(live.server, { hash: startPage.hash, operationName: 'StartPage' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.recentClaims.edges).toHaveLength(6);
    expect(answer.body.data?.recentClaims.__typename).toBe('ClaimConnection');
  });

  it('refuses a document that does not hash to the hash it is sent under, and keeps nothing', async () => {
    const query = `${CLAIM} # mismatched`;
    const claimed = sha256(`${query} `);
    const answer = await post(live.server, { query, variables: { key: RUMORS }, hash: claimed });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: `extensions.persistedQuery.sha256Hash is ${claimed}, but the SHA-256 of the document sent is ${sha256(query)}`,
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(answer.body.data).toBeUndefined();
    expectNotFound(await post(live.server, { variables: { key: RUMORS }, hash: claimed }));
    expectNotFound(await post(live.server, { variables: { key: RUMORS }, hash: sha256(query) }));
  });

  it('refuses a malformed persistedQuery extension, saying what is wrong', async () => {
    const send = (persistedQuery: unknown) =>
      fetch(live.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersOf() },
        body: JSON.stringify({ extensions: { persistedQuery } }),
      }).then(answer);
    const version2 = await send({ version: 2, sha256Hash: sha256(CLAIM) });
    expect(version2.status).toBe(400);
    expect(version2.body.errors?.[0]).toEqual({
      message: 'extensions.persistedQuery.version must be 1, the only version of the protocol',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    for (const sha256Hash of [undefined, 42, 'abc', sha256(CLAIM).toUpperCase()]) {
      const answer = await send({ version: 1, sha256Hash });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toBe(
        'extensions.persistedQuery.sha256Hash must be 64 lower-case hexadecimal digits',
      );
    }
  });

  it('keeps only documents that validate', async () => {
    const invalid = '{ claim(key: "lavrov-no-comment-on-rumors") { noSuchField } }';
    const answer = await post(live.server, { query: invalid, hash: true });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expectNotFound(await post(live.server, { hash: sha256(invalid) }));
  });

  it('refuses a mutation sent by GET with 405, in full or by the hash of a registered one', async () => {
    const variables = { input: [{ id: 'persisted-get-actor', kind: 'PERSON', name: 'Nobody' }] };
    const inFull = await get(live.server, { query: MUTATION, variables, key: EDITOR_KEY });
    expect(inFull.status).toBe(405);
    expect(inFull.headers.get('allow')).toBe('POST');
    expect(inFull.body.errors?.[0]?.message).toBe('Can only perform a mutation operation from a POST request.');

    // Registered by POST (without a key it writes nothing: UNAUTHENTICATED), then sent by its hash.
    const registered = await post(live.server, { query: MUTATION, variables, hash: true });
    expect(codeOf(registered)).toBe('UNAUTHENTICATED');
    const byHash = await get(live.server, { variables, hash: sha256(MUTATION), key: EDITOR_KEY });
    expect(byHash.status).toBe(405);
    expect(byHash.body.errors?.[0]?.message).toBe('Can only perform a mutation operation from a POST request.');

    const stored = await live.server.query(`{ actor(key: "persisted-get-actor") { key } }`);
    expect(stored.data).toEqual({ actor: null });
  });
});

describe('trusted documents only (CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY)', () => {
  const live = useSeededServer({ access: TEST_ACCESS, persistedQueries: { trustedDocumentsOnly: true } });
  const notTrusted = (what: string) => ({
    message: `${what}: this server runs only its trusted documents for requests without an API key; send one as Authorization: Bearer <key> to run other documents`,
    extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
  });
  const notOneOfThem = notTrusted('This document is not one of them');

  it("runs the explorer's documents, by hash over GET or POST and in full", async () => {
    const claimPage = explorerDocument('ClaimPage');
    const variables = { key: RUMORS };
    for (const answer of [
      await get(live.server, { hash: claimPage.hash, variables }),
      await post(live.server, { hash: claimPage.hash, variables }),
      await post(live.server, { query: claimPage.query, variables }),
      await post(live.server, { query: claimPage.query, variables, hash: true }),
    ]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.claim.key).toBe(RUMORS);
    }
  });

  it('refuses any other document without a key, with 403 and what to do', async () => {
    const refused = await post(live.server, { query: CLAIM, variables: { key: RUMORS } });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ errors: [notOneOfThem] });

    // Not registered either, and an unknown hash is refused at once rather than asked for.
    expect((await post(live.server, { query: CLAIM, variables: { key: RUMORS }, hash: true })).body).toEqual({
      errors: [notOneOfThem],
    });
    const unknown = await get(live.server, { hash: sha256(CLAIM), variables: { key: RUMORS } });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toEqual({ errors: [notTrusted(`No trusted document has the hash ${sha256(CLAIM)}`)] });

    // Nor does a cosmetic change to a trusted document make it one.
    const claimPage = explorerDocument('ClaimPage');
    expect((await post(live.server, { query: `${claimPage.query} `, variables: { key: RUMORS } })).status).toBe(403);
  });

  it('refuses introspection without a key (GraphiQL works with one in its Headers tab)', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    const anonymous = await post(live.server, { query: introspection });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body).toEqual({ errors: [notOneOfThem] });
    const withKey = await post(live.server, { query: introspection, key: READER_KEY });
    expect(withKey.status).toBe(200);
    expect(withKey.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('lets a request with an API key run and register any document, for itself only', async () => {
    const query = `${CLAIM} # with a key`;
    const variables = { key: RUMORS };
    expectNotFound(await post(live.server, { hash: sha256(query), variables, key: READER_KEY }));
    const registered = await post(live.server, { query, variables, hash: true, key: READER_KEY });
    expect(registered.body.data).toEqual(RUMORS_CLAIM);
    const byHash = await get(live.server, { hash: sha256(query), variables, key: READER_KEY });
    expect(byHash.body.data).toEqual(RUMORS_CLAIM);

    // What a key registered does not become trusted for everyone.
    const anonymous = await get(live.server, { hash: sha256(query), variables });
    expect(anonymous.status).toBe(403);
    expect(codeOf(anonymous)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('still takes writes from an editor key', async () => {
    const answer = await post(live.server, {
      query: MUTATION,
      variables: { input: [{ id: 'trusted-mode-actor', kind: 'PERSON', name: 'Trusted Mode' }] },
      key: EDITOR_KEY,
    });
    expect(answer.body).toMatchObject({ data: { upsertActors: { actors: [{ key: 'trusted-mode-actor' }] } } });
  });
});

describe('the store of registered documents', () => {
  const live = useSeededServer();
  let server: TestServer;
  // Three documents of the same size, and a store with room for two of them and their hashes.
  const documents = ['a', 'b', 'c'].map((name) => `query Kept${name} { claim(key: "${RUMORS}") { key } }`);
  const room = 2 * (64 + documents[0]!.length);

  beforeAll(async () => {
    server = await startTestServer(live.db, undefined, { persistedQueries: { store: createMemoryQueryStore(room) } });
  });
  afterAll(() => server?.close());

  const byHash = (query: string) => post(server, { hash: sha256(query) });

  it('forgets the least recently used document past its size', async () => {
    const [a, b, c] = documents as [string, string, string];
    for (const query of [a, b]) expect((await post(server, { query, hash: true })).status).toBe(200);
    expect((await byHash(a)).status).toBe(200); // a is now the more recently used
    expect((await post(server, { query: c, hash: true })).status).toBe(200);

    expectNotFound(await byHash(b));
    for (const query of [a, c]) {
      const answer = await byHash(query);
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ claim: { key: RUMORS } });
    }
    // A document larger than the whole store runs but is not kept.
    const large = `query KeptLarge { claim(key: "${RUMORS}") { key paraphrase } }${' '.repeat(room)}`;
    expect((await post(server, { query: large, hash: true })).status).toBe(200);
    expectNotFound(await byHash(large));
    expect((await byHash(a)).status).toBe(200);
  });
});

describe('the configuration of persisted queries', () => {
  it('reads the mode and the store size from the environment, refusing what it cannot read', () => {
    expect(persistedQueriesFromEnv({}).trustedDocumentsOnly).toBe(false);
    expect(persistedQueriesFromEnv({ CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY: '1' }).trustedDocumentsOnly).toBe(true);
    expect(persistedQueriesFromEnv({ CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY: 'true' }).trustedDocumentsOnly).toBe(true);
    expect(() => persistedQueriesFromEnv({ CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(
      new ConfigurationError('CLAIMGRAPH_TRUSTED_DOCUMENTS_ONLY must be true or false, got "yes"'),
    );
    expect(() => persistedQueriesFromEnv({ CLAIMGRAPH_APQ_STORE_BYTES: '10MB' })).toThrow(
      new ConfigurationError('CLAIMGRAPH_APQ_STORE_BYTES must be a positive whole number, got "10MB"'),
    );
  });
});
