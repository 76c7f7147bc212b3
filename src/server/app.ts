// The HTTP application: graphql-yoga serving the schema (queries by POST or GET, automatic persisted
// queries; subscriptions over server-sent events), GraphiQL with the example questions as tabs (its
// scripts served from here, never from a CDN), the explorer at `/`, /health (the process is up) and
// /ready (Neo4j answers; 503 when it does not).
// Wiring only: each plugin lives in plugins/, with its options.
import { join } from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createPubSub, createYoga, useReadinessCheck } from 'graphql-yoga';
import { PROJECT_ROOT } from '../common/paths.ts';
import type { CandidateFinder } from '../extract/attribution/extract.ts';
import { type ClaimEvents, type Context, createContext } from '../graphql/context.ts';
import { schema } from '../graphql/schema.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import { countStatements } from '../neo4j/query-counter.ts';
import { graphIsReachable } from '../neo4j/reads/health.ts';
import { type AccessConfig, authenticate, PUBLIC_READS } from './auth.ts';
import { exampleTabs } from './examples.ts';
import { DEFAULT_LIMITS, type RequestLimits } from './limits.ts';
import { maskedErrors } from './masked-errors.ts';
import { loadExplorerDocuments } from './persisted-queries.ts';
import { useBodySizeLimit } from './plugins/body-size-limit.ts';
import { useCompiledExecution } from './plugins/compiled-execution.ts';
import { useDocumentLimits } from './plugins/document-limits.ts';
import { useExplorer } from './plugins/explorer.ts';
import { useNoIntrospection } from './plugins/no-introspection.ts';
import { type PersistedQueriesOptions, usePersistedQueries } from './plugins/persisted-queries.ts';
import { useRequestStateRelease } from './plugins/request-state.ts';
import { createResponseCache, type ResponseCacheOptions } from './plugins/response-cache.ts';
import { useStatementCount } from './plugins/statement-count.ts';

export interface AppOptions {
  db: GraphDatabase;
  /** Adds extensions.cypherStatements to every response (for tests and benchmarks). */
  exposeStatementCount?: boolean;
  graphiql?: boolean;
  limits?: RequestLimits;
  /** API keys and whether reads need one; default: public reads, no keys, so no writes. */
  access?: AccessConfig;
  /**
   * Where claimAdded events travel; default in-process. Several server processes share one
   * (createPubSub with a Redis event target) so a subscriber hears every process's writes.
   */
  pubSub?: ClaimEvents;
  /** The built explorer to serve at `/` (default dist/web); false serves the API alone. */
  explorer?: string | false;
  /**
   * Automatic persisted queries: where registered documents are kept (default in-process), the
   * documents known in advance (default the explorer's) and whether only those may run without a key.
   */
  persistedQueries?: Pick<PersistedQueriesOptions, 'store' | 'knownDocuments' | 'trustedDocumentsOnly'>;
  /** Keeps whole answers to queries until a write changes them (plugins/response-cache.ts); default off. */
  responseCache?: ResponseCacheOptions;
  /** What finds the attributions of the pages `readArticle` reads; default the rules (design A). */
  attributionFinder?: CandidateFinder;
}

/** Without a response cache, nothing keeps earlier reads that a write could leave stale. */
const ignoreChange = async () => {};

export const EXPLORER_DIST = join(PROJECT_ROOT, 'dist/web');

export function createApp(options: AppOptions) {
  const { db, exposeStatementCount = false } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const access = options.access ?? PUBLIC_READS;
  const events: ClaimEvents = options.pubSub ?? createPubSub();
  const viewerOf = (request: Request) => authenticate(request.headers.get('authorization'), access);
  const responseCache = options.responseCache && createResponseCache({ ...options.responseCache, viewerOf });
  const graphChanged = responseCache?.graphChanged ?? ignoreChange;
  // A request's context, for /graphql and for the JSON-LD the explorer's pages are also served as.
  const contextOf = (request: Request) =>
    createContext(exposeStatementCount ? countStatements(db) : db, limits, {
      viewer: viewerOf(request),
      events,
      graphChanged,
      ...(options.attributionFinder && { attributionFinder: options.attributionFinder }),
    });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Enforced by useBodySizeLimit below, which counts only bodies that arrive without a length.
    maxRequestBodySize: false,
    context: ({ request }) => contextOf(request),
    graphiql: options.graphiql === false ? false : graphiqlOptions(),
    renderGraphiQL,
    maskedErrors,
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => graphIsReachable(db) }),
      // First of the GraphQL plugins: it puts the document of a hash into the request.
      usePersistedQueries({
        knownDocuments: loadExplorerDocuments(),
        ...options.persistedQueries,
        mayRunAnyDocument: (request) => authenticate(request.headers.get('authorization'), access).keyName !== null,
      }),
      ...(options.explorer === false
        ? []
        : [useExplorer({ root: options.explorer ?? EXPLORER_DIST, context: contextOf })]),
      useDocumentLimits(limits),
      useCompiledExecution(),
      ...(limits.introspection ? [] : [useNoIntrospection()]),
      // After compiled execution, whose execute it wraps; before the statement count, so that a
      // stored answer holds no count of its own.
      ...(responseCache ? [responseCache.plugin] : []),
      ...(exposeStatementCount ? [useStatementCount()] : []),
      useRequestStateRelease(),
      // Last, so that it wraps whichever request parser the plugins above selected.
      useBodySizeLimit(limits.maxBodyBytes),
    ],
  });
}

/**
 * GraphiQL 5 fills the open tab's variables editor from `variables` only, not from the tab's own,
 * so the first example also goes there: its Run button works as loaded.
 */
function graphiqlOptions() {
  const tabs = exampleTabs();
  return { title: 'claimgraph', defaultTabs: tabs, variables: tabs[0]?.variables };
}
