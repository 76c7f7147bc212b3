// Where the graph lives, read from the environment. With NEO4J_URI set, that server is used as is
// (bolt://, neo4j://, neo4j+s:// for a cluster or Aura); without it, the project starts its own.
import { ConfigurationError, tcpPort } from '../common/configuration.ts';

export interface ExternalNeo4j {
  mode: 'external';
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface LocalNeo4jSettings {
  mode: 'local';
  /** Folder name under .neo4j/: each instance keeps its own data, logs and password. */
  instance: string;
  boltPort: number;
  database: string;
  /** Given by NEO4J_PASSWORD, or generated once and kept in the instance folder. */
  password: string | null;
}

export type Neo4jSettings = ExternalNeo4j | LocalNeo4jSettings;

/** Reads the NEO4J_* variables; `instance` and `defaultPort` pick the local server to start. */
export function neo4jSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  local: { instance: string; defaultPort: number } = { instance: 'dev', defaultPort: 7687 },
): Neo4jSettings {
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigurationError('NEO4J_URI is set but NEO4J_PASSWORD is not');
    }
    return {
      mode: 'external',
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD,
      database,
    };
  }
  return {
    mode: 'local',
    instance: env.NEO4J_LOCAL_INSTANCE || local.instance,
    boltPort: tcpPort(env.NEO4J_LOCAL_BOLT_PORT, local.defaultPort, 'NEO4J_LOCAL_BOLT_PORT'),
    database,
    password: env.NEO4J_PASSWORD || null,
  };
}
