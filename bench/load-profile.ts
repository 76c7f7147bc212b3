// `npm run bench:load-profile -- [--claims 200k] [--batch 10k]`
// Where a bulk load's time goes. Loads N generated claims into a Neo4j of its own (`.neo4j/
// load-profile`, emptied first) exactly as `npm run generate -- --reset` does, and reports:
// - the time the loader waited on each write statement of a batch, and on the rest of each
//   transaction (its commit, mostly);
// - what Neo4j's threads spent their CPU on, by component, how busy it kept the machine and how long
//   garbage collection paused it: from a Java Flight Recorder profile of the server (started with
//   the JDK's jcmd, read with its jfr tool).
// Prints two tables, and JSON (also written to .bench/load-profile.json).
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { showProgress } from '../src/common/progress.ts';
import { createDriver, type GraphDatabase, graphDatabase } from '../src/neo4j/driver.ts';
import { neo4jJdkProgram, startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { WRITE_STATEMENTS } from '../src/neo4j/writes/graph-batch.ts';
import { loadGeneratedNews } from '../src/synthetic/bulk-load.ts';
import { parseCount } from '../src/synthetic/claim-count.ts';
import { saveResults } from './results.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '200k' },
    batch: { type: 'string', default: '10k' },
  },
});
const claims = parseCount('claims', values.claims);
const batchClaims = parseCount('batch', values.batch);

/** Neo4j's CPU by component, told apart by thread name or by a frame on the stack; first match wins. */
const COMPONENTS: { name: string; thread?: RegExp; frame?: RegExp }[] = [
  { name: 'full-text indexes: background segment merges', thread: /^Lucene Merge Thread/ },
  { name: 'building the read-only indexes after the load', frame: /IndexPopulationJob|MultipleIndexPopulator/ },
  { name: 'full-text indexes: reader refresh at commit', frame: /FulltextIndexUpdater\.close/ },
  { name: 'full-text indexes: document updates at commit', frame: /FulltextIndexUpdater\.process/ },
  { name: 'range and token indexes: updates at commit', frame: /IndexingService\.apply/ },
  { name: 'commit: record changes, stores, counts, log', frame: /KernelTransactionImplementation\.commit/ },
  { name: 'Cypher: id lookups by the uniqueness constraints', frame: /nodeLockingUniqueIndexSeek/ },
  { name: 'Cypher: the rest of the statements', frame: /ExecutionEngine|CreateStatementStateTransition/ },
  { name: 'Bolt: reading the parameters', frame: /packstream/i },
  { name: 'index sampling', thread: /IndexSampling/ },
];
const OTHER = 'other (network, scheduling, monitoring)';

interface Recording {
  /** Execution samples of Neo4j's Java threads, per component. */
  samples: Map<string, number>;
  /** Garbage collection pauses, all threads stopped. */
  gcPauseMs: number;
  /** Neo4j's and the whole machine's CPU use, averaged over the recording (1 = every core busy). */
  neo4jCpu: number;
  machineCpu: number;
}

const DURATION_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000, min: 60_000 };

/** Reads the recording through `jfr print`, line by line (a profile is large). */
async function readRecording(file: string): Promise<Recording> {
  const events = 'jdk.ExecutionSample,jdk.GarbageCollection,jdk.CPULoad';
  const printer = spawn(neo4jJdkProgram('jfr'), ['print', '--events', events, '--stack-depth', '96', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const recording: Recording = { samples: new Map(), gcPauseMs: 0, neo4jCpu: 0, machineCpu: 0 };
  const load = { neo4j: 0, machine: 0, readings: 0 };
  let event = '';
  let thread = '';
  let frames: string[] = [];
  const classify = () => {
    const component =
      COMPONENTS.find((c) => c.thread?.test(thread) || (c.frame && frames.some((f) => c.frame!.test(f))))?.name ??
      OTHER;
    recording.samples.set(component, (recording.samples.get(component) ?? 0) + 1);
  };
  const percent = (line: string) => Number(/= ([\d.]+)%/.exec(line)?.[1] ?? 0) / 100;
  for await (const line of createInterface({ input: printer.stdout! })) {
    const opened = /^(jdk\.\w+) \{$/.exec(line);
    if (opened) {
      event = opened[1]!;
      thread = '';
      frames = [];
    } else if (line === '}') {
      if (event === 'jdk.ExecutionSample') classify();
      if (event === 'jdk.CPULoad') load.readings++;
    } else if (line.startsWith('  sampledThread = ')) {
      thread = /"(.*)"/.exec(line)?.[1] ?? '';
    } else if (line.startsWith('    ')) {
      frames.push(line.trim());
    } else if (line.startsWith('  sumOfPauses = ')) {
      const [, amount, unit] = /= ([\d.]+) (\w+)/.exec(line) ?? [];
      recording.gcPauseMs += Number(amount) * (DURATION_MS[unit ?? ''] ?? Number.NaN);
    } else if (/^ {2}jvm(User|System) = /.test(line)) {
      load.neo4j += percent(line);
    } else if (line.startsWith('  machineTotal = ')) {
      load.machine += percent(line);
    }
  }
  const code = await new Promise<number | null>((resolve) => printer.once('close', resolve));
  if (code !== 0) throw new Error(`jfr print exited with ${code}`);
  recording.neo4jCpu = load.neo4j / load.readings;
  recording.machineCpu = load.machine / load.readings;
  return recording;
}

/** The database with every write transaction's statements timed by name, and the rest of it apart. */
function timedWrites(db: GraphDatabase, waitedMs: Map<string, number>): GraphDatabase {
  const names = new Map<string, string>(Object.entries(WRITE_STATEMENTS).map(([name, cypher]) => [cypher, name]));
  const add = (name: string, ms: number) => waitedMs.set(name, (waitedMs.get(name) ?? 0) + ms);
  return {
    ...db,
    write: async (work) => {
      let inStatements = 0;
      const started = performance.now();
      const result = await db.write((tx) =>
        work(
          new Proxy(tx, {
            get: (target, key) =>
              key === 'run'
                ? async (cypher: string, params: Record<string, unknown>) => {
                    const at = performance.now();
                    const answer = await target.run(cypher, params);
                    const ms = performance.now() - at;
                    inStatements += ms;
                    add(names.get(cypher) ?? 'other statements', ms);
                    return answer;
                  }
                : Reflect.get(target, key, target),
          }) as ManagedTransaction,
        ),
      );
      // Begin, commit and the loader's own work between statements; the commit is nearly all of it.
      add('commit and the rest of the transaction', performance.now() - started - inStatements);
      return result;
    },
  };
}

const neo4j = await startLocalNeo4j({ instance: 'load-profile', boltPort: 17771, password: null });
const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
const recording = join(neo4j.home, 'load.jfr');
const jcmd = (...args: string[]) =>
  execFileSync(neo4jJdkProgram('jcmd'), [String(neo4j.pid), ...args], { stdio: 'pipe' });
try {
  const waitedMs = new Map<string, number>();
  console.error(`Loading ${claims.toLocaleString('en-US')} claims with Neo4j under the flight recorder...`);
  jcmd('JFR.start', 'name=claimgraph-load', 'settings=profile', `filename=${recording}`);
  const report = await loadGeneratedNews(
    timedWrites(db, waitedMs),
    { claims, seed: 1, batchClaims, reset: true },
    (totals, writeMs) => showProgress(totals.claims, claims, writeMs, 'claims'),
  );
  process.stderr.write('\n');
  jcmd('JFR.stop', 'name=claimgraph-load');
  const { samples, gcPauseMs, neo4jCpu, machineCpu } = await readRecording(recording);

  const totalSeconds = (report.writeMs + report.indexMs) / 1000;
  const sampleCount = [...samples.values()].reduce((a, b) => a + b, 0);
  const statementMs = [...waitedMs].sort((a, b) => b[1] - a[1]);
  const cpu = [...samples].sort((a, b) => b[1] - a[1]);
  const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

  console.log(
    `Loaded ${report.claims.toLocaleString('en-US')} claims in ${(report.writeMs / 1000).toFixed(1)} s of writing + ` +
      `${(report.indexMs / 1000).toFixed(1)} s building the read-only indexes: ` +
      `${Math.round(report.claims / totalSeconds).toLocaleString('en-US')} claims/s.`,
  );
  console.log('\nThe loader waited on (share of the writing time):');
  for (const [name, ms] of statementMs)
    console.log(`  ${share(ms, report.writeMs)}  ${(ms / 1000).toFixed(1).padStart(7)} s  ${name}`);
  console.log(
    `\nNeo4j kept ${share(neo4jCpu, 1).trim()} of the machine's CPU busy (all processes: ${share(machineCpu, 1).trim()}); ` +
      `garbage collection paused it for ${(gcPauseMs / 1000).toFixed(1)} s.`,
  );
  console.log(`Neo4j's CPU by component (${sampleCount} samples of its Java threads; GC threads are not sampled):`);
  for (const [name, count] of cpu) console.log(`  ${share(count, sampleCount)}  ${name}`);

  const json = {
    claims: report.claims,
    writeSeconds: report.writeMs / 1000,
    indexSeconds: report.indexMs / 1000,
    claimsPerSecond: report.claims / totalSeconds,
    neo4jCpu,
    machineCpu,
    gcPauseSeconds: gcPauseMs / 1000,
    waitedSeconds: Object.fromEntries(statementMs.map(([name, ms]) => [name, ms / 1000])),
    neo4jCpuShare: Object.fromEntries(cpu.map(([name, count]) => [name, count / sampleCount])),
  };
  saveResults('load-profile.json', json);
} finally {
  await db.close();
  await neo4j.stop();
}
