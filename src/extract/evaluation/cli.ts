// npm run eval:extract -- [--polnear PATH] [--split dev|train] [--design a|a+t|b|b-coref] [--model FILE] [--out DIR] [--limit N] [--seed DIR]
//
// Scores an attribution extractor design: always against the seed's curated claims (seed.ts), and with
// --polnear against a PolNeAR split (one annotator per article), printing exact / linked / overlap
// P, R and F1 per role (score.ts) and writing the predictions as brat files, <article>.ann, into --out
// (default .eval/polnear-<split>-<design>/) for an independent scorer. PolNeAR's test split is held
// out: tune on train and dev. Speed is the extraction's alone (reading and scoring excluded), with
// the process's peak resident memory and that of a server the design started (design B's CoreNLP),
// which is stopped at the end. Design A+T redraws design A's spans with the learnt tagger of
// `--model` (default .models/attribution-tagger.json, made by `npm run train:extract`), and the seed is
// scored for it too.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { showProgress } from '../../common/progress.ts';
import { DEFAULT_SEED_DIR } from '../../ingest/seed.ts';
import type { Analyzer } from '../attribution/analysis.ts';
import { designA } from '../attribution/design-a/analyzer.ts';
import { type CandidateFinder, DESIGNS, extractAttributions } from '../attribution/extract.ts';
import { DEFAULT_TAGGER_MODEL, readTagger } from '../attribution/tagger/model-file.ts';
import { TaggerModelError } from '../attribution/tagger/tagger.ts';
import type { Attribution } from './attribution.ts';
import { ROLES } from './attribution.ts';
import { serializeBrat } from './brat.ts';
import { firstAnnotatorPerArticle, listDocuments, loadDocument, PolnearError, type Split } from './polnear.ts';
import { METRICS, type ScoredDocument, scoreDocuments } from './score.ts';
import { type SeedScore, scoreSeed } from './seed.ts';
import { seedMerges } from './seed-merges.ts';

const USAGE =
  'usage: npm run eval:extract -- [--polnear PATH] [--split dev|train] [--design a|a+t|b|b-coref] [--model FILE] [--out DIR] [--limit N] [--seed DIR]';
const TAGGED_DESIGN = 'a+t';

/** A design as the evaluation runs it: the analyser it starts, and what finds the spans (the rules by default). */
interface Design {
  readonly analyzer: Analyzer;
  readonly finder?: CandidateFinder;
}

async function designNamed(name: string, modelPath: string): Promise<Design | undefined> {
  if (name === TAGGED_DESIGN) return { analyzer: designA, finder: await readTagger(modelPath) };
  const analyzer = DESIGNS[name];
  return analyzer && { analyzer };
}
const TUNING_SPLITS: readonly Split[] = ['dev', 'train'];

const percent = (value: number) => (100 * value).toFixed(1).padStart(5);

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function printSeed(design: string, score: SeedScore): void {
  const count = (judgement: string) => score.predictions.filter((p) => p.judgement === judgement).length;
  console.log(`Seed, design ${design} (seed/annotations/claims.yaml, per evidence: a claim as one article reports it)`);
  console.log(
    `  recall ${percent(score.recall)}   precision ${percent(score.precision)}   speaker ${percent(score.speakerAccuracy)}` +
      `   kind ${percent(score.kindAccuracy)}   channel ${percent(score.channelAccuracy)}`,
  );
  console.log(
    `  evidences ${score.evidences.length}, recalled ${score.evidences.filter((e) => e.recalled).length}; ` +
      `predictions ${score.predictions.length}: correct ${count('correct')}, nested ${count('nested')} (not judged), ` +
      `wrong speaker ${count('wrong speaker')}, outside every evidence ${count('unannotated')}`,
  );
  for (const evidence of score.evidences.filter((e) => !e.recalled || !e.kindCorrect || !e.channelCorrect)) {
    const what = !evidence.recalled ? 'missed' : !evidence.kindCorrect ? 'kind' : 'channel';
    console.log(
      `    ${what.padEnd(7)} ${evidence.claimId} (${evidence.articleId}): ${evidence.predicted ?? 'nothing overlaps'}`,
    );
  }
  for (const prediction of score.predictions.filter(
    (p) => p.judgement === 'wrong speaker' || p.judgement === 'unannotated',
  )) {
    console.log(`    ${prediction.judgement}: ${prediction.text}`);
  }
}

async function evaluatePolnear(
  root: string,
  split: Split,
  name: string,
  design: Design,
  out: string,
  limit: number,
): Promise<{ articles: number; extractionMs: number }> {
  const entries = firstAnnotatorPerArticle(await listDocuments(root, split)).slice(0, limit);
  await mkdir(out, { recursive: true });
  const scored: ScoredDocument[] = [];
  let extractionMs = 0;
  for (const [index, entry] of entries.entries()) {
    const document = await loadDocument(entry);
    const startedAt = performance.now();
    const predicted: Attribution[] = await extractAttributions(document.text, design);
    extractionMs += performance.now() - startedAt;
    scored.push({ text: document.text, gold: document.attributions, predicted });
    await writeFile(join(out, `${entry.article}.ann`), serializeBrat(document.text, predicted));
    showProgress(index + 1, entries.length, extractionMs, 'articles');
  }
  process.stderr.write('\n');
  const scores = scoreDocuments(scored);
  const gold = scored.reduce((sum, document) => sum + document.gold.length, 0);
  const predicted = scored.reduce((sum, document) => sum + document.predicted.length, 0);
  console.log(
    `\nPolNeAR ${split}, design ${name}: ${entries.length} articles, ${gold} gold attributions, ${predicted} predicted`,
  );
  console.log(`  ${''.padEnd(8)}${ROLES.map((role) => `${role.padEnd(7)}   P     R     F1 `).join('  ')}`);
  for (const metric of METRICS) {
    const cells = ROLES.map((role) => {
      const { precision, recall, f1 } = scores[metric][role];
      return `${''.padEnd(7)} ${percent(precision)} ${percent(recall)} ${percent(f1)}`;
    });
    console.log(`  ${metric.padEnd(8)}${cells.join('  ')}`);
  }
  console.log(`  predictions written to ${out}/`);
  return { articles: entries.length, extractionMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      polnear: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      design: { type: 'string', default: 'a' },
      model: { type: 'string', default: DEFAULT_TAGGER_MODEL },
      out: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string', default: DEFAULT_SEED_DIR },
      'held-out': { type: 'boolean', default: false },
    },
  });
  const split = values.split as Split;
  // The test split is held out: scored once, for the design chosen, never while tuning.
  if (!TUNING_SPLITS.includes(split) && !(split === 'test' && values['held-out'])) {
    fail(`--split must be ${TUNING_SPLITS.join(' or ')}; test is held out (--split test --held-out, once, at the end)`);
  }
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!(limit > 0)) fail('--limit must be a positive number');

  let design: Design | undefined;
  try {
    design = await designNamed(values.design, values.model);
  } catch (error) {
    if (!(error instanceof TaggerModelError)) throw error;
    fail(error.message);
  }
  if (!design) fail(`--design must be one of ${[...Object.keys(DESIGNS), TAGGED_DESIGN].join(', ')}`);
  const { analyzer } = design;

  try {
    printSeed(values.design, await scoreSeed(values.seed, analyzer, design.finder));
    const merges = await seedMerges(values.seed, design.finder);
    console.log(
      `  claims both articles report, proposed as one claim: ${merges.merged.length} of ${merges.total}` +
        (merges.missed.length > 0 ? ` (missed: ${merges.missed.join(', ')})` : ''),
    );
    if (values.polnear) {
      const out = values.out ?? join('.eval', `polnear-${split}-${values.design}`);
      const startedAt = performance.now();
      const { articles, extractionMs } = await evaluatePolnear(
        values.polnear,
        split,
        values.design,
        design,
        out,
        limit,
      );
      const maxRssMiB = process.resourceUsage().maxRSS / 1024;
      const serverPid = await analyzer.serverPid?.();
      const server = serverPid === undefined ? '' : `; the design's server (pid ${serverPid}) ${peakOf(serverPid)}`;
      console.log(
        `\nSpeed: ${(articles / (extractionMs / 1000)).toFixed(1)} articles/s extracting ` +
          `(${((performance.now() - startedAt) / 1000).toFixed(1)} s in all), peak RSS ${maxRssMiB.toFixed(0)} MiB${server}`,
      );
    }
  } catch (error) {
    if (!(error instanceof PolnearError)) throw error;
    fail(error.message);
  } finally {
    await analyzer.close?.();
  }
}

/** A process's peak resident memory, from Linux's VmHWM. */
function peakOf(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return Number.isFinite(kib) ? `peak RSS ${(kib / 1024).toFixed(0)} MiB` : 'peak RSS unknown';
}

await main();
