// Where the shared Redis is, read from the environment. REDIS_URL set: claim events travel through
// that Redis, so that several server processes hear each other's writes. Unset: they stay in the
// process, which is all a single process needs.
import { ConfigurationError, tcpPort } from '../common/configuration.ts';

/** The URL with its password replaced, for messages and logs. */
export function withoutPassword(url: string): string {
  return url.replace(/\/\/([^@/]*):[^@/]*@/, '//$1:***@');
}

/** REDIS_URL checked: redis:// or rediss:// (TLS), a host, an optional port and database number. Null when unset. */
export function redisUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.REDIS_URL;
  if (value === undefined || value === '') return null;
  const refuse = (reason: string) =>
    new ConfigurationError(
      `REDIS_URL must look like redis://[:password@]host[:port][/database] (rediss:// for TLS); ` +
        `"${withoutPassword(value)}" ${reason}`,
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('is not a URL (or its port is not a TCP port)');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw refuse(`has the scheme "${url.protocol}"`);
  if (url.hostname === '') throw refuse('has no host');
  if (!/^(\/\d*)?$/.test(url.pathname)) throw refuse('has a path that is not a database number');
  return value;
}

export interface LocalRedisSettings {
  /** Folder name under .redis/: each instance keeps its own configuration, password and log. */
  instance: string;
  port: number;
}

/** `npm run redis`: which local Redis to start (REDIS_LOCAL_INSTANCE, REDIS_LOCAL_PORT). */
export function localRedisSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalRedisSettings {
  return {
    instance: env.REDIS_LOCAL_INSTANCE || 'dev',
    port: tcpPort(env.REDIS_LOCAL_PORT, 6379, 'REDIS_LOCAL_PORT'),
  };
}
