// Server processes for the benchmark and the load test: each runs compiled (npm run build, which
// the npm scripts that measure run first), as `npm start` does, and says "serving <url>" once it
// listens. Running them under tsx would charge every stack capture the driver makes with a
// source-map lookup.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/common/paths.ts';

export interface Served<Name extends string = string> {
  name: Name;
  child: ChildProcess;
  url: string;
  /** What the server has printed so far (its logged errors say what a masked error was). */
  output: () => string;
}

/** The compiled form of a source entry point, e.g. src/main.ts → dist/src/main.js. */
export function compiledEntry(entry: string): string {
  const script = join(PROJECT_ROOT, 'dist', entry.replace(/\.ts$/, '.js'));
  if (!existsSync(script)) throw new Error(`${script} does not exist: run npm run build first`);
  return script;
}

/**
 * The Node flags of `npm start` (package.json): every server of a benchmark runs with them, so that
 * each path gets the same runtime as claimgraph in production. A young generation of 64 MB instead
 * of 16 MB lets a request's garbage die young: a third of the scavenges, and less promoted. Without
 * allocation-site pretenuring, no request's objects are born in the old generation, where, dead, they
 * would keep everything they point to alive through the next scavenges.
 */
export const SERVER_NODE_FLAGS: string[] = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.start as string
)
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

/**
 * What a server prints once it listens, holding its API's address: "raw is serving <url>", and for
 * claimgraph "… is serving the explorer at <root> and the API at <url> …".
 */
export const SERVING = /serving (?:the explorer at \S+ and the API at )?(http:\/\/\S+)/;

/** Starts a server from its source entry point's compiled form, with `nodeFlags` after npm start's. */
export async function serve<Name extends string>(
  name: Name,
  entry: string,
  port: number,
  env: Record<string, string>,
  nodeFlags: readonly string[] = [],
): Promise<Served<Name>> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeFlags, compiledEntry(entry)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const url = SERVING.exec(output)?.[1];
    if (url) return { name, child, url, output: () => output };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not start:\n${output.slice(-3000)}`);
}

function memoryMb(child: ChildProcess, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
}

/** Peak resident set of a server process over its life, in MB. */
export const peakRssMb = (child: ChildProcess) => memoryMb(child, 'VmHWM');

/** Current resident set of a process, in MB. */
export const rssMb = (child: ChildProcess) => memoryMb(child, 'VmRSS');

// Linux reports a process's CPU time in clock ticks of 1/100 s (USER_HZ).
const TICK_MS = 10;

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  // utime and stime are fields 14 and 15; counted after the command name, which may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}
