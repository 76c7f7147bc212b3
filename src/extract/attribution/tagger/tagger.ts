// Design A+T: design A's rules, then a learned tagger that reads their output with the text and tags
// each role's spans anew (stacking). One averaged perceptron per role tags the tokens O/B/I left to
// right, seeing the tags it gave the two tokens before; roles are tagged apart, so a token can be
// both content and another attribution's cue, as PolNeAR's nested attributions are. The spans are
// then grouped around the cues into candidates, which extract.ts reads into claims as it reads the
// rules' (a CandidateFinder). It is trained from a local PolNeAR checkout (`npm run train:extract`,
// src/extract/training/): the corpus has no data licence, so neither it nor a model learnt from it
// is committed.
import { type Attribution, normalizeSpan, ROLES, type Role, type Span } from '../../evaluation/attribution.ts';
import type { Analysis, Token } from '../analysis.ts';
import { fragmentOf } from '../channel.ts';
import { type CueEntry, NOUN_CUES, VERB_CUES } from '../cues.ts';
import { type CandidateFinder, EXTRACTOR, type ExtractorIdentity, ruleCandidates } from '../extract.ts';
import type { TokenRange } from '../phrases.ts';
import type { Candidate } from '../rules/context.ts';
import {
  FeaturePool,
  type RoleTags,
  TAG_NAMES,
  type Tag,
  type TokenView,
  tokenViews,
  withCueFeatures,
} from './features.ts';
import { Perceptron, type PerceptronModel } from './perceptron.ts';

export interface TaggerModel {
  readonly format: 'claimgraph-attribution-tagger';
  /** Of the features: a model trained on other features is refused rather than misread. */
  readonly featureVersion: number;
  readonly trainedOn: { readonly articles: number; readonly epochs: number };
  readonly roles: Readonly<Record<Role, PerceptronModel>>;
}

export const FEATURE_VERSION = 1;

/**
 * How far each role's tagger reaches past its own caution when reading (see tagRole). Set on PolNeAR
 * dev: at 5 each role's overlap F1 gains 0.2 to 1.4 points for its exact F1 within 0.5; further, the
 * cue's exact F1 falls.
 */
export const REACH: Readonly<Record<Role, number>> = { source: 5, cue: 5, content: 5 };

/** A model that is missing, unreadable, or made for other features. */
export class TaggerModelError extends Error {
  override name = 'TaggerModelError';
}

/** A document to learn from: its analysis and its gold attributions. */
export interface TrainingDocument {
  readonly analysis: Analysis;
  readonly gold: readonly Attribution[];
}

/** Each role's tags of the tokens the spans cover: the first token of each fragment B, the rest I. */
export function tagsOf(tokens: readonly Token[], attributions: readonly Attribution[]): RoleTags {
  const tags = (role: Role) => {
    const out = new Uint8Array(tokens.length);
    for (const attribution of attributions) {
      for (const [start, end] of attribution[role] ?? []) {
        let first = true;
        tokens.forEach((token, i) => {
          if (token.start >= end || token.end <= start) return;
          // A span that begins inside a run of another continues it: runs of one role never touch.
          if (first && out[i] === 0 && (i === 0 || out[i - 1] === 0)) out[i] = 1;
          else if (out[i] === 0) out[i] = 2;
          first = false;
        });
      }
    }
    return out;
  };
  return { source: tags('source'), cue: tags('cue'), content: tags('content') };
}

function withHistory(view: TokenView, previous: Tag, beforeThat: Tag): string[] {
  const p = TAG_NAMES[previous];
  return [
    ...view.features,
    `h1=${p}`,
    `h2=${TAG_NAMES[beforeThat]}|${p}`,
    `h1w=${p}|${view.word}`,
    `h1p=${p}|${view.pos}`,
  ];
}

/**
 * Tags the tokens left to right; while learning, each guess is corrected against the truth. When
 * reading, `reach` lowers the score a token needs to be tagged into a span rather than out of one.
 */
function tagRole(perceptron: Perceptron, views: readonly TokenView[], truth?: Uint8Array, reach = 0): Uint8Array {
  const tags = new Uint8Array(views.length);
  const offsets = reach === 0 ? undefined : [-reach, 0, 0];
  views.forEach((view, i) => {
    const tokenFeatures = withHistory(view, (tags[i - 1] ?? 0) as Tag, (tags[i - 2] ?? 0) as Tag);
    const guess = perceptron.predict(tokenFeatures, offsets);
    if (truth) perceptron.update(tokenFeatures, truth[i]!, guess);
    tags[i] = guess;
  });
  return tags;
}

/** Token ranges [first, end) of each run of tags: a B, or an I after O, opens one. */
function runsOf(tags: Uint8Array, analysis: Analysis): TokenRange[] {
  const runs: [number, number][] = [];
  tags.forEach((tag, i) => {
    const last = runs.at(-1);
    // Runs end at a line break, as the scorer cuts them.
    const continues = tag === 2 && last?.[1] === i && paragraphOf(analysis, i - 1) === paragraphOf(analysis, i);
    if (continues) last![1] = i + 1;
    else if (tag !== 0) runs.push([i, i + 1]);
  });
  return runs;
}

/** The first tags' runs, with the second's runs that share no token with them. */
function withRuns(kept: Uint8Array, added: Uint8Array, analysis: Analysis): Uint8Array {
  const out = Uint8Array.from(kept);
  for (const [first, end] of runsOf(added, analysis)) {
    if (kept.subarray(first, end).some((tag) => tag !== 0)) continue;
    out.set(added.subarray(first, end), first);
    out[first] = 1;
  }
  return out;
}

/** The first tags, with the second's in the sentences where the first have none. */
function withRunsInSilentSentences(kept: Uint8Array, added: Uint8Array, analysis: Analysis): Uint8Array {
  const { tokens } = analysis;
  const tagged = new Set<number>();
  kept.forEach((tag, i) => {
    if (tag !== 0) tagged.add(tokens[i]!.sentence);
  });
  const out = Uint8Array.from(kept);
  added.forEach((tag, i) => {
    if (tag !== 0 && !tagged.has(tokens[i]!.sentence)) out[i] = tag;
  });
  return out;
}

function paragraphOf(analysis: Analysis, token: number): number {
  return analysis.sentences[analysis.tokens[token]!.sentence]!.paragraph;
}

/** The tagged spans as candidates: each cue with the nearest source of its sentence and the nearest content of its paragraph. */
function groupIntoCandidates(analysis: Analysis, tags: RoleTags, rules: readonly Candidate[]): Candidate[] {
  const { tokens } = analysis;
  const [sources, cues, contents] = ROLES.map((role) => runsOf(tags[role], analysis)) as [
    TokenRange[],
    TokenRange[],
    TokenRange[],
  ];
  const gap = (a: TokenRange, b: TokenRange) => Math.max(a[0] - b[1], b[0] - a[1], 0);
  const nearest = (cue: TokenRange, runs: TokenRange[], same: (run: TokenRange) => boolean) =>
    runs.filter(same).sort((a, b) => gap(cue, a) - gap(cue, b))[0];
  const sameSentence = (cue: TokenRange) => (run: TokenRange) => tokens[run[0]]!.sentence === tokens[cue[0]]!.sentence;
  const sameParagraph = (cue: TokenRange) => (run: TokenRange) =>
    paragraphOf(analysis, run[0]) === paragraphOf(analysis, cue[0]);

  const grouped = cues.map((cue) => {
    const source = nearest(cue, sources, sameSentence(cue));
    const content = nearest(cue, contents, sameParagraph(cue)) ?? restOfSentence(analysis, cue);
    return { cue, source, contents: content ? [content] : [] };
  });
  // A content or source no cue took joins the nearest cue of its paragraph.
  for (const content of contents) {
    if (grouped.some((a) => a.contents.includes(content))) continue;
    const home = nearest(content, cues, sameParagraph(content));
    if (home) grouped[cues.indexOf(home)]!.contents.push(content);
  }
  return grouped
    .filter((a) => a.contents.length > 0)
    .map(({ cue, source, contents: parts }): Candidate => {
      // A cue the rules found too keeps their reading of it: its lexicon entry and its frame.
      const rule = rules.find((candidate) => candidate.cue[0] < cue[1] && cue[0] < candidate.cue[1]);
      const { cueLemma, entry } = rule ?? lexiconReading(tokens.slice(...cue));
      return {
        cue,
        cueLemma,
        entry,
        ...(source && { source }),
        content: normalizeSpan(parts.map((run) => fragmentOf(tokens, run))),
        frame: rule?.frame ?? 'tagged',
        sentence: tokens[cue[0]]!.sentence,
      };
    });
}

/** A cue no rule found says what it says, no more, unless the lexicon knows it. */
const UNLISTED_CUE: CueEntry = { kind: 'ASSERTION', speech: false, object: false };

/**
 * The lexicon's entry for a cue the tagger found: its words as a phrase ("shrug off"), else its first
 * verb or noun the lexicon knows ("has been endorsed by" → endorse), else an unlisted cue.
 */
function lexiconReading(cue: readonly Token[]): { cueLemma: string; entry: CueEntry } {
  const phrase = cue.map((token) => token.lemma).join(' ');
  const whole = VERB_CUES.get(phrase) ?? NOUN_CUES.get(phrase);
  if (whole) return { cueLemma: phrase, entry: whole };
  for (const token of cue) {
    const entry = (token.pos === 'NOUN' ? NOUN_CUES : VERB_CUES).get(token.lemma);
    if (entry && (token.pos === 'VERB' || token.pos === 'NOUN')) return { cueLemma: token.lemma, entry };
  }
  return { cueLemma: phrase.toLowerCase(), entry: UNLISTED_CUE };
}

/** When the tagger found a cue but no content: what follows the cue in its sentence, else what precedes it. */
function restOfSentence(analysis: Analysis, cue: TokenRange): TokenRange | undefined {
  const sentence = analysis.sentences[analysis.tokens[cue[0]]!.sentence]!;
  if (cue[1] < sentence.endToken) return [cue[1], sentence.endToken];
  if (sentence.firstToken < cue[0]) return [sentence.firstToken, cue[0]];
  return undefined;
}

export class AttributionTagger implements CandidateFinder {
  private readonly perceptrons: Readonly<Record<Role, Perceptron>>;
  readonly extractor: ExtractorIdentity;

  /** `modelDigest` names the model in the version stored with every claim the tagger finds. */
  constructor(model?: TaggerModel, modelDigest = 'unsaved') {
    this.extractor = { name: `${EXTRACTOR.name}+tagger`, version: `${EXTRACTOR.version}+model.${modelDigest}` };
    if (model && (model.format !== 'claimgraph-attribution-tagger' || model.featureVersion !== FEATURE_VERSION)) {
      throw new TaggerModelError(
        `the tagger model is of another format or feature version (${model.format} ${model.featureVersion}; ` +
          `expected claimgraph-attribution-tagger ${FEATURE_VERSION}): train it again`,
      );
    }
    const labels = [...TAG_NAMES];
    this.perceptrons = {
      source: new Perceptron(labels, model?.roles.source),
      cue: new Perceptron(labels, model?.roles.cue),
      content: new Perceptron(labels, model?.roles.content),
    };
  }

  private read(
    analysis: Analysis,
    pool?: FeaturePool,
  ): { candidates: Candidate[]; rules: RoleTags; views: TokenView[] } {
    const { tokens } = analysis;
    const candidates = ruleCandidates(analysis);
    const spans = candidates.map(
      (candidate): Attribution => ({
        cue: [fragmentOf(tokens, candidate.cue)],
        content: normalizeSpan(candidate.content),
        ...(candidate.source && { source: [fragmentOf(tokens, candidate.source)] as Span }),
      }),
    );
    const rules = tagsOf(tokens, spans);
    return { candidates, rules, views: tokenViews(analysis, rules, pool) };
  }

  /** The candidate attributions of an analysed text, in the order of their cues. */
  candidates(analysis: Analysis): Candidate[] {
    const { candidates, rules, views } = this.read(analysis);
    // Where the tagger reads no cue in a whole sentence, the rules' cues stand: that is where it saw
    // too few examples to judge (a quote signed with a dash, a transcript's "NAME:" turns).
    const cue = withRunsInSilentSentences(
      tagRole(this.perceptrons.cue, views, undefined, REACH.cue),
      rules.cue,
      analysis,
    );
    const cued = withCueFeatures(analysis, views, cue);
    const tags = {
      source: tagRole(this.perceptrons.source, cued, undefined, REACH.source),
      cue,
      // The rules draw a content's bounds more exactly (they follow the clause and the quote marks);
      // the tagger adds the contents they missed.
      content: withRuns(rules.content, tagRole(this.perceptrons.content, cued, undefined, REACH.content), analysis),
    };
    return groupIntoCandidates(analysis, tags, candidates);
  }

  /** Learns from the documents, in a fixed shuffled order each epoch, and returns the averaged model; `onStep` hears of each part done. */
  static train(documents: readonly TrainingDocument[], epochs: number, onStep?: (done: string) => void): TaggerModel {
    const tagger = new AttributionTagger();
    const pool = new FeaturePool();
    const prepared = documents.map(({ analysis, gold }) => ({
      analysis,
      views: tagger.read(analysis, pool).views,
      truth: tagsOf(analysis.tokens, gold),
    }));
    const learn = (perceptron: Perceptron, items: readonly { views: TokenView[]; truth: Uint8Array }[]) => {
      let order = items.map((_item, i) => i);
      for (let epoch = 1; epoch <= epochs; epoch++) {
        order = shuffled(order, epoch);
        for (const i of order) tagRole(perceptron, items[i]!.views, items[i]!.truth);
      }
    };
    // The source and content taggers learn from cues tagged as they will be when reading: each half
    // of the documents by a cue tagger trained on the other half, never one that saw them.
    const cueTags = new Array<Uint8Array>(prepared.length);
    for (const fold of [0, 1]) {
      const held = (i: number) => i % 2 === fold;
      const perceptron = new Perceptron([...TAG_NAMES]);
      learn(
        perceptron,
        prepared.filter((_d, i) => !held(i)).map((d) => ({ views: d.views, truth: d.truth.cue })),
      );
      const model = new Perceptron([...TAG_NAMES], perceptron.averaged());
      prepared.forEach((d, i) => {
        if (held(i)) cueTags[i] = tagRole(model, d.views);
      });
      onStep?.(`cue tags for fold ${fold + 1} of 2`);
    }
    learn(
      tagger.perceptrons.cue,
      prepared.map((d) => ({ views: d.views, truth: d.truth.cue })),
    );
    onStep?.('cue');
    const cued = prepared.map((d, i) => withCueFeatures(d.analysis, d.views, cueTags[i]!, pool));
    for (const role of ['source', 'content'] as const) {
      learn(
        tagger.perceptrons[role],
        prepared.map((d, i) => ({ views: cued[i]!, truth: d.truth[role] })),
      );
      onStep?.(role);
    }
    return {
      format: 'claimgraph-attribution-tagger',
      featureVersion: FEATURE_VERSION,
      trainedOn: { articles: documents.length, epochs },
      roles: {
        source: tagger.perceptrons.source.averaged(),
        cue: tagger.perceptrons.cue.averaged(),
        content: tagger.perceptrons.content.averaged(),
      },
    };
  }
}

/** A seeded Fisher–Yates shuffle: the same training data give the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
