// Starts a local Neo4j and then dies without stopping it, like a crashed run (SIGKILL). Used by
// test/local-server.test.ts to check that the next run recovers.
import { startLocalNeo4j } from '../../src/neo4j/local-server.ts';

const [instance, port, password] = process.argv.slice(2);
const server = await startLocalNeo4j({
  instance: instance!,
  boltPort: Number(port),
  password: password!,
  log: () => {},
});
console.log(`pid=${server.pid}`);
process.kill(process.pid, 'SIGKILL');
