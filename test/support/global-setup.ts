// Starts the test suite's own Neo4j: instance "test" in .neo4j/test on port 17687 (or
// NEO4J_TEST_INSTANCE, NEO4J_TEST_BOLT_PORT), so `npm test` never touches the data a user works with. With
// NEO4J_TEST_URI set, that server is used instead and nothing is started.
// And its own Redis, for the tests of several server processes: instance "test" in .redis/test on
// port 17694 (or REDIS_TEST_INSTANCE, REDIS_TEST_PORT); REDIS_TEST_URL uses a running one instead.
import type { TestProject } from 'vitest/node';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { type LocalRedis, startLocalRedis } from '../../src/redis/local-server.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    /** REDIS_URL of the suite's Redis. */
    redisUrl: string;
  }
}

let server: LocalNeo4j | null = null;
let redis: LocalRedis | null = null;

export async function setup(project: TestProject): Promise<void> {
  const env = process.env;
  if (env.REDIS_TEST_URL) {
    project.provide('redisUrl', env.REDIS_TEST_URL);
  } else {
    // Redis answers within a second: started first, so a missing redis-server fails the run at once.
    redis = await startLocalRedis({
      instance: env.REDIS_TEST_INSTANCE || 'test',
      port: Number(env.REDIS_TEST_PORT || 17694),
    });
    project.provide('redisUrl', redis.url);
  }
  const database = env.NEO4J_TEST_DATABASE || 'neo4j';
  if (env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_TEST_URI,
      username: env.NEO4J_TEST_USERNAME || 'neo4j',
      password: env.NEO4J_TEST_PASSWORD ?? '',
      database,
    });
    return;
  }
  server = await startLocalNeo4j({
    // Another folder and port let two checkouts' or two people's suites run side by side.
    instance: env.NEO4J_TEST_INSTANCE || 'test',
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT || 17687),
    password: null,
  });
  project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password, database });
}

export async function teardown(): Promise<void> {
  await Promise.all([server?.stop(), redis?.stop()]);
}
