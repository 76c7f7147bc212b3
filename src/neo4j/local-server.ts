// Starts a real Neo4j 5.26 community server on a machine without Docker: its jars come from Maven
// Central through the machine's Maven (scripts/neo4j/pom.xml) and run on the machine's JDK 17 with
// the server's own entry point (org.neo4j.server.CommunityEntryPoint) and a generated neo4j.conf.
// Optional plugins (APOC core, for the benchmark's @neo4j/graphql peer) come the same way, from
// their own pom, into the instance's plugins folder.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../common/paths.ts';
import { jdkProgram, resolveJars } from '../local-services/maven.ts';
import {
  logTail,
  portAcceptsConnections,
  startServerProcess,
  stopLeftover,
  waitUntilReady,
} from '../local-services/server-process.ts';

const run = promisify(execFile);

const POM = join(PROJECT_ROOT, 'scripts/neo4j/pom.xml');
const STATE_ROOT = join(PROJECT_ROOT, '.neo4j');

/** Server plugins the launcher can install, each resolved from its own pom through Maven. */
export type LocalNeo4jPlugin = 'apoc';

const PLUGINS: Record<LocalNeo4jPlugin, { pom: string; title: string; conf: string[] }> = {
  apoc: {
    pom: join(PROJECT_ROOT, 'scripts/neo4j/apoc-pom.xml'),
    title: 'APOC core',
    conf: ['dbms.security.procedures.unrestricted=apoc.*', 'dbms.security.procedures.allowlist=apoc.*'],
  },
};

/** Lists, in the plugins folder, the jars this launcher put there (and may therefore remove). */
const PLUGIN_MANIFEST = '.claimgraph-plugins';

export interface LocalNeo4jOptions {
  /** Folder under .neo4j/ holding this instance's data, logs, config and password. */
  instance: string;
  boltPort: number;
  /** Password of the `neo4j` user; generated and kept in the instance folder when null. */
  password: string | null;
  /** Plugins to install into the instance (none by default). */
  plugins?: LocalNeo4jPlugin[];
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  home: string;
  pid: number;
  /** Milliseconds from spawning the JVM until Bolt accepted an authenticated connection. */
  startupMs: number;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

// The heap: a bulk load's batch keeps its transaction state live through many young collections,
// and with 1 GB the collector paused Neo4j for a tenth of a load. With 2 GB, 200k-claim loads ran
// at 2,148-2,373 claims/s against 1,583-1,773 (same sitting, alternated).
const MAX_HEAP = '2g';
/** Memory all running transactions may hold together; beyond it a query fails, so half the heap. */
const MAX_TRANSACTION_MEMORY = '1g';

// Neo4j's own launcher passes these; without them Netty and the page cache log reflective-access
// warnings or fall back to slower paths on JDK 17.
const JVM_FLAGS = [
  '-Xms256m',
  `-Xmx${MAX_HEAP}`,
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** A program of the JDK that runs the local server: java, or a tool such as jcmd or jfr. */
export function neo4jJdkProgram(name: string): string {
  return jdkProgram(name, process.env.NEO4J_JAVA_HOME || process.env.JAVA_HOME);
}

const javaExecutable = () => neo4jJdkProgram('java');

/** Resolves the server's classpath with Maven once per pom version; jars stay cached in ~/.m2. */
export async function resolveClasspath(log: (message: string) => void = () => {}): Promise<string> {
  return resolveJars({
    pom: POM,
    stateRoot: STATE_ROOT,
    cachePrefix: 'classpath',
    what: 'the Neo4j jars',
    announce: () => log('Resolving the Neo4j server jars with Maven (first run downloads about 130 MB into ~/.m2)...'),
    error: LocalNeo4jError,
  });
}

/** Resolves a plugin's jars (the plugin and the libraries it needs that the server lacks). */
export async function resolvePluginJars(
  plugin: LocalNeo4jPlugin,
  log: (message: string) => void = () => {},
): Promise<string[]> {
  const { pom, title } = PLUGINS[plugin];
  const classpath = await resolveJars({
    pom,
    stateRoot: STATE_ROOT,
    cachePrefix: `plugin-${plugin}`,
    what: `the ${title} jars`,
    announce: () => log(`Resolving the ${title} jars with Maven (first run downloads about 2 MB into ~/.m2)...`),
    error: LocalNeo4jError,
  });
  return classpath.split(':').filter(Boolean);
}

/**
 * Makes the instance's plugins folder hold exactly the asked-for plugins' jars. Only jars this
 * launcher copied there (listed in the manifest) are ever removed, so an instance started without
 * plugins after one with them loads none, and a jar someone put there by hand stays.
 */
async function installPlugins(
  home: string,
  plugins: readonly LocalNeo4jPlugin[],
  log: (message: string) => void,
): Promise<void> {
  const dir = join(home, 'plugins');
  const manifest = join(dir, PLUGIN_MANIFEST);
  if (plugins.length === 0 && !existsSync(manifest)) return;
  const wanted = new Map<string, string>();
  for (const plugin of new Set(plugins)) {
    for (const jar of await resolvePluginJars(plugin, log)) wanted.set(basename(jar), jar);
  }
  const previous = existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : [];
  for (const name of previous) {
    if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  }
  for (const [name, jar] of wanted) copyFileSync(jar, join(dir, name));
  if (wanted.size === 0) rmSync(manifest, { force: true });
  else writeFileSync(manifest, `${[...wanted.keys()].sort().join('\n')}\n`);
}

function neo4jConf(home: string, boltPort: number, plugins: readonly LocalNeo4jPlugin[]): string {
  return [
    '# Generated by src/neo4j/local-server.ts on every start; edit that file instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.run=${join(home, 'run')}`,
    `server.directories.plugins=${join(home, 'plugins')}`,
    `server.directories.import=${join(home, 'import')}`,
    // The heap is set on the JVM command line; these say the same for Neo4j's own accounting.
    'server.memory.heap.initial_size=256m',
    `server.memory.heap.max_size=${MAX_HEAP}`,
    'server.memory.pagecache.size=512m',
    `db.memory.transaction.total.max=${MAX_TRANSACTION_MEMORY}`,
    'db.tx_log.rotation.size=64m',
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    'server.logs.gc.enabled=false',
    ...[...new Set(plugins)].flatMap((plugin) => PLUGINS[plugin].conf),
    '',
  ].join('\n');
}

/** The tail of the server's logs, for errors saying why it did not come up. */
function serverLogs(home: string): string {
  return logTail(['console.log', 'neo4j.log', 'debug.log'].map((file) => join(home, 'logs', file)));
}

function instancePassword(home: string, given: string | null): string {
  const file = join(home, 'password');
  if (given) return given;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

async function setInitialPassword(classpath: string, home: string, password: string): Promise<void> {
  try {
    await run(
      javaExecutable(),
      // `--` ends the options: a password may begin with '-' (a generated base64url one does 1 time in 64).
      ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') } },
    );
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    throw new LocalNeo4jError(`neo4j-admin set-initial-password failed: ${stderr.trim()}`);
  }
}

/** Connects once with the password: Neo4j is ready when Bolt takes an authenticated connection. */
async function boltAnswers(uri: string, password: string, home: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    if (/unauthorized|authentication/i.test((error as Error).message)) {
      throw new LocalNeo4jError(
        `Neo4j at ${uri} rejected the password. The instance in ${home} was initialised with another ` +
          'one: set NEO4J_PASSWORD to it, or delete that folder to start afresh.',
      );
    }
    throw error;
  } finally {
    await driver.close();
  }
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((message: string) => console.error(message));
  const home = join(STATE_ROOT, options.instance);
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    mkdirSync(join(home, dir), { recursive: true });
  }
  const pidFile = join(home, 'run', 'claimgraph.pid');
  await stopLeftover({
    pidFile,
    marks: ['CommunityEntryPoint', home],
    inUse: (ownerPid) =>
      new LocalNeo4jError(
        `The Neo4j instance in ${home} is in use by process ${ownerPid}. Stop that run first, or point ` +
          'NEO4J_URI at a running Neo4j.',
      ),
    stopping: (pid) => log(`Stopping a Neo4j left running by an earlier run (pid ${pid})...`),
  });
  if (await portAcceptsConnections(options.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${options.boltPort} on 127.0.0.1 is taken by another process. Stop it, choose another port ` +
        'with NEO4J_LOCAL_BOLT_PORT, or point NEO4J_URI at a running Neo4j.',
    );
  }

  const classpath = await resolveClasspath(log);
  const plugins = options.plugins ?? [];
  await installPlugins(home, plugins, log);
  writeFileSync(join(home, 'conf', 'neo4j.conf'), neo4jConf(home, options.boltPort, plugins));
  const password = instancePassword(home, options.password);
  if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    await setInitialPassword(classpath, home, password);
  }

  // Like Neo4j's own launcher (plugins/*:conf/*:lib/*), plugin jars also go on the JVM classpath:
  // the procedures are found by scanning the plugins folder, but kernel extensions a plugin ships
  // (APOC's ApocConfig) are only found through the classpath.
  const serverClasspath = plugins.length > 0 ? `${join(home, 'plugins')}/*:${classpath}` : classpath;
  const spawnedAt = Date.now();
  const server = startServerProcess({
    program: javaExecutable(),
    args: [
      ...JVM_FLAGS,
      '-cp',
      serverClasspath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
    ],
    env: { ...process.env, NEO4J_HOME: home },
    consoleLog: join(home, 'logs', 'console.log'),
    pidFile,
    error: LocalNeo4jError,
  });

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  await waitUntilReady(server, {
    probe: () => boltAnswers(uri, password, home),
    timeoutMs,
    error: LocalNeo4jError,
    exited: (how) => `Neo4j ${how} before Bolt answered.\n${serverLogs(home)}`,
    timedOut: (lastAnswer) =>
      `Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s (${lastAnswer}).\n${serverLogs(home)}`,
  });
  const startupMs = Date.now() - spawnedAt;
  log(`Neo4j ${options.instance} is up on ${uri} after ${(startupMs / 1000).toFixed(1)}s (data in ${home}).`);

  return {
    uri,
    username: 'neo4j',
    password,
    home,
    pid: server.pid,
    startupMs,
    stop: () => server.stop(60_000),
  };
}
