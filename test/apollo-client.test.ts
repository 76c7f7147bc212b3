// The API as a real client sees it: Apollo Client 4 over HTTP against the live server, with a
// normalized InMemoryCache configured the way a front end would configure it (possibleTypes from
// the schema, relay-style pagination for claim lists), and with its automatic persisted queries.

import { createHash } from 'node:crypto';
import { format } from 'node:util';
import {
  ApolloClient,
  gql,
  HttpLink,
  InMemoryCache,
  type PossibleTypesMap,
  type TypedDocumentNode,
} from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TestServer, useSeededServer } from './support/server.ts';
import { EDITOR_KEY, TEST_ACCESS } from './support/writes.ts';

const ACTOR_TYPES = ['Country', 'Government', 'Group', 'MediaOutlet', 'Organization', 'Person'];

const LAVROV_CLAIMS = [
  'lavrov-americans-keep-accusing',
  'lavrov-friendship-not-against-anyone',
  'lavrov-no-comment-on-rumors',
  'lavrov-supports-security-talks',
  'lavrov-talks-comprehensive',
  'lavrov-ties-based-on-bilateral-concerns',
  'lavrov-understanding-on-agreements',
  'lavrov-us-failed-to-prove',
  'lavrov-values-north-korea-support',
];

interface ClaimsPage {
  claims: {
    totalCount: number;
    edges: { cursor: string; node: { __typename: 'Claim'; id: string; key: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const CLAIMS_PAGE: TypedDocumentNode<ClaimsPage, { first: number; after?: string | null }> = gql`
  query ClaimsPage($first: Int!, $after: String) {
    claims(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          key
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface LavrovData {
  actor: {
    __typename: string;
    id: string;
    name: string;
    claimsMade: { edges: { node: { __typename: 'Claim'; id: string; key: string; paraphrase: string } }[] };
  } | null;
}

const LAVROV: TypedDocumentNode<LavrovData, Record<string, never>> = gql`
  query Lavrov {
    actor(name: "Sergey Lavrov") {
      id
      name
      claimsMade(first: 20) {
        edges {
          node {
            id
            key
            paraphrase
          }
        }
      }
    }
  }
`;

interface RumorsData {
  claim: {
    __typename: 'Claim';
    id: string;
    paraphrase: string;
    speaker: { __typename: string; id: string; name: string };
  } | null;
}

const RUMORS: TypedDocumentNode<RumorsData, Record<string, never>> = gql`
  query Rumors {
    claim(key: "lavrov-no-comment-on-rumors") {
      id
      paraphrase
      speaker {
        id
        name
      }
    }
  }
`;

interface SpeakerData {
  claim: { __typename: 'Claim'; id: string; speaker: { __typename: string; id: string; name?: string } } | null;
}

const SPEAKER_AS_ACTOR: TypedDocumentNode<SpeakerData, Record<string, never>> = gql`
  query SpeakerAsActor {
    claim(key: "lavrov-no-comment-on-rumors") {
      id
      speaker {
        id
        ... on Actor {
          name
        }
      }
    }
  }
`;

const ACTOR_NAME: TypedDocumentNode<{ __typename: string; name: string }> = gql`
  fragment ActorName on Actor {
    name
  }
`;

/** Interface and union members as the live server reports them (the usual possibleTypes recipe). */
async function possibleTypesOf(server: TestServer): Promise<PossibleTypesMap> {
  const response = await server.query<{
    __schema: { types: { kind: string; name: string; possibleTypes: { name: string }[] | null }[] };
  }>('{ __schema { types { kind name possibleTypes { name } } } }');
  expect(response.errors).toBeUndefined();
  const map: PossibleTypesMap = {};
  for (const type of response.data!.__schema.types) {
    if ((type.kind === 'INTERFACE' || type.kind === 'UNION') && type.possibleTypes) {
      map[type.name] = type.possibleTypes.map((t) => t.name).sort();
    }
  }
  return map;
}

describe('the API through Apollo Client 4 and its normalized cache', () => {
  const live = useSeededServer();
  let possibleTypes: PossibleTypesMap;
  let requests = 0;
  const clients: ApolloClient[] = [];

  function makeCache(withPossibleTypes = true): InMemoryCache {
    return new InMemoryCache({
      ...(withPossibleTypes ? { possibleTypes } : {}),
      typePolicies: {
        Query: { fields: { claims: relayStylePagination(['filter', 'orderBy']) } },
        // Inherited by Person, Country… through possibleTypes.
        Actor: {
          fields: {
            claimsMade: relayStylePagination(['filter', 'orderBy']),
            claimsAbout: relayStylePagination(['filter', 'orderBy', 'role']),
          },
        },
      },
    });
  }

  function makeClient(): ApolloClient {
    const countingFetch: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const client = new ApolloClient({
      cache: makeCache(),
      link: new HttpLink({ uri: live.server.url, fetch: countingFetch }),
    });
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    possibleTypes = await possibleTypesOf(live.server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.stop();
  });

  it('derives possibleTypes for every interface and union from the live schema', () => {
    expect(possibleTypes.Actor).toEqual(ACTOR_TYPES);
    expect(possibleTypes.PathNode).toEqual(['Claim', ...ACTOR_TYPES].sort());
    expect(possibleTypes.SearchResult).toEqual(['Article', 'Claim', ...ACTOR_TYPES].sort());
    expect(possibleTypes.Node).toEqual(['Article', 'Claim', 'Event', 'Evidence', 'Location', ...ACTOR_TYPES].sort());
  });

  it('pages through all claims four at a time with fetchMore, merging them in the cache', async () => {
    const client = makeClient();
    const before = requests;
    const observable = client.watchQuery({ query: CLAIMS_PAGE, variables: { first: 4 } });
    const seen: string[][] = [];
    const subscription = observable.subscribe((result) => {
      if (result.dataState === 'complete') seen.push(result.data.claims.edges.map((edge) => edge.node.key));
    });
    try {
      const first = await firstValueFrom(observable.pipe(filter((result) => result.dataState === 'complete')));
      const pages: ClaimsPage['claims'][] = [first.data.claims];
      while (pages.at(-1)!.pageInfo.hasNextPage) {
        const { data } = await observable.fetchMore({ variables: { after: pages.at(-1)!.pageInfo.endCursor } });
        pages.push(data!.claims);
        expect(pages.length).toBeLessThan(20); // a server that never ends its pages fails here, not by timeout
      }

      // Every fetched page is at most 4 edges: 25 claims make six full pages and one of one.
      expect(pages.map((page) => page.edges.length)).toEqual([4, 4, 4, 4, 4, 4, 1]);
      expect(pages.every((page) => page.totalCount === 25)).toBe(true);
      expect(requests - before).toBe(7);

      // The cache merged the pages into one list: every claim once, in page order.
      const merged = client.readQuery({ query: CLAIMS_PAGE, variables: { first: 4 } })!.claims;
      const keys = merged.edges.map((edge) => edge.node.key);
      expect(keys).toHaveLength(25);
      expect(new Set(keys).size).toBe(25);
      expect(keys.length).toBe(merged.totalCount);
      expect(keys).toEqual(pages.flatMap((page) => page.edges.map((edge) => edge.node.key)));
      expect(keys).toContain('lavrov-no-comment-on-rumors');
      expect(keys).toContain('white-house-1000-containers');
      expect(merged.pageInfo.hasNextPage).toBe(false);
      expect(merged.pageInfo.endCursor).toBe(pages.at(-1)!.pageInfo.endCursor);

      // The watching query is told of the merged whole (Apollo batches the notification).
      const watched = await firstValueFrom(
        observable.pipe(
          filter((result) => result.dataState === 'complete' && result.data.claims.edges.length === 25),
          timeout(5_000),
        ),
      );
      if (watched.dataState !== 'complete') throw new Error('filtered to complete results');
      expect(watched.data.claims.edges.map((edge) => edge.node.key)).toEqual(keys);
      expect(watched.data.claims.pageInfo.hasNextPage).toBe(false);
      expect(seen.at(-1)).toEqual(keys);

      // Each Claim is stored once, under its own normalized id.
      const claimEntries = Object.keys(client.cache.extract() as Record<string, unknown>).filter((id) =>
        id.startsWith('Claim:'),
      );
      expect(claimEntries).toHaveLength(25);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('normalizes a claim and its speaker across two different queries', async () => {
    const client = makeClient();
    const { data: lavrovData } = await client.query({ query: LAVROV });
    const { data: rumorsData } = await client.query({ query: RUMORS });
    const actor = lavrovData!.actor!;
    const rumors = rumorsData!.claim!;
    const cache = client.cache;

    expect(actor).toMatchObject({ __typename: 'Person', name: 'Sergey Lavrov' });
    expect(actor.claimsMade.edges.map((edge) => edge.node.key).sort()).toEqual(LAVROV_CLAIMS);

    // The speaker of the claim is the same cache entity as the actor: "Person:<global id>".
    expect(cache.identify(rumors.speaker)).toBe(`Person:${actor.id}`);
    expect(cache.identify(rumors.speaker)).toBe(cache.identify(actor));

    // The claim from the second query is the claim in the first query's list.
    const inList = actor.claimsMade.edges.find((edge) => edge.node.key === 'lavrov-no-comment-on-rumors')!.node;
    const claimId = cache.identify(rumors)!;
    expect(claimId).toBe(`Claim:${rumors.id}`);
    expect(cache.identify(inList)).toBe(claimId);
    expect(inList.paraphrase).toBe(rumors.paraphrase);
    expect(rumors.paraphrase).toBe(
      'The U.S. claims of North Korean munitions deliveries are mere rumors that do not merit comment.',
    );
    const store = cache.extract() as Record<string, Record<string, unknown> | undefined>;
    const copies = Object.entries(store).filter(
      ([, object]) => object?.__typename === 'Claim' && object.key === 'lavrov-no-comment-on-rumors',
    );
    expect(copies.map(([id]) => id)).toEqual([claimId]);
    expect(Object.keys(store).filter((id) => id.startsWith('Person:') && store[id]?.name === 'Sergey Lavrov')).toEqual([
      `Person:${actor.id}`,
    ]);

    // One write to the normalized claim shows through both queries.
    const changed = 'Lavrov declined to comment on what he called rumors.';
    cache.writeFragment({
      id: claimId,
      fragment: gql`
        fragment ClaimParaphrase on Claim {
          paraphrase
        }
      `,
      data: { __typename: 'Claim', paraphrase: changed },
    });
    const lavrovAgain = client.readQuery({ query: LAVROV })!.actor!;
    const rumorsAgain = client.readQuery({ query: RUMORS })!.claim!;
    expect(rumorsAgain.paraphrase).toBe(changed);
    expect(lavrovAgain.claimsMade.edges.find((edge) => edge.node.id === rumors.id)!.node.paraphrase).toBe(changed);
    // The other claims in the list are untouched.
    expect(
      lavrovAgain.claimsMade.edges.filter((edge) => edge.node.id !== rumors.id).map((edge) => edge.node.paraphrase),
    ).toEqual(actor.claimsMade.edges.filter((edge) => edge.node.id !== rumors.id).map((edge) => edge.node.paraphrase));
  });

  it('matches fragments on the Actor interface through possibleTypes', async () => {
    const client = makeClient();
    const { data } = await client.query({ query: SPEAKER_AS_ACTOR });
    const speaker = data!.claim!.speaker;
    expect(speaker).toMatchObject({ __typename: 'Person', name: 'Sergey Lavrov' });

    const id = client.cache.identify(speaker)!;
    expect(id).toBe(`Person:${speaker.id}`);
    expect(client.cache.readFragment({ id, fragment: ACTOR_NAME })).toEqual({
      __typename: 'Person',
      name: 'Sergey Lavrov',
    });

    // Without possibleTypes the cache cannot know a Person is an Actor: the fragment matches nothing,
    // the name is dropped on write and missing on read, and Apollo warns about it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const bare = makeCache(false);
      bare.writeQuery({ query: SPEAKER_AS_ACTOR, data: data! });
      expect(bare.readFragment({ id, fragment: ACTOR_NAME })).toEqual({ __typename: 'Person' });
      expect(bare.extract()[id]).not.toHaveProperty('name');
      expect(warn.mock.calls.map((args) => format(...args)).join('\n')).toMatch(
        /Cannot match .* on `Actor` against `Person`/,
      );
    } finally {
      warn.mockRestore();
    }
  });
});

const ADD_ACTOR: TypedDocumentNode<{ upsertActors: { actors: { key: string; name: string }[] } }, { name: string }> =
  gql`
  mutation AddActor($name: String!) {
    upsertActors(input: [{ id: "apq-test-actor", kind: PERSON, name: $name }]) {
      actors {
        key
        name
      }
    }
  }
`;

/** One request as the server saw it: its method, whether it carried the document, its hash, its answer. */
interface SentRequest {
  method: string;
  operationName: string;
  withDocument: boolean;
  hash: string | undefined;
  status: number;
}

describe("automatic persisted queries through Apollo Client's PersistedQueryLink", () => {
  const live = useSeededServer({ access: TEST_ACCESS });
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const sent: SentRequest[] = [];
  /** The documents sent in full, by hash. */
  const documents = new Map<string, string>();
  const clients: ApolloClient[] = [];

  /** A front end's client: hashes first, queries by GET; each its own cache, as another browser's. */
  function makeClient(): ApolloClient {
    const recordingFetch: typeof fetch = async (input, init) => {
      const method = init?.method ?? 'GET';
      const params: Record<string, unknown> =
        method === 'GET' ? Object.fromEntries(new URL(String(input)).searchParams) : JSON.parse(String(init?.body));
      const extensions = (
        typeof params.extensions === 'string' ? JSON.parse(params.extensions) : params.extensions
      ) as {
        persistedQuery?: { sha256Hash: string };
      };
      const hash = extensions?.persistedQuery?.sha256Hash;
      if (typeof params.query === 'string' && hash) documents.set(hash, params.query);
      const response = await fetch(input, init);
      sent.push({
        method,
        operationName: String(params.operationName),
        withDocument: 'query' in params,
        hash,
        status: response.status,
      });
      return response;
    };
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink({
          uri: live.server.url,
          fetch: recordingFetch,
          headers: { authorization: `Bearer ${EDITOR_KEY}` },
        }),
      ),
    });
    clients.push(client);
    return client;
  }

  afterEach(() => {
    sent.splice(0);
    for (const client of clients.splice(0)) client.stop();
  });

  it('sends the hash alone by GET, registers the document when asked, then needs only the hash', async () => {
    const first = await makeClient().query({ query: RUMORS });
    expect(first.data?.claim?.speaker.name).toBe('Sergey Lavrov');
    const hash = sent[0]?.hash;
    expect(sent).toEqual([
      { method: 'GET', operationName: 'Rumors', withDocument: false, hash, status: 404 },
      // The retry carries the document, by POST, under the same hash, which it hashes to.
      { method: 'POST', operationName: 'Rumors', withDocument: true, hash, status: 200 },
    ]);
    expect(sha256(documents.get(hash!)!)).toBe(hash);

    // Another client (a browser with an empty cache): one GET with the hash alone.
    sent.splice(0);
    const second = await makeClient().query({ query: RUMORS });
    expect(sent).toEqual([{ method: 'GET', operationName: 'Rumors', withDocument: false, hash, status: 200 }]);
    expect(second.data).toEqual(first.data);
  });

  it('sends mutations by POST, hashed the same way', async () => {
    const first = await makeClient().mutate({ mutation: ADD_ACTOR, variables: { name: 'Persisted Person' } });
    expect(first.data?.upsertActors.actors).toEqual([
      { __typename: 'Person', key: 'apq-test-actor', name: 'Persisted Person' },
    ]);
    const hash = sent[0]?.hash;
    expect(sent).toEqual([
      { method: 'POST', operationName: 'AddActor', withDocument: false, hash, status: 404 },
      { method: 'POST', operationName: 'AddActor', withDocument: true, hash, status: 200 },
    ]);

    sent.splice(0);
    const second = await makeClient().mutate({ mutation: ADD_ACTOR, variables: { name: 'Persisted Person II' } });
    expect(second.data?.upsertActors.actors[0]?.name).toBe('Persisted Person II');
    expect(sent).toEqual([{ method: 'POST', operationName: 'AddActor', withDocument: false, hash, status: 200 }]);
  });
});
