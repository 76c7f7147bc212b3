// `npx tsx scripts/corenlp-speed.ts`: how fast and how big a local CoreNLP server is on the seed
// articles, for deciding whether the attribution extractor uses it. Starts its own server (instance
// "speed", port 19090 or CORENLP_SPEED_PORT, heap CORENLP_MEMORY or 4g) with nothing preloaded, then
// per pipeline times the first request (which loads that pipeline's models) and CORENLP_SPEED_RUNS
// (5) warm rounds over both articles, and reads the server's peak resident memory (VmHWM).
// Figures, not assertions: the machine is shared and noisy.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { tcpPort } from '../src/common/configuration.ts';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { type AnnotationRequest, ATTRIBUTION_PIPELINE, annotate } from '../src/extract/corenlp/client.ts';
import { startLocalCoreNLP } from '../src/extract/corenlp/server.ts';
import { readArticle } from '../src/ingest/pages/read.ts';

const RUNS = Number(process.env.CORENLP_SPEED_RUNS || 5);

const PIPELINES: { name: string; request: AnnotationRequest }[] = [
  { name: 'ner+depparse', request: ATTRIBUTION_PIPELINE },
  {
    name: '+statistical coref',
    request: {
      annotators: [...ATTRIBUTION_PIPELINE.annotators, 'coref'],
      properties: { ...ATTRIBUTION_PIPELINE.properties, 'coref.algorithm': 'statistical' },
    },
  },
];

const pagesDir = join(PROJECT_ROOT, 'seed/pages');
const articles = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, body: readArticle(readFileSync(join(pagesDir, file)), file, { geocode: false }).body }));

/** A /proc/<pid>/status figure in MB: VmHWM is the peak resident set, VmRSS the current one. */
function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) / 1024;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
// Other work on the machine slows every figure; the load average says how much there was.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(text: string, request: AnnotationRequest, url: string): Promise<number> {
  const started = performance.now();
  await annotate(url, text, request);
  return performance.now() - started;
}

const server = await startLocalCoreNLP({
  instance: 'speed',
  port: tcpPort(process.env.CORENLP_SPEED_PORT, 19090, 'CORENLP_SPEED_PORT'),
  memory: process.env.CORENLP_MEMORY || '4g',
});
try {
  console.log(`JVM start until ready (nothing preloaded): ${seconds(server.startupMs)} s; load average ${load()}`);
  for (const { file, body } of articles) console.log(`${file}: ${body.split(/\s+/).length} words`);
  const rows = [];
  for (const { name, request } of PIPELINES) {
    const firstMs = await timed(articles[0]!.body, request, server.url);
    const warm = new Map<string, number[]>(articles.map(({ file }) => [file, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const { file, body } of articles) warm.get(file)!.push(await timed(body, request, server.url));
    }
    const row = {
      pipeline: name,
      firstRequestS: seconds(firstMs),
      ...Object.fromEntries(
        [...warm].map(([file, times]) => [
          `${file.slice(0, 3)} warm median/min s`,
          `${seconds(median(times))}/${seconds(Math.min(...times))}`,
        ]),
      ),
      peakRssMb: Math.round(memoryMb(server.pid, 'VmHWM')),
      rssMb: Math.round(memoryMb(server.pid, 'VmRSS')),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  console.table(rows);
  console.log(`load average at the end: ${load()}`);
} finally {
  await server.stop();
}
