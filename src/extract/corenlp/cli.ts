// `npm run corenlp`: starts the local CoreNLP server (.corenlp/dev on 127.0.0.1:9000 unless
// CORENLP_INSTANCE, CORENLP_PORT say otherwise) with the attribution pipeline loaded, and keeps it up
// until Ctrl-C. `npm run corenlp:install` only resolves its jars through Maven and reports their size.
import { statSync } from 'node:fs';
import { ConfigurationError, tcpPort } from '../../common/configuration.ts';
import { onShutdown } from '../../common/shutdown.ts';
import { ATTRIBUTION_PIPELINE } from './client.ts';
import { resolveCoreNLPClasspath, startLocalCoreNLP } from './server.ts';

if (process.argv.includes('--install-only')) {
  const started = performance.now();
  const jars = (await resolveCoreNLPClasspath((message) => console.log(message))).split(':');
  const megabytes = jars.reduce((sum, jar) => sum + statSync(jar).size, 0) / 1e6;
  console.log(
    `CoreNLP classpath: ${jars.length} jars, ${megabytes.toFixed(1)} MB, ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} else {
  const memory = process.env.CORENLP_MEMORY || '4g';
  if (!/^\d+[kmg]?$/i.test(memory)) {
    throw new ConfigurationError(`CORENLP_MEMORY must be a JVM heap size such as 4g or 6144m, got "${memory}"`);
  }
  const server = await startLocalCoreNLP({
    instance: process.env.CORENLP_INSTANCE || 'dev',
    port: tcpPort(process.env.CORENLP_PORT, 9000, 'CORENLP_PORT'),
    memory,
    properties: ATTRIBUTION_PIPELINE.properties,
    preload: ATTRIBUTION_PIPELINE.annotators,
  });
  console.log(`url=${server.url} (annotators preloaded: ${ATTRIBUTION_PIPELINE.annotators.join(',')})`);
  onShutdown(() => server.stop());
  console.log('Press Ctrl-C to stop.');
}
