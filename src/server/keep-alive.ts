// How long a client's idle connection stays open. Apart from http.ts so that the benchmark's bare
// servers can keep connections the same way without loading the GraphQL stack.
import type { Server } from 'node:http';
import { DEFAULT_LIMITS } from './limits.ts';

/**
 * Keeps a client's idle connection open for `ms` instead of Node's 5 s. A client that pauses longer
 * than that comes back on new connections, and Node (libuv since 1.45) accepts one new connection
 * per turn of its event loop: under load a turn takes tens of milliseconds, so a burst of new
 * connections waits seconds in the kernel's accept queue, out of sight of the admission line.
 */
export function keepIdleConnections(server: Server, ms = DEFAULT_LIMITS.keepAliveTimeoutMs): void {
  server.keepAliveTimeout = ms;
}
