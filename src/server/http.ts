// A node:http server around the Yoga app that shuts down gracefully: it stops accepting, lets
// in-flight requests finish (up to a bound), then closes idle keep-alive sockets. GraphQL requests
// are admitted in turn (admission.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AdmissionLimits, withAdmission } from './admission.ts';
import type { createApp } from './app.ts';
import { keepIdleConnections } from './keep-alive.ts';
import { DEFAULT_LIMITS } from './limits.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(
  app: ReturnType<typeof createApp>,
  options: {
    port: number;
    host: string;
    drainMs?: number;
    requestTimeoutMs?: number;
    keepAliveTimeoutMs?: number;
    /** GraphQL requests answered at once and how long the others may wait; unbounded when absent. */
    admission?: AdmissionLimits;
  },
): Promise<RunningServer> {
  const server = createServer(options.admission ? withAdmission(app, options.admission) : app);
  // A client that trickles its request in is cut off rather than holding a socket forever.
  server.requestTimeout = options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs;
  server.headersTimeout = Math.min(server.requestTimeout, 10_000);
  keepIdleConnections(server, options.keepAliveTimeoutMs);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    server,
    url: `http://${host}:${address.port}/graphql`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running after the drain period are cut off.
        setTimeout(() => server.closeAllConnections(), options.drainMs ?? 10_000).unref();
      });
      return closing;
    },
  };
}
