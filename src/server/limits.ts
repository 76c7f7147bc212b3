// What one request may cost. Every limit is configurable from the environment; each rejection
// says which limit was hit and by how much.

import { ConfigurationError } from '../common/configuration.ts';
import type { QueryLimits } from '../graphql/context.ts';
import type { AdmissionLimits } from './admission.ts';

export interface RequestLimits extends QueryLimits, AdmissionLimits {
  /** Nesting depth of a selection (armor). */
  maxDepth: number;
  /** Aliases in one document: stops alias bombs (armor). */
  maxAliases: number;
  /** Lexical tokens in one document (armor). */
  maxTokens: number;
  /** Directives in one document (armor). */
  maxDirectives: number;
  /** Cost: each field 1, the selections under a connection multiplied by its page size. */
  maxCost: number;
  /** Bytes of one request body. */
  maxBodyBytes: number;
  /** A Cypher transaction running longer is terminated by Neo4j. */
  transactionTimeoutMs: number;
  /**
   * Write transactions run at once; more wait their turn here. Writes that link to the same nodes
   * hold each other's locks, and waiting inside Neo4j would spend their transaction timeout.
   */
  maxConcurrentWrites: number;
  /** A request (headers and body received, answer sent) taking longer is cut off. */
  requestTimeoutMs: number;
  /** How long a client's idle connection is kept open for its next request. */
  keepAliveTimeoutMs: number;
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors; off in production, they map the schema. */
  fieldSuggestions: boolean;
}

const DEFAULTS: RequestLimits = {
  maxDepth: 16,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 200_000,
  maxBodyBytes: 100_000,
  transactionTimeoutMs: 10_000,
  maxConcurrentWrites: 2,
  maxConcurrentRequests: 16,
  maxQueueWaitMs: 5_000,
  requestTimeoutMs: 30_000,
  // Past the 60 s idle timeout of the usual load balancers, so that they, not the server, close
  // an idle connection (a server closing it first races the balancer's next request on it).
  keepAliveTimeoutMs: 65_000,
  introspection: true,
  fieldSuggestions: true,
};

const NUMBER_VARIABLES: Record<string, keyof RequestLimits> = {
  CLAIMGRAPH_MAX_DEPTH: 'maxDepth',
  CLAIMGRAPH_MAX_ALIASES: 'maxAliases',
  CLAIMGRAPH_MAX_TOKENS: 'maxTokens',
  CLAIMGRAPH_MAX_DIRECTIVES: 'maxDirectives',
  CLAIMGRAPH_MAX_COST: 'maxCost',
  CLAIMGRAPH_MAX_BODY_BYTES: 'maxBodyBytes',
  CLAIMGRAPH_TRANSACTION_TIMEOUT_MS: 'transactionTimeoutMs',
  CLAIMGRAPH_MAX_CONCURRENT_WRITES: 'maxConcurrentWrites',
  CLAIMGRAPH_MAX_CONCURRENT_REQUESTS: 'maxConcurrentRequests',
  CLAIMGRAPH_MAX_QUEUE_WAIT_MS: 'maxQueueWaitMs',
  CLAIMGRAPH_REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
  CLAIMGRAPH_KEEP_ALIVE_TIMEOUT_MS: 'keepAliveTimeoutMs',
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  const limits = { ...DEFAULTS, fieldSuggestions: env.NODE_ENV !== 'production' };
  for (const [variable, key] of Object.entries(NUMBER_VARIABLES)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) {
      throw new ConfigurationError(`${variable} must be a positive whole number, got "${value}"`);
    }
    (limits as Record<string, number | boolean>)[key] = parsed;
  }
  if (env.CLAIMGRAPH_INTROSPECTION) limits.introspection = env.CLAIMGRAPH_INTROSPECTION !== 'false';
  return limits;
}

export const DEFAULT_LIMITS = DEFAULTS;
