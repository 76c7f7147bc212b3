// `npm run neo4j`: starts the project's local Neo4j (the one `npm run seed` and `npm start` use)
// and keeps it up until Ctrl-C, for cypher-shell or Neo4j Browser sessions against the graph.
import { neo4jSettingsFromEnv } from './config.ts';
import { startLocalNeo4j } from './local-server.ts';
import { onShutdown } from '../shutdown.ts';

const settings = neo4jSettingsFromEnv();
if (settings.mode === 'external') {
  console.error(`NEO4J_URI is set (${settings.uri}): nothing to start.`);
  process.exit(0);
}
const server = await startLocalNeo4j(settings);
console.log(`uri=${server.uri} user=${server.username} password file=${server.home}/password`);
onShutdown(() => server.stop());
console.log('Press Ctrl-C to stop.');
