// `npm run neo4j`: starts the project's local Neo4j (the one `npm run seed` and `npm start` use)
// and keeps it up until Ctrl-C, for cypher-shell or driver sessions against the graph.
// `npm run neo4j:install` only resolves the server's jars through Maven and reports their size.
import { statSync } from 'node:fs';
import { onShutdown } from '../common/shutdown.ts';
import { neo4jSettingsFromEnv } from './config.ts';
import { resolveClasspath, startLocalNeo4j } from './local-server.ts';

if (process.argv.includes('--install-only')) {
  const started = performance.now();
  const jars = (await resolveClasspath((message) => console.log(message))).split(':');
  const megabytes = jars.reduce((sum, jar) => sum + statSync(jar).size, 0) / 1e6;
  console.log(
    `Neo4j server classpath: ${jars.length} jars, ${megabytes.toFixed(1)} MB, ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} else {
  const settings = neo4jSettingsFromEnv();
  if (settings.mode === 'external') {
    console.error(`NEO4J_URI is set (${settings.uri}): nothing to start.`);
    process.exit(0);
  }
  const server = await startLocalNeo4j(settings);
  console.log(`uri=${server.uri} user=${server.username} password file=${server.home}/password`);
  onShutdown(() => server.stop());
  console.log('Press Ctrl-C to stop.');
}
