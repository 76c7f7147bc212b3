// What every local service the project starts (Neo4j, CoreNLP, Redis) needs around its process: a
// pid file naming the server and the run that owns it, a leftover from a crashed run stopped on the
// next start, the port checked before starting, waiting until it answers, the log's tail in errors,
// and the server ended with this process.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';

/** A service's own error class (LocalNeo4jError, LocalRedisError), so its callers catch one type. */
export type ServiceErrorClass = new (message: string) => Error;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the process is the server a pid file names: its command line holds every mark (the entry
 * point and the instance's folder), so a recycled pid is never taken for it.
 */
function isOurProcess(pid: number, marks: readonly string[]): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return marks.every((mark) => commandLine.includes(mark));
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

export interface Leftover {
  /** Holds "<server pid> <owner pid>", written by startServerProcess. */
  pidFile: string;
  /** What the server's command line holds (see isOurProcess). */
  marks: readonly string[];
  /** The error when the server still belongs to a live run. */
  inUse: (ownerPid: number) => Error;
  /** Said before stopping a leftover. */
  stopping: (pid: number) => void;
}

/**
 * A server left behind by a crashed run still holds its port (and Neo4j its store lock): end it.
 * One whose owning process still runs belongs to a live run (another terminal, a parallel test run)
 * and is left alone.
 */
export async function stopLeftover({ pidFile, marks, inUse, stopping }: Leftover): Promise<void> {
  if (!existsSync(pidFile)) return;
  const [pid, ownerPid] = readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number) as [number, number?];
  const serverRuns = Number.isInteger(pid) && processAlive(pid) && isOurProcess(pid, marks);
  if (serverRuns && ownerPid !== undefined && ownerPid !== process.pid && processAlive(ownerPid)) {
    throw inUse(ownerPid);
  }
  if (serverRuns) {
    stopping(pid);
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

export function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once('error', () => resolvePort(false));
  });
}

/** The last lines of each log that exists, for an error saying why a server did not come up. */
export function logTail(paths: readonly string[]): string {
  const parts: string[] = [];
  for (const path of paths) {
    if (existsSync(path)) {
      const lines = readFileSync(path, 'utf8').trimEnd().split('\n').slice(-25);
      parts.push(`--- ${path} (last lines) ---\n${lines.join('\n')}`);
    }
  }
  return parts.join('\n');
}

function exitOf(child: ChildProcess): Promise<string> {
  return new Promise((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(`exited with ${signal ?? `code ${code}`}`));
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);
}

export interface ServerProcessOptions {
  program: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Receives the server's stdout and stderr (appended). */
  consoleLog: string;
  /** Names the server and this run for stopLeftover. */
  pidFile: string;
  error: ServiceErrorClass;
}

export interface ServerProcess {
  pid: number;
  /** Settles when the server ends, saying how ("exited with code 1"). */
  exit: Promise<string>;
  /** Kills it at once: it did not come up. */
  abandon(): void;
  /** SIGTERM, then SIGKILL if it has not ended after `graceMs`; removes the pid file. Runs once. */
  stop(graceMs: number): Promise<void>;
}

/** Starts a server process that does not outlive this one, and records it in its pid file. */
export function startServerProcess(options: ServerProcessOptions): ServerProcess {
  const consoleLog = openSync(options.consoleLog, 'a');
  const child = spawn(options.program, options.args, {
    stdio: ['ignore', consoleLog, consoleLog],
    env: options.env ?? process.env,
  });
  closeSync(consoleLog);
  const exit = exitOf(child);
  const pid = child.pid;
  if (pid === undefined) throw new options.error(`could not start ${options.program}`);
  writeFileSync(options.pidFile, `${pid} ${process.pid}`);

  // If this process ends without stopping the server, the server must not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | null = null;
  return {
    pid,
    exit,
    abandon() {
      process.off('exit', killOnExit);
      child.kill('SIGKILL');
      rmSync(options.pidFile, { force: true });
    },
    stop(graceMs) {
      stopping ??= (async () => {
        process.off('exit', killOnExit);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          if ((await within(exit, graceMs)) === 'timeout') {
            child.kill('SIGKILL');
            await exit;
          }
        }
        rmSync(options.pidFile, { force: true });
      })();
      return stopping;
    },
  };
}

export interface Readiness {
  /**
   * Asks the server once: resolves when it is ready, rejects with why it is not yet (asked again
   * until the deadline). A rejection with the service's own error class is final.
   */
  probe: () => Promise<void>;
  timeoutMs: number;
  error: ServiceErrorClass;
  /** The error when the server ends first: "Neo4j exited with code 1 before Bolt answered". */
  exited: (how: string) => string;
  /** The error at the deadline, given the last probe's failure. */
  timedOut: (lastAnswer: string) => string;
}

/** Waits until the server answers; if it ends first or does not answer in time, kills it and throws. */
export async function waitUntilReady(server: ServerProcess, readiness: Readiness): Promise<void> {
  let exited: string | null = null;
  void server.exit.then((how) => {
    exited = how;
  });
  const deadline = Date.now() + readiness.timeoutMs;
  let lastAnswer = 'no answer yet';
  try {
    while (Date.now() < deadline) {
      if (exited) throw new readiness.error(readiness.exited(exited));
      try {
        await readiness.probe();
        return;
      } catch (error) {
        if (error instanceof readiness.error) throw error;
        lastAnswer = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new readiness.error(readiness.timedOut(lastAnswer));
  } catch (error) {
    server.abandon();
    throw error;
  }
}
