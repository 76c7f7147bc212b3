// `npm run redis`: starts the project's local Redis (REDIS_LOCAL_INSTANCE, REDIS_LOCAL_PORT) and keeps
// it up until Ctrl-C, for trying several server processes on one machine (docs/configuration.md).
import { onShutdown } from '../common/shutdown.ts';
import { localRedisSettingsFromEnv } from './config.ts';
import { startLocalRedis } from './local-server.ts';

const server = await startLocalRedis(localRedisSettingsFromEnv());
console.log(`export REDIS_URL="redis://:$(cat ${server.home}/password)@127.0.0.1:${new URL(server.url).port}"`);
onShutdown(() => server.stop());
console.log('Press Ctrl-C to stop.');
