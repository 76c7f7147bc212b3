// Persisted queries: Apollo's Automatic Persisted Queries (APQ) as Apollo Client's PersistedQueryLink
// speaks them, over POST and GET, and for operators who want it a trusted-documents mode.
//
// APQ: a client sends `extensions.persistedQuery: {version: 1, sha256Hash}` without the document; the
// server runs the document it knows by that hash, or answers `PersistedQueryNotFound` (404, never
// cached by a proxy), and the client sends it again with the document, which the server checks
// against the hash and keeps once it has validated. Documents known in advance (the explorer's, from
// its codegen manifest) are always found and never evicted, so the explorer's first page view is one
// request. Trusted-documents mode: a request without an API key may run only the known documents.
//
// Written here rather than with @graphql-yoga/plugin-persisted-operations: that plugin looks up a
// list of persisted documents but registers nothing, and answers a request that sends neither a
// document nor a hash with its own error instead of Yoga's; the lookup it would add is a Map read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../graphql/errors.ts';

/** Where registered documents are kept, by hash; a store shared by several processes fits here. */
export interface PersistedQueryStore {
  get(hash: string): string | undefined | Promise<string | undefined>;
  set(hash: string, document: string): void | Promise<void>;
}

/** About 5,000 documents the size of the explorer's largest (2 KB); its eleven take 10 KB. */
export const DEFAULT_STORE_BYTES = 10_000_000;

const HASH_BYTES = 64;

/**
 * The in-process store: least recently used documents go first once the documents and their hashes
 * take more than `maxBytes` (UTF-8); a document larger than that alone is not kept.
 */
export function createMemoryQueryStore(maxBytes = DEFAULT_STORE_BYTES): PersistedQueryStore {
  // A Map iterates in insertion order: a document read is moved to the end, so the first is the oldest.
  const documents = new Map<string, string>();
  let bytes = 0;
  const sizeOf = (document: string) => HASH_BYTES + Buffer.byteLength(document);
  return {
    get(hash) {
      const document = documents.get(hash);
      if (document !== undefined) {
        documents.delete(hash);
        documents.set(hash, document);
      }
      return document;
    },
    set(hash, document) {
      if (documents.has(hash) || sizeOf(document) > maxBytes) return;
      documents.set(hash, document);
      bytes += sizeOf(document);
      for (const [oldest, evicted] of documents) {
        if (bytes <= maxBytes) break;
        documents.delete(oldest);
        bytes -= sizeOf(evicted);
      }
    },
  };
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A persisted-documents manifest as GraphQL Code Generator's client preset writes it: hash → document. */
export function readDocumentManifest(file: string): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [hash, document] of Object.entries(manifest)) {
    if (sha256Hex(document) !== hash) throw new Error(`${file}: the document under ${hash} has another hash`);
  }
  return new Map(Object.entries(manifest));
}

export interface PersistedQueriesOptions {
  /** Registered documents; default an in-process store of DEFAULT_STORE_BYTES. */
  store?: PersistedQueryStore;
  /** Documents known in advance, by the SHA-256 of their text: always found, never evicted. */
  knownDocuments?: ReadonlyMap<string, string>;
  /** Only the known documents, for requests that `mayRunAnyDocument` does not exempt. */
  trustedDocumentsOnly?: boolean;
  /** In trusted-documents mode, the requests that may still send any document (those with an API key). */
  mayRunAnyDocument?: (request: Request) => boolean;
}

const HASH = /^[0-9a-f]{64}$/;

// The exact message and code Apollo Client's PersistedQueryLink looks for. A proxy must not keep it:
// the next request for the hash will find the document.
const notFound = () =>
  createGraphQLError('PersistedQueryNotFound', {
    extensions: {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      http: { status: 404, headers: { 'cache-control': 'private, no-cache, must-revalidate' } },
    },
  });

const badPersistedQuery = (message: string) =>
  createGraphQLError(message, { extensions: { code: ERROR_CODES.badUserInput, http: { status: 400 } } });

const notTrusted = (what: string) =>
  createGraphQLError(
    `${what}: this server runs only its trusted documents for requests without an API key; send one as Authorization: Bearer <key> to run other documents`,
    { extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 403 } } },
  );

/** The hash a request names, or null when it names none; a malformed extension is refused. */
function requestedHash(extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return null;
  const persisted = extensions.persistedQuery as { version?: unknown; sha256Hash?: unknown } | null;
  if (persisted?.version !== 1) {
    throw badPersistedQuery('extensions.persistedQuery.version must be 1, the only version of the protocol');
  }
  if (typeof persisted.sha256Hash !== 'string' || !HASH.test(persisted.sha256Hash)) {
    throw badPersistedQuery('extensions.persistedQuery.sha256Hash must be 64 lower-case hexadecimal digits');
  }
  return persisted.sha256Hash;
}

export function usePersistedQueries(options: PersistedQueriesOptions = {}): Plugin {
  const store = options.store ?? createMemoryQueryStore();
  const known = options.knownDocuments ?? new Map<string, string>();
  const trustedOnly = options.trustedDocumentsOnly ?? false;
  const mayRunAnyDocument = options.mayRunAnyDocument ?? (() => false);
  /** Documents sent with their hash, kept once they have validated. */
  const toRegister = new WeakMap<object, { hash: string; document: string }>();

  /** A registered document, or undefined; a store that cannot answer costs the client one retry. */
  const registered = (hash: string) =>
    new Promise<string | undefined>((resolve) => resolve(store.get(hash))).catch(() => undefined);

  return {
    onParams({ params, setParams, request, context }) {
      const hash = requestedHash(params.extensions);
      // A document of another type is Yoga's to refuse.
      const document = typeof params.query === 'string' ? params.query : undefined;
      const anyDocument = !trustedOnly || mayRunAnyDocument(request);
      if (hash === null) {
        if (document !== undefined && !anyDocument && !known.has(sha256Hex(document))) {
          throw notTrusted('This document is not one of them');
        }
        return;
      }
      if (params.query == null) {
        const knownDocument = known.get(hash);
        if (knownDocument !== undefined) return setParams({ ...params, query: knownDocument });
        if (!anyDocument) throw notTrusted(`No trusted document has the hash ${hash}`);
        return registered(hash).then((found) => {
          if (found === undefined) throw notFound();
          setParams({ ...params, query: found });
        });
      }
      if (document === undefined) return;
      const actual = sha256Hex(document);
      if (actual !== hash) {
        throw badPersistedQuery(
          `extensions.persistedQuery.sha256Hash is ${hash}, but the SHA-256 of the document sent is ${actual}`,
        );
      }
      if (known.has(hash)) return;
      if (!anyDocument) throw notTrusted('This document is not one of them');
      toRegister.set(context, { hash, document });
    },
    onValidate({ context }) {
      const registration = toRegister.get(context);
      if (!registration) return;
      return ({ valid }) => {
        if (!valid) return;
        // A store that fails to keep it costs the next client one retry, not this request.
        new Promise((resolve) => resolve(store.set(registration.hash, registration.document))).catch(() => {});
      };
    },
  };
}
