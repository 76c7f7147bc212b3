// One driver per process. Writes go through managed transactions (executeWrite), reads through
// READ-mode sessions, so that a cluster routes reads to followers; transient errors are retried.
import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
} from 'neo4j-driver';
import { fifoGate } from '../common/fifo-gate.ts';
import type { Neo4jSettings } from './config.ts';
import { type LocalNeo4j, startLocalNeo4j } from './local-server.ts';

export interface GraphDatabase {
  driver: Driver;
  database: string;
  /** The server this process started, when it started one. */
  local: LocalNeo4j | null;
  /**
   * One read statement in a transaction of its own (auto-commit), retried like a managed one. A
   * managed transaction's BEGIN and COMMIT cost more round trips than the API's reads themselves.
   */
  query(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /** Several read statements in one managed read transaction. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Closes the driver, then stops the local server if this process started it. */
  close(): Promise<void>;
}

export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Counts and offsets in this graph stay far below 2^53.
    disableLosslessIntegers: true,
    userAgent: 'claimgraph/0.1',
    connectionAcquisitionTimeout: 30_000,
    // With Neo4j down, a request fails within seconds instead of retrying for the default 30 s.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: RETRY_TIME_MS,
  });
}

// How long a failing transaction is retried, and the delays between tries: the driver's policy for
// managed transactions, which `query` applies to the auto-commit ones.
const RETRY_TIME_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 1_000;

/** Runs `attempt` again on transient errors (a leader switch, a lost connection) for a bounded time. */
export async function retryTransient<T>(attempt: () => Promise<T>, retryTimeMs = RETRY_TIME_MS): Promise<T> {
  const started = Date.now();
  for (let delayMs = FIRST_RETRY_DELAY_MS; ; delayMs *= 2) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryableError(error) || Date.now() - started > retryTimeMs) throw error;
      const jitter = delayMs * 0.2 * (2 * Math.random() - 1);
      await new Promise((resolve) => setTimeout(resolve, delayMs + jitter));
    }
  }
}

const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired'];

/** Whether an error says the database could not be reached (after the retries), not that a statement failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.includes(error.code) || error.retriable);
}

/**
 * Starts `run` without the stack capture the driver makes for every statement (to decorate a failure
 * that rarely comes): formatting that stack was 5% of the server's CPU on a cheap request. A failed
 * statement's error keeps its name and message, which say what went wrong.
 */
function withoutStackCapture<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export interface DatabaseOptions {
  /** Neo4j terminates a transaction running longer than this. */
  transactionTimeoutMs?: number;
  /** Write transactions running at once; the rest queue in this process (unbounded by default). */
  maxConcurrentWrites?: number;
}

export function graphDatabase(
  driver: Driver,
  database: string,
  local: LocalNeo4j | null,
  options: DatabaseOptions = {},
): GraphDatabase {
  const config = options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : undefined;
  const writeSlot = fifoGate({ maxRunning: options.maxConcurrentWrites ?? Number.POSITIVE_INFINITY });
  return {
    driver,
    database,
    local,
    query(cypher, params) {
      return retryTransient(async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          return await withoutStackCapture(() => session.run(cypher, params, config));
        } finally {
          await session.close();
        }
      });
    },
    async read(work) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(work, config);
      } finally {
        await session.close();
      }
    },
    write(work) {
      return writeSlot.run(async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
        try {
          return await session.executeWrite(work, config);
        } finally {
          await session.close();
        }
      });
    },
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}

/** Connects to the configured Neo4j, starting the project's local server when none is configured. */
export async function connectGraphDatabase(
  settings: Neo4jSettings,
  options: DatabaseOptions = {},
): Promise<GraphDatabase> {
  if (settings.mode === 'external') {
    const driver = createDriver(settings.uri, settings.username, settings.password);
    try {
      await driver.verifyConnectivity({ database: settings.database });
    } catch (error) {
      await driver.close();
      throw new Error(`cannot reach Neo4j at ${settings.uri}: ${(error as Error).message}`, { cause: error });
    }
    return graphDatabase(driver, settings.database, null, options);
  }
  const local = await startLocalNeo4j({
    instance: settings.instance,
    boltPort: settings.boltPort,
    password: settings.password,
  });
  const driver = createDriver(local.uri, local.username, local.password);
  return graphDatabase(driver, settings.database, local, options);
}
