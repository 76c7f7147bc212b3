// Who is asking: API keys from the environment, sent as bearer tokens. The GraphQL layer sees only
// the resulting viewer and its scopes; which field needs which scope is declared on the schema.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from '../common/configuration.ts';
import type { Scope, Viewer } from '../graphql/context.ts';

/** Long enough that guessing is hopeless; the keys of RFC 6750 bearer tokens (token68). */
const MIN_KEY_LENGTH = 16;
const KEY = /^[A-Za-z0-9._~+/=-]+$/;
const NAME = /^[A-Za-z0-9._-]+$/;

/** What a key may do: an editor writes (and reads), a reader only reads. */
const SCOPES_OF_ROLE: Record<string, readonly Scope[]> = {
  editor: ['editor', 'reader'],
  reader: ['reader'],
};

interface ApiKey {
  name: string;
  /** Only the hash is kept, so comparisons take the same time whatever the key. */
  hash: Buffer;
  scopes: ReadonlySet<Scope>;
}

export interface AccessConfig {
  keys: ApiKey[];
  /** Off: anyone may read, keys are needed to write. On: reading needs a key too. */
  readsRequireAuth: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

export const PUBLIC_READS: AccessConfig = { keys: [], readsRequireAuth: false };

/**
 * CLAIMGRAPH_API_KEYS: comma-separated `name:key` pairs, each optionally `name:key:reader` for a
 * key that may only read. CLAIMGRAPH_READS_REQUIRE_AUTH=true makes reads need a key as well.
 */
export function accessFromEnv(env: NodeJS.ProcessEnv = process.env): AccessConfig {
  const keys: ApiKey[] = [];
  for (const entry of (env.CLAIMGRAPH_API_KEYS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name = '', key = '', role = 'editor', ...rest] = entry.split(':');
    const shown = `"${name}:…"`;
    if (!NAME.test(name) || rest.length > 0) {
      throw new ConfigurationError(`CLAIMGRAPH_API_KEYS: ${shown} is not name:key or name:key:reader`);
    }
    if (key.length < MIN_KEY_LENGTH || !KEY.test(key)) {
      throw new ConfigurationError(
        `CLAIMGRAPH_API_KEYS: the key of "${name}" must be at least ${MIN_KEY_LENGTH} characters of A-Z a-z 0-9 . _ ~ + / = -`,
      );
    }
    const scopes = SCOPES_OF_ROLE[role];
    if (!scopes)
      throw new ConfigurationError(
        `CLAIMGRAPH_API_KEYS: the role of "${name}" must be editor or reader, got "${role}"`,
      );
    if (keys.some((k) => k.name === name))
      throw new ConfigurationError(`CLAIMGRAPH_API_KEYS: "${name}" is given twice`);
    keys.push({ name, hash: sha256(key), scopes: new Set(scopes) });
  }
  const readsRequireAuth = env.CLAIMGRAPH_READS_REQUIRE_AUTH === 'true';
  if (readsRequireAuth && keys.length === 0) {
    throw new ConfigurationError('CLAIMGRAPH_READS_REQUIRE_AUTH=true needs at least one key in CLAIMGRAPH_API_KEYS');
  }
  return { keys, readsRequireAuth };
}

/** The key a token matches. Every key is compared, in constant time, so timing tells nothing. */
function matchKey(token: string, keys: readonly ApiKey[]): ApiKey | null {
  const hash = sha256(token);
  let found: ApiKey | null = null;
  for (const key of keys) if (timingSafeEqual(hash, key.hash)) found = key;
  return found;
}

/** The viewer behind a request's Authorization header. */
export function authenticate(authorization: string | null, access: AccessConfig): Viewer {
  const anonymous = (reason: string): Viewer => ({
    keyName: null,
    scopes: new Set<Scope>(access.readsRequireAuth ? [] : ['reader']),
    reason,
  });
  if (!authorization) return anonymous('no API key was sent');
  const token = /^Bearer +(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token) return anonymous('the Authorization header is not "Bearer <key>"');
  const key = matchKey(token, access.keys);
  if (!key) return anonymous('the API key is not valid');
  return { keyName: key.name, scopes: key.scopes, reason: null };
}
