// The HTTP application: graphql-yoga serving the schema (subscriptions over server-sent events),
// GraphiQL with the example questions as tabs, /health (the process is up) and /ready (Neo4j
// answers; 503 when it does not).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createPubSub, createYoga, maskError, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { schema } from '../graphql/schema.ts';
import { createContext, type ClaimEvents, type Context } from '../graphql/context.ts';
import { ERROR_CODES } from '../graphql/errors.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import { countStatements } from '../neo4j/query-counter.ts';
import { graphIsReachable } from '../neo4j/reads/health.ts';
import { authenticate, PUBLIC_READS, type AccessConfig } from './auth.ts';
import { useBodySizeLimit } from './body-limit.ts';
import { exampleTabs } from './examples.ts';
import { DEFAULT_LIMITS, type RequestLimits } from './limits.ts';

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
}

type RequestContext = Context & { countedStatements: () => number };

/** Puts the number of Cypher statements a request ran into its response extensions. */
function useStatementCount(): Plugin<RequestContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result || 'errors' in result)) return;
          setResult({
            ...result,
            extensions: { ...result.extensions, cypherStatements: args.contextValue.countedStatements() },
          });
        },
      };
    },
  };
}

const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired'];

function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.includes(error.code) || error.retriable);
}

/** Depth, aliases, tokens and directives are refused at validation, before anything runs. */
function useDocumentLimits(limits: RequestLimits): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
    // The cost limit is the schema's own (Pothos complexity), which multiplies page sizes.
    costLimit: { enabled: false },
  }) as Plugin;
}

/**
 * Queries and mutations run as code that graphql-jit compiles from each document once (kept as long
 * as Yoga's cache keeps the parsed document), not through graphql-js's generic executor: 5–10% less
 * server CPU per request under load. Subscriptions keep graphql-js: under graphql-jit a filtered
 * claimAdded stream delivered events its arguments exclude.
 */
function useCompiledExecution(): Plugin {
  return useGraphQlJit(
    {},
    { enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation !== 'subscription' },
  ) as Plugin;
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createApp(options: AppOptions) {
  const { db } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const access = options.access ?? PUBLIC_READS;
  const events: ClaimEvents = options.pubSub ?? createPubSub();
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Enforced by useBodySizeLimit below, which counts only bodies that arrive without a length.
    maxRequestBodySize: false,
    context: ({ request }) => {
      const counted = countStatements(db);
      const viewer = authenticate(request.headers.get('authorization'), access);
      return { ...createContext(counted, limits, { viewer, events }), countedStatements: () => counted.statements };
    },
    graphiql: options.graphiql === false ? false : { title: 'claimgraph', defaultTabs: exampleTabs() },
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (isUnavailable(original)) {
          return new GraphQLError('The graph database is unavailable; try again shortly.', {
            extensions: { code: ERROR_CODES.unavailable },
          });
        }
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => graphIsReachable(db) }),
      useDocumentLimits(limits),
      useCompiledExecution(),
      ...(limits.introspection ? [] : [useNoIntrospection()]),
      ...(options.exposeStatementCount ? [useStatementCount()] : []),
      // Last, so that it wraps whichever request parser the plugins above selected.
      useBodySizeLimit(limits.maxBodyBytes),
    ],
  });
}
