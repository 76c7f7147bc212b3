// Whole answers to queries, served again without running them until a write changes what they
// hold. Built on graphql-yoga's response cache, which looks a request up before parsing it and
// files each answer under the entities in it (every object's __typename and id, selected for the
// purpose when the query does not). This plugin adds what exactness needs:
// - Tags for what an answer read beyond the entities it shows: a root list or search is filed under
//   itself and dropped by any write of the kinds it reads (a new claim belongs in `claims`,
//   `search`, `timeline`, `actorNetwork`…); a lookup by key or ID is filed under the entity it
//   names, so that a `null` for a key is dropped once the key is written. Lists under an entity
//   (an actor's claimsMade, with their totalCount) go with that entity.
// - Invalidation by what each committed write reports it touched (src/neo4j/writes/graph-change.ts:
//   the records and their neighbours before and after), before the mutation answers and before
//   subscribers hear of it. An answer whose computation overlapped an invalidation is not stored:
//   it may hold what the write changed, read before the commit.
// - Answers keyed by the viewer's scopes; stored only for queries answered without any error.
// - HTTP: on GET, an ETag (a hash of the answer) with `Cache-Control: no-cache` (every use is
//   revalidated, so no HTTP cache serves an answer a write has changed) and 304 Not Modified for a
//   matching If-None-Match; on every query, a Cache-Status header (RFC 9211): hit, miss, stored.
// - An editor (a key that may write) bypasses the cache with `Cache-Control: no-cache` (or
//   no-store): the answer is read from the graph, and neither looked up nor stored.
//
// Options: `store` (inMemoryResponseStore, or redisResponseStore shared by several processes, see
// response-cache-stores.ts), `ttlMs` (the longest an answer is kept: it bounds how long writes made
// around the API, by the seed and ingest CLIs, stay unseen), `viewerOf` (who sent a request).
// Yoga's own ETag is its cache key, and its 304 answers an If-None-Match naming a stored key: an
// answer dropped and computed again under the same key may differ, and would be declared
// unchanged. Here the ETag is a hash of the answer, which names no key, so yoga's 304 never applies.
import { createHash } from 'node:crypto';
import { type Cache, useResponseCache as useYogaResponseCache } from '@graphql-yoga/plugin-response-cache';
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isAsyncIterable, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { ConfigurationError, positiveInteger } from '../../common/configuration.ts';
import type { GraphChangeListener, Viewer } from '../../graphql/context.ts';
import { ERROR_CODES } from '../../graphql/errors.ts';
import { entityOfGlobalID, isKey } from '../../graphql/keys.ts';
import { type EntityKind, type GraphChange, type RecordKind, UNKNOWN_CHANGE } from '../../model/graph.ts';
import {
  type CachedResponse,
  connectRedisResponseStore,
  inMemoryResponseStore,
  type ResponseStore,
} from './response-cache-stores.ts';

export interface ResponseCacheOptions {
  store: ResponseStore;
  ttlMs: number;
}

export interface ResponseCache {
  plugin: Plugin;
  /** Drops every answer a committed write may have changed: the context's graphChanged. */
  graphChanged: GraphChangeListener;
}

/** Root lists and searches, by tag, and the kinds of records whose writes may change them. */
const ROOT_LISTS: Record<string, readonly RecordKind[]> = {
  'Query.claims': ['claim'],
  'Query.timeline': ['claim'],
  'Query.actorNetwork': ['claim'],
  // Chains run over claims and affiliations.
  'Query.actorPath': ['claim', 'actor'],
  // Ordered by name, or by the number of claims made.
  'Query.actors': ['claim', 'actor'],
  'Query.search': ['claim', 'actor', 'article'],
  'Query.articles': ['article'],
  'Query.events': ['event'],
  'Query.locations': ['location'],
  // actor(name: …) finds an actor by name or alias.
  'Query.actor(name)': ['actor'],
};

/** A root field this module does not know: any write drops answers that read one. */
const ANY_WRITE = 'Query.*';

/** Lookups by key or global ID, and the type of what they find. */
const LOOKUPS: Record<string, string> = {
  claim: 'Claim',
  actor: 'Actor',
  article: 'Article',
  event: 'Event',
  location: 'Location',
};

const TYPENAME_OF_KIND: Record<EntityKind, string> = {
  claim: 'Claim',
  actor: 'Actor',
  article: 'Article',
  location: 'Location',
  event: 'Event',
  evidence: 'Evidence',
};

/** The lists a filter by place or event can appear on: dropped when a place or event moves. */
const CONTAINMENT_LISTS = ['ClaimConnection', 'EventConnection'];

/** Every stored answer: what a write of unknown outcome drops. */
const ALL = '*';

/** The cache's keys (buildResponseCacheKey below): hex SHA-256. */
const RESPONSE_KEY = /^[0-9a-f]{64}$/;

/** Yoga's mark on an answer it served from the cache. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

export const servedFromResponseCache = (result: object): boolean => SERVED_FROM_CACHE in result;

/** What the cache decided for one request. */
interface RequestPolicy {
  /** The viewer's scopes, part of the cache key: one viewer's answer never reaches another with other rights. */
  session: string;
  /** Looked up and stored: not when an editor asks to bypass the cache, nor without the right to read. */
  use: boolean;
  /** A query: only queries get caching headers. */
  query: boolean;
  /** The ETag of the answer stored for it, once stored. */
  etag: string | null;
}

/** A query's answer being computed: what it is filed under besides its entities, and since when. */
interface Computation {
  policy: RequestPolicy;
  tags: string[];
  generation: number;
}

export function createResponseCache({
  store,
  ttlMs,
  viewerOf,
}: ResponseCacheOptions & { viewerOf: (request: Request) => Viewer }): ResponseCache {
  const policies = new WeakMap<Request, RequestPolicy>();
  // By the execution result, which yoga's cache hands to cache.set.
  const computations = new WeakMap<object, Computation>();

  const policyOf = (request: Request): RequestPolicy => {
    let policy = policies.get(request);
    if (!policy) {
      const viewer = viewerOf(request);
      const bypass =
        viewer.scopes.has('editor') && /\bno-(cache|store)\b/i.test(request.headers.get('cache-control') ?? '');
      policy = {
        session: [...viewer.scopes].sort().join(','),
        // Without the reader scope, the answer is an error.
        use: viewer.scopes.has('reader') && !bypass,
        query: false,
        etag: null,
      };
      policies.set(request, policy);
    }
    return policy;
  };

  // The JSON of each stored answer's data, made once for all the hits on it (a big answer's
  // serialisation is a good part of a hit's time); yoga serialises a result with its `stringify`.
  const bodies = new WeakMap<CachedResponse, string>();
  const servable = (response: CachedResponse | null | undefined) => {
    if (!response) return response;
    let data = bodies.get(response);
    if (data === undefined) {
      data = JSON.stringify(response.data);
      bodies.set(response, data);
    }
    const json = data;
    const stringify = ({ extensions }: ExecutionResult) =>
      `{"data":${json}${extensions ? `,"extensions":${JSON.stringify(extensions)}` : ''}}`;
    return { ...response, stringify };
  };

  const cache: Cache = {
    get(key) {
      if (!RESPONSE_KEY.test(key)) return null;
      const found = store.get(key);
      // A shared store out of reach: the answer is computed as if it were not stored.
      return found instanceof Promise
        ? found.then(servable, logged('could not read an answer', null))
        : servable(found);
    },
    set(key, result, entities) {
      const computation = computations.get(result);
      if (!computation || !result.data) return;
      const data = JSON.stringify(result.data);
      const etag = etagOf(data);
      const tags = [...new Set([ALL, ...computation.tags, ...entityTags(entities)])];
      const response: CachedResponse = { data: result.data, extensions: { http: { headers: { etag } } } };
      bodies.set(response, data);
      const remember = (stored: boolean) => {
        if (stored) computation.policy.etag = etag;
      };
      const stored = store.set(key, response, tags, ttlMs, computation.generation);
      if (stored instanceof Promise) stored.then(remember, logged('could not store an answer', undefined));
      else remember(stored);
    },
    // Mutations do not invalidate through their answers (invalidateViaMutation is off) but through
    // what the write path reports; this serves the interface.
    invalidate: (entities) => store.invalidate(entityTags(entities)),
  };

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useYogaResponseCache({
          cache,
          ttl: ttlMs,
          buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) =>
            createHash('sha256')
              .update(
                [documentString, operationName ?? '', stableJson(variableValues ?? {}), sessionId ?? ''].join('|'),
              )
              .digest('hex'),
          session: (request) => policyOf(request).session,
          enabled: (request) => policyOf(request).use,
          invalidateViaMutation: false,
          includeExtensionMetadata: false,
          // Only the answers of queries whose computation this plugin followed, without errors.
          shouldCacheResult: ({ result }) => !result.errors?.length && computations.has(result),
        }),
      );
    },
    onParams({ params, request }) {
      // A persisted query's hash without its document (resolved by a later plugin) would share the
      // key of every other: such a request goes around the cache.
      if (!params.query) policyOf(request).use = false;
    },
    async onExecute({ args }) {
      const policy = policies.get((args.contextValue as YogaInitialContext).request);
      const operation = getOperationAST(args.document, args.operationName);
      if (!policy || operation?.operation !== 'query') return;
      policy.query = true;
      if (!policy.use) return;
      const tags = rootTags(args.schema, args.document, operation, args.variableValues ?? {});
      // Without it the answer cannot be stored safely: it is computed as if the cache were off.
      const generation = await Promise.resolve(store.generation()).catch(
        logged('could not read its count of invalidations', null),
      );
      if (generation === null) return;
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) computations.set(result, { policy, tags, generation });
        },
      };
    },
    onResultProcess({ request, result, setResult, setResultProcessor }) {
      const policy = policies.get(request);
      if (!policy || Array.isArray(result) || isAsyncIterable(result)) return;
      const single = result as CachedResponse;
      const hit = servedFromResponseCache(single);
      if (!hit && !policy.query) return;
      const status = hit ? 'hit' : !policy.use ? 'fwd=bypass' : policy.etag ? 'fwd=uri-miss; stored' : 'fwd=uri-miss';
      const headers: Record<string, string> = { 'cache-status': `claimgraph; ${status}` };
      if (request.method === 'GET') {
        // Of every answer without errors, stored or not: the hash of what it says.
        const etag = hit
          ? single.extensions?.http?.headers?.etag
          : single.data && !single.errors?.length
            ? (policy.etag ?? etagOf(JSON.stringify(single.data)))
            : null;
        if (etag) {
          headers.etag = etag;
          headers['cache-control'] = `${request.headers.has('authorization') ? 'private' : 'public'}, no-cache`;
          headers.vary = 'Authorization';
          if (matchesEtag(request.headers.get('if-none-match'), etag)) {
            setResultProcessor(
              (_, fetchAPI) => new fetchAPI.Response(null, { status: 304, headers }),
              'application/json',
            );
            return;
          }
        } else {
          headers['cache-control'] = 'no-store';
        }
      }
      // The http extension becomes the response's headers; it holds only what is decided here
      // (yoga's cache puts its key there as an ETag).
      const { http: _, ...extensions } = single.extensions ?? {};
      setResult({ ...single, extensions: { ...extensions, http: { headers } } });
    },
  };

  return {
    plugin,
    async graphChanged(change) {
      const tags = changeTags(change);
      if (tags.length === 0) return;
      try {
        await store.invalidate(tags);
      } catch (error) {
        throw new GraphQLError(
          `The write was stored, but the response cache could not drop what it changed (${(error as Error).message}): ` +
            `cached answers may show the graph as it was for up to ${ttlMs / 1000} s.`,
          { extensions: { code: ERROR_CODES.unavailable } },
        );
      }
    },
  };
}

/**
 * JSON with every object's keys sorted, so that variables sent in another order share a key. The
 * key is hashed with node:crypto: the default's WebCrypto digest took 40% of a cache hit's CPU.
 */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, field]) => `${JSON.stringify(key)}:${stableJson(field)}`)
    .join(',')}}`;
}

/** A strong ETag: the hash of an answer's data, as JSON. */
const etagOf = (json: string) => `"${createHash('sha256').update(json).digest('base64url')}"`;

/** Logs a failure of the shared store and carries on with `fallback`. */
const logged =
  <T>(failure: string, fallback: T) =>
  (error: Error): T => {
    console.error(`The response cache ${failure}: ${error.message}`);
    return fallback;
  };

/** The entities in an answer. */
function entityTags(entities: Iterable<{ typename: string; id?: number | string }>): string[] {
  const tags: string[] = [];
  for (const { id } of entities) {
    const entity = id === undefined ? null : entityOfGlobalID(String(id));
    if (entity) tags.push(`${entity.typename}:${entity.key}`);
  }
  return tags;
}

const listTagsByDocument = new WeakMap<DocumentNode, string[]>();

/** The lists a move of a place or event may change that a document selects, anywhere in it. */
function containmentListTags(schema: GraphQLSchema, document: DocumentNode): string[] {
  let tags = listTagsByDocument.get(document);
  if (!tags) {
    const found = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          const name = type && getNamedType(type).name;
          if (name && CONTAINMENT_LISTS.includes(name)) found.add(name);
        },
      }),
    );
    tags = [...found];
    listTagsByDocument.set(document, tags);
  }
  return tags;
}

/** The tag of the entity a lookup names by key or global ID. */
function lookupTag(typename: string, value: unknown): string {
  if (typeof value !== 'string') return ANY_WRITE;
  if (isKey(value)) return `${typename}:${value}`;
  const entity = entityOfGlobalID(value);
  return entity ? `${entity.typename}:${entity.key}` : ANY_WRITE;
}

/** What an answer read besides the entities in it: its root fields, and lists a move may change. */
function rootTags(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string[] {
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced) return [ANY_WRITE];
  const fields = schema.getQueryType()!.getFields();
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const tags = new Set<string>();

  const fieldTags = (field: FieldNode): string[] => {
    const name = field.name.value;
    if (name.startsWith('__')) return [];
    const definition = fields[name];
    if (!definition) return [ANY_WRITE];
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, field, coerced);
    } catch {
      return [ANY_WRITE];
    }
    if (name === 'node') return [lookupTag('Node', args.id)];
    if (name === 'nodes') return (args.ids as unknown[]).map((id) => lookupTag('Node', id));
    const lookup = LOOKUPS[name];
    if (lookup) {
      const byName = name === 'actor' && args.name != null ? ['Query.actor(name)'] : [];
      return args.key == null ? byName : [...byName, lookupTag(lookup, args.key)];
    }
    const tag = `Query.${name}`;
    return tag in ROOT_LISTS ? [tag] : [ANY_WRITE];
  };

  const visitRoot = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const tag of fieldTags(selection)) tags.add(tag);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visitRoot(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) visitRoot(fragment.selectionSet, seen.add(fragment.name.value));
      }
    }
  };
  visitRoot(operation.selectionSet, new Set());
  return [...tags, ...containmentListTags(schema, document)];
}

/** The tags a committed write drops. */
function changeTags(change: GraphChange | typeof UNKNOWN_CHANGE): string[] {
  if (change === UNKNOWN_CHANGE) return [ALL];
  const tags = (Object.keys(change.touched) as EntityKind[]).flatMap((kind) =>
    change.touched[kind].map((key) => `${TYPENAME_OF_KIND[kind]}:${key}`),
  );
  if (change.written.length > 0) tags.push(ANY_WRITE);
  for (const [tag, kinds] of Object.entries(ROOT_LISTS)) {
    if (kinds.some((kind) => change.written.includes(kind))) tags.push(tag);
  }
  if (change.containmentChanged) tags.push(...CONTAINMENT_LISTS);
  return tags;
}

/** Whether an If-None-Match header names the ETag (weak comparison, RFC 9110 §13.1.2). */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export interface ResponseCacheSettings {
  ttlMs: number;
  /** Of the in-process store. */
  maxEntries: number;
}

/** The cache's settings from the environment; null when it is off. */
export function responseCacheSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheSettings | null {
  const switchedOn = env.CLAIMGRAPH_RESPONSE_CACHE ?? 'on';
  if (switchedOn !== 'on' && switchedOn !== 'off') {
    throw new ConfigurationError(`CLAIMGRAPH_RESPONSE_CACHE must be on or off, got "${switchedOn}"`);
  }
  if (switchedOn === 'off') return null;
  return {
    ttlMs: positiveInteger(env.CLAIMGRAPH_RESPONSE_CACHE_TTL_MS, 300_000, 'CLAIMGRAPH_RESPONSE_CACHE_TTL_MS'),
    maxEntries: positiveInteger(
      env.CLAIMGRAPH_RESPONSE_CACHE_MAX_ENTRIES,
      10_000,
      'CLAIMGRAPH_RESPONSE_CACHE_MAX_ENTRIES',
    ),
  };
}

/** The cache the settings ask for, its store opened: what the app takes, and what to close at shutdown. */
export async function openResponseCache(
  settings: ResponseCacheSettings,
  /** A shared store instead of this process's, for several processes: REDIS_URL, checked. */
  redisUrl: string | null,
): Promise<{ options: ResponseCacheOptions; description: string; close: () => Promise<void> }> {
  const { ttlMs, maxEntries } = settings;
  const kept = `for ${ttlMs / 1000} s at most`;
  if (!redisUrl) {
    const store = inMemoryResponseStore({ maxEntries });
    return {
      options: { store, ttlMs },
      description: `in process, ${maxEntries} at most, ${kept}`,
      close: async () => {},
    };
  }
  const { store, close } = await connectRedisResponseStore(redisUrl);
  return { options: { store, ttlMs }, description: `in Redis (REDIS_URL), ${kept}`, close };
}
