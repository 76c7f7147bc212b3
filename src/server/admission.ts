// Admission control: GraphQL requests run a bounded number at a time and wait their turn in one
// first-in, first-out line. Without it, every request under overload is let into the driver's pool
// and Neo4j's worker threads at once, where some are served far later than others for the same work
// (a p99 many times the p50); in line, each waits about as long as the others. A request that would
// wait longer than the bound, or is still waiting when it runs out, is refused at once with 503 and
// Retry-After, a GraphQL UNAVAILABLE error, rather than answered after many seconds.
// Subscriptions (event streams) stay open for as long as the client listens, so they are not counted.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type FifoGate, fifoGate, GateFull } from '../common/fifo-gate.ts';
import { ERROR_CODES } from '../graphql/errors.ts';

export interface AdmissionLimits {
  /** GraphQL requests answered at once; the others wait in line. */
  maxConcurrentRequests: number;
  /** The longest a request may wait in line before it is refused. */
  maxQueueWaitMs: number;
}

function isCounted(request: IncomingMessage): boolean {
  const path = request.url?.split('?', 1)[0];
  if (path !== '/graphql' || request.method === 'OPTIONS') return false;
  return !request.headers.accept?.includes('text/event-stream');
}

function refuse(response: ServerResponse, busy: GateFull, waitedMs: number): void {
  const retryAfterSeconds = Math.max(1, Math.ceil(busy.waitMs / 1000));
  const message =
    `claimgraph is answering more requests than it can in time (${busy.waiting} waiting); ` +
    `try again in ${retryAfterSeconds} s.`;
  response.writeHead(503, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'retry-after': String(retryAfterSeconds),
    // How long it stood in line before being refused, for the operator's tools (and the tests).
    'server-timing': `queue;dur=${waitedMs.toFixed(1)}`,
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: ERROR_CODES.unavailable } }] }));
}

/** The handler behind a gate: its GraphQL requests admitted in turn, the rest passed straight on. */
export function withAdmission(handler: RequestListener, limits: AdmissionLimits): RequestListener & { gate: FifoGate } {
  const gate = fifoGate({ maxRunning: limits.maxConcurrentRequests, maxWaitMs: limits.maxQueueWaitMs });
  const admitted = (request: IncomingMessage, response: ServerResponse) => {
    if (!isCounted(request)) return handler(request, response);
    const arrived = performance.now();
    gate
      .run(
        () =>
          new Promise<void>((answered) => {
            // A client that hung up while waiting gives its turn straight back.
            if (request.socket.destroyed) return answered();
            response.once('close', answered);
            handler(request, response);
          }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof GateFull)) throw error;
        if (!request.socket.destroyed) refuse(response, error, performance.now() - arrived);
      });
  };
  return Object.assign(admitted, { gate });
}
