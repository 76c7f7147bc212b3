// Ctrl-C and SIGTERM run the registered cleanups (newest first) once, then exit. A second signal
// while cleaning up exits at once.
type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
let shuttingDown = false;

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (shuttingDown) process.exit(1);
  shuttingDown = true;
  console.error(`\n${signal}: shutting down...`);
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${(error as Error).message}`);
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

export function onShutdown(cleanup: Cleanup): void {
  if (cleanups.length === 0) {
    process.on('SIGINT', (signal) => void shutdown(signal));
    process.on('SIGTERM', (signal) => void shutdown(signal));
  }
  cleanups.push(cleanup);
}
