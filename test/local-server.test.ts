import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { ConfigurationError } from '../src/common/configuration.ts';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { neo4jSettingsFromEnv } from '../src/neo4j/config.ts';
import { LocalNeo4jError, startLocalNeo4j } from '../src/neo4j/local-server.ts';

const run = promisify(execFile);

describe('configuration from the environment', () => {
  it('uses an existing Neo4j as is when NEO4J_URI is set', () => {
    expect(neo4jSettingsFromEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' })).toEqual({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 's3cret',
      database: 'neo4j',
    });
  });

  it('starts the local server otherwise, and refuses a URI without a password', () => {
    expect(neo4jSettingsFromEnv({ NEO4J_LOCAL_BOLT_PORT: '7999', NEO4J_DATABASE: 'news' })).toMatchObject({
      mode: 'local',
      boltPort: 7999,
      database: 'news',
    });
    expect(() => neo4jSettingsFromEnv({ NEO4J_URI: 'bolt://db:7687' })).toThrow(ConfigurationError);
    expect(() => neo4jSettingsFromEnv({ NEO4J_LOCAL_BOLT_PORT: 'seventy' })).toThrow(/must be a TCP port/);
  });
});

describe('the local Neo4j launcher', () => {
  it('refuses a port another process holds, saying which and what to do', async () => {
    const { uri } = inject('neo4j');
    const taken = Number(new URL(uri.replace(/^\w+:/, 'http:')).port);
    await expect(startLocalNeo4j({ instance: 'test-port-clash', boltPort: taken, password: null })).rejects.toThrow(
      new LocalNeo4jError(
        `Port ${taken} on 127.0.0.1 is taken by another process. Stop it, choose another port with ` +
          'NEO4J_LOCAL_BOLT_PORT, or point NEO4J_URI at a running Neo4j.',
      ),
    );
  });

  it('recovers from a run that crashed and left its Neo4j running', async () => {
    const port = 17689;
    // A fresh instance, so the initial password is set, and one that looks like a command-line option.
    const password = '-starts-like-an-option';
    rmSync(join(PROJECT_ROOT, '.neo4j', 'test-crash', 'data'), { recursive: true, force: true });
    const crashed = await run('npx', [
      'tsx',
      'test/support/crashing-run.ts',
      'test-crash',
      String(port),
      password,
    ]).catch((error: { stdout: string }) => error);
    const orphanPid = Number(/pid=(\d+)/.exec(crashed.stdout)?.[1]);
    expect(orphanPid).toBeGreaterThan(0);
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // the orphan still runs

    const messages: string[] = [];
    const server = await startLocalNeo4j({
      instance: 'test-crash',
      boltPort: port,
      password,
      log: (m) => messages.push(m),
    });
    try {
      expect(messages[0]).toBe(`Stopping a Neo4j left running by an earlier run (pid ${orphanPid})...`);
      expect(() => process.kill(orphanPid, 0)).toThrow();
      const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
      try {
        const result = await driver.executeQuery('RETURN 1 + 1 AS two');
        expect(result.records[0]!.get('two').toNumber()).toBe(2);
      } finally {
        await driver.close();
      }
    } finally {
      await server.stop();
    }
    expect(() => process.kill(server.pid, 0)).toThrow();
  }, 180_000);
});
