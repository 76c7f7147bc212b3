// ioredis connections to the shared Redis: named in CLIENT LIST, reconnecting for as long as Redis is
// away (at most 2 s apart), and saying once that Redis went away and once that it is back, where
// ioredis alone would report every failed reconnection.
import { Redis } from 'ioredis';
import { withoutPassword } from './config.ts';

export interface RedisConnectionOptions {
  /** Shown by CLIENT LIST, and in the messages: what the connection is for. */
  name: string;
  /**
   * True: a command sent while Redis is away waits for the connection (however long). False: it
   * fails at once, and so does one in flight when the connection drops.
   */
  waitWhileAway: boolean;
  /** Called once when the connection is lost (or cannot be made), with why. */
  lost: (reason: string) => void;
  /** Called once when it answers again after being lost. */
  back: () => void;
}

export function connectRedis(url: string, options: RedisConnectionOptions): Redis {
  const client = new Redis(url, {
    connectionName: options.name,
    enableOfflineQueue: options.waitWhileAway,
    maxRetriesPerRequest: options.waitWhileAway ? null : 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let away = false;
  let lastError: string | null = null;
  client.on('error', (error: Error) => {
    lastError = error.message;
  });
  // ioredis reconnects after every connection lost but the ones closed on purpose (quit, disconnect).
  client.on('reconnecting', () => {
    if (away) return;
    away = true;
    options.lost(lastError ?? 'connection closed');
  });
  client.on('ready', () => {
    lastError = null;
    if (!away) return;
    away = false;
    options.back();
  });
  return client;
}

/** Resolves once the client has connected; rejects after `timeoutMs` saying why it has not. */
export function connected(client: Redis, url: string, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let lastError = 'no answer';
    const failed = (error: Error) => {
      lastError = error.message;
    };
    const ready = () => {
      clearTimeout(timer);
      client.off('error', failed);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off('ready', ready);
      client.off('error', failed);
      reject(new Error(`Redis at ${withoutPassword(url)} was not ready within ${timeoutMs / 1000} s (${lastError})`));
    }, timeoutMs);
    client.on('error', failed);
    client.once('ready', ready);
  });
}

/** Closes the connection: QUIT when Redis is there (replies still due arrive first), at once when not. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    await client.quit().catch(() => client.disconnect());
  } else {
    client.disconnect();
  }
}
