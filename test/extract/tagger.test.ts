// The learnt tagger (design A+T) on a made-up corpus in which speakers "grumbled", a cue the rules'
// lexicon does not hold: it learns the cue, its source and its content from annotated examples, the
// same examples give the same model, a model of other features is refused, and the two commands
// train it from a PolNeAR-shaped checkout and score it (PolNeAR itself may not be copied here).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInProcess } from '../../src/extract/attribution/design-a/analyzer.ts';
import { attributionsOf, EXTRACTOR } from '../../src/extract/attribution/extract.ts';
import { Perceptron } from '../../src/extract/attribution/tagger/perceptron.ts';
import {
  AttributionTagger,
  FEATURE_VERSION,
  type TaggerModel,
  TaggerModelError,
  type TrainingDocument,
} from '../../src/extract/attribution/tagger/tagger.ts';
import type { Attribution, Span } from '../../src/extract/evaluation/attribution.ts';
import { ArticleReader, EMPTY_GRAPH } from '../../src/extract/reading.ts';

const run = promisify(execFile);

const SPEAKERS = [
  'Senator Alma Reyes',
  'The governor',
  'Mayor Tom Bright',
  'The committee',
  'Judge Ann Cole',
  'The union',
];
const CONTENTS = [
  'the budget would not pass',
  'taxes were far too high',
  'the new bridge was a waste of money',
  'the schools needed more teachers',
  'the election had been rushed',
  'the hospital should stay open',
  'nobody had read the report',
];
const FILLER = ['The meeting ran late.', 'Rain fell all day on the city.', 'Tickets went on sale in March.'];

/** A made-up article of a few paragraphs, each with one "grumbled" attribution, and its gold spans. */
function article(seed: number, paragraphs = 3): { text: string; gold: Attribution[] } {
  let text = '';
  const gold: Attribution[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const speaker = SPEAKERS[(seed * 7 + p * 3) % SPEAKERS.length]!;
    const content = CONTENTS[(seed * 5 + p * 2) % CONTENTS.length]!;
    const filler = FILLER[(seed + p) % FILLER.length]!;
    const start = text.length;
    const sentence = `${speaker} grumbled that ${content}.`;
    const cueAt = start + speaker.length + 1;
    const contentAt = cueAt + 'grumbled that '.length;
    gold.push({
      source: [[start, start + speaker.length]],
      cue: [[cueAt, cueAt + 'grumbled'.length]],
      content: [[contentAt, contentAt + content.length]],
    });
    text += `${sentence} ${filler}\n`;
  }
  return { text, gold };
}

const trainingSet = (count: number): TrainingDocument[] =>
  Array.from({ length: count }, (_, i) => {
    const { text, gold } = article(i);
    return { analysis: analyzeInProcess(text), gold };
  });

const spelled = (text: string, span: Span | undefined) => span?.map(([start, end]) => text.slice(start, end)).join(' ');

describe('the averaged perceptron', () => {
  it('learns a separable choice, and its averaged model predicts as it does', () => {
    const perceptron = new Perceptron(['left', 'right']);
    const examples: [string[], number][] = [
      [['bias', 'colour=red'], 0],
      [['bias', 'colour=blue'], 1],
      [['bias', 'colour=red', 'size=big'], 0],
      [['bias', 'colour=blue', 'size=big'], 1],
    ];
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [features, truth] of examples) perceptron.update(features, truth, perceptron.predict(features));
    }
    const averaged = new Perceptron(['left', 'right'], JSON.parse(JSON.stringify(perceptron.averaged())));
    for (const [features, truth] of examples) {
      expect(perceptron.predict(features)).toBe(truth);
      expect(averaged.predict(features)).toBe(truth);
    }
  });
});

describe('the attribution tagger', () => {
  const model = AttributionTagger.train(trainingSet(24), 4);

  it('learns a cue the rules do not know, with its source and content', () => {
    const { text } = article(101, 2);
    const analysis = analyzeInProcess(text);
    // The rules alone find nothing: "grumble" is in no cue table.
    expect(attributionsOf(analysis)).toEqual([]);

    const found = attributionsOf(analysis, undefined, new AttributionTagger(model));
    expect(found.map((a) => [spelled(text, a.source), spelled(text, a.cue), spelled(text, a.content)])).toEqual(
      article(101, 2).gold.map((g) => [spelled(text, g.source), spelled(text, g.cue), spelled(text, g.content)]),
    );
    // Read as a claim as the rules' finds are: a kind, a speaker, a confidence below the rules' frames.
    expect(found[0]).toMatchObject({
      kind: 'ASSERTION',
      cueLemma: 'grumble',
      sourceText: 'The union',
      sourceKind: 'description',
      confidence: 0.32,
    });
  });

  it('names its model in the version its claims are stored with', async () => {
    const proposal = await new ArticleReader(EMPTY_GRAPH, new AttributionTagger(model, '0123456789ab')).propose({
      content: `Title: Budget talks\nDate: 2024-03-01\nOutlet: The Daily Example\n\n${article(103, 2).text}`,
      source: 'budget.txt',
      format: 'plain',
    });
    expect(proposal.claims.map((claim) => claim.cue)).toEqual(['grumbled', 'grumbled']);
    expect(proposal.extractedBy).toEqual({
      origin: 'EXTRACTED',
      extractor: 'claimgraph-rules+tagger',
      extractorVersion: `${EXTRACTOR.version}+model.0123456789ab`,
    });
  });

  it("keeps the rules' cues in a sentence where it reads none, as a quote signed with a dash", () => {
    const text = `${article(102, 1).text}“The bridge must reopen.” ― Ana Ortiz\n`;
    const analysis = analyzeInProcess(text);
    const signed = (attributions: readonly Attribution[]) =>
      attributions
        .filter((a) => spelled(text, a.cue) === '―')
        .map((a) => [spelled(text, a.source), spelled(text, a.content)]);
    // The made-up corpus has no signed quote: the tagger never learnt one, the rules know them.
    expect(signed(attributionsOf(analysis))).toEqual([['Ana Ortiz', '“The bridge must reopen.”']]);
    expect(signed(attributionsOf(analysis, undefined, new AttributionTagger(model)))).toEqual([
      ['Ana Ortiz', '“The bridge must reopen.”'],
    ]);
  });

  it('gives the same model for the same examples', () => {
    expect(AttributionTagger.train(trainingSet(24), 4)).toEqual(model);
    expect(model).toMatchObject({ featureVersion: FEATURE_VERSION, trainedOn: { articles: 24, epochs: 4 } });
  });

  it('refuses a model made for other features', () => {
    const stale: TaggerModel = { ...model, featureVersion: FEATURE_VERSION + 1 };
    expect(() => new AttributionTagger(stale)).toThrow(TaggerModelError);
    expect(() => new AttributionTagger(stale)).toThrow(/feature version .*train it again/);
  });
});

describe('npm run train:extract and eval:extract --design a+t', () => {
  const root = mkdtempSync(join(tmpdir(), 'polnear-tagger-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The gold as brat standoff, in PolNeAR's scheme. */
  const brat = (text: string, gold: Attribution[]) =>
    gold
      .flatMap((g, i) => {
        const t = (n: number, label: string, span: Span) =>
          `T${4 * i + n}\t${label} ${span[0]![0]} ${span[0]![1]}\t${spelled(text, span)}`;
        return [
          t(1, 'Source', g.source!),
          t(2, 'Cue', g.cue),
          t(3, 'Content', g.content),
          t(4, 'Attribution', g.cue),
          `E${i + 1}\tAttribution:T${4 * i + 4} Content:T${4 * i + 3} Cue:T${4 * i + 2} Source:T${4 * i + 1}`,
        ];
      })
      .map((line) => `${line}\n`)
      .join('');
  for (const [split, count, offset] of [
    ['train', 24, 0],
    ['dev', 4, 200],
  ] as const) {
    mkdirSync(join(root, 'data', split, 'text'), { recursive: true });
    mkdirSync(join(root, 'data', split, 'attributions'), { recursive: true });
    for (let i = 0; i < count; i++) {
      const { text, gold } = article(offset + i);
      writeFileSync(join(root, 'data', split, 'text', `made_up_${i}.txt`), text);
      writeFileSync(join(root, 'data', split, 'attributions', `made_up_${i}_4b22.ann`), brat(text, gold));
    }
  }
  const modelPath = join(root, 'model.json');
  const command = (script: string, args: string[]) =>
    run(process.execPath, ['--import', 'tsx', script, ...args], { timeout: 120_000, maxBuffer: 4 * 1024 * 1024 });

  it('trains on the train split, then scores the model on dev and writes its predictions as brat files', async () => {
    const trained = await command('src/extract/training/cli.ts', [
      '--polnear',
      root,
      '--epochs',
      '4',
      '--out',
      modelPath,
    ]);
    expect(trained.stdout).toMatch(/Trained on 24 PolNeAR train articles, 4 epochs/);

    const out = join(root, 'predictions');
    const scored = await command('src/extract/evaluation/cli.ts', [
      '--polnear',
      root,
      '--design',
      'a+t',
      '--model',
      modelPath,
      '--out',
      out,
    ]);
    expect(scored.stdout).toContain('PolNeAR dev, design a+t: 4 articles, 12 gold attributions, 12 predicted');
    // Every role exactly right: P, R and F1 at 100 for source, cue and content.
    expect(scored.stdout).toMatch(/exact\s+100\.0 100\.0 100\.0\s+100\.0 100\.0 100\.0\s+100\.0 100\.0 100\.0/);
    expect(readdirSync(out).sort()).toEqual(['made_up_0.ann', 'made_up_1.ann', 'made_up_2.ann', 'made_up_3.ann']);
  }, 240_000);

  it('says how to make a model when there is none, in the evaluation and in npm run ingest', async () => {
    const missing = join(root, 'no-model.json');
    for (const [cli, args] of [
      ['src/extract/evaluation/cli.ts', ['--design', 'a+t', '--model', missing]],
      ['src/extract/cli.ts', ['seed/pages', '--model', missing]],
    ] as const) {
      const failed = await command(cli, [...args]).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 2 });
      expect((failed as { stderr: string }).stderr).toContain(`no tagger model at ${missing}: train one with`);
    }
  }, 60_000);
});
