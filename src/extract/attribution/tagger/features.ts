// What the learned tagger sees of a token: its words and tags and those of its neighbours, whether it
// is quoted, whether the cue lexicon knows its lemma, and what the rules (design A) made of it and of
// the tokens around it. The rules' reading is the strongest feature: the tagger learns where to trust
// them and where PolNeAR's annotators reach further (longer cues, beliefs and evaluations as cues).
import type { Role } from '../../evaluation/attribution.ts';
import type { Analysis, Token } from '../analysis.ts';
import { NOUN_CUES, VERB_CUES } from '../cues.ts';
import { findQuotes } from '../quotes.ts';

/** A role's tag of a token: outside, beginning or inside a span. */
export type Tag = 0 | 1 | 2;
export const TAG_NAMES = ['O', 'B', 'I'] as const;

/** For each role, the tag of every token. */
export type RoleTags = Readonly<Record<Role, Uint8Array>>;

/** A token as the tagger sees it: its features, and what its own previous tags are combined with. */
export interface TokenView {
  readonly features: readonly string[];
  readonly word: string;
  readonly pos: string;
  readonly quoted: boolean;
}

const PADDING = '<none>';

function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\d+/g, 'd')
    .slice(0, 5);
}

/** The distance in tokens to the nearest marked token of the same sentence, in a few coarse steps. */
function distanceBucket(distance: number | undefined): string {
  if (distance === undefined) return 'none';
  const size = Math.abs(distance);
  const step = size === 0 ? '0' : size <= 2 ? String(size) : size <= 5 ? '3-5' : size <= 12 ? '6-12' : 'far';
  return distance < 0 ? `-${step}` : step;
}

function nearestInSentence(tokens: readonly Token[], marked: readonly boolean[], i: number): number | undefined {
  const sentence = tokens[i]!.sentence;
  for (let gap = 0; gap < tokens.length; gap++) {
    const before = i - gap;
    const after = i + gap;
    const inBefore = before >= 0 && tokens[before]!.sentence === sentence;
    const inAfter = after < tokens.length && tokens[after]!.sentence === sentence;
    if (!inBefore && !inAfter) return undefined;
    if (inBefore && marked[before]) return -gap;
    if (inAfter && marked[after]) return gap;
  }
  return undefined;
}

/**
 * One copy of each feature name. Training holds every token's features of 840 articles at once: with
 * a string of its own for each, training on PolNeAR peaked at 3.0 GB of memory; shared, at 1.7 GB.
 */
export class FeaturePool {
  private readonly names = new Map<string, string>();

  shared(features: readonly string[]): string[] {
    return features.map((name) => {
      const known = this.names.get(name);
      if (known !== undefined) return known;
      this.names.set(name, name);
      return name;
    });
  }
}

/** Each token's features, history aside (the tagger adds its own previous tags as it goes). */
export function tokenViews(analysis: Analysis, rules: RoleTags, pool?: FeaturePool): TokenView[] {
  const { tokens, text } = analysis;
  const quoted = new Uint8Array(text.length + 1);
  for (const quote of findQuotes(text)) for (const [start, end] of quote.fragments) quoted.fill(1, start, end);
  const entityOf = new Map<number, string>();
  for (const entity of analysis.entities) {
    for (let i = entity.firstToken; i < entity.endToken; i++) entityOf.set(i, entity.type);
  }
  const inLexicon = tokens.map(
    (token) =>
      (token.pos === 'VERB' && VERB_CUES.has(token.lemma)) || (token.pos === 'NOUN' && NOUN_CUES.has(token.lemma)),
  );
  const ruleCue = [...rules.cue].map((tag) => tag !== 0);
  const word = (i: number) => tokens[i]?.text.toLowerCase() ?? PADDING;
  const pos = (i: number) => tokens[i]?.pos ?? PADDING;
  const lemma = (i: number) => tokens[i]?.lemma ?? PADDING;
  const rule = (role: Role, i: number) => (i < 0 || i >= tokens.length ? PADDING : TAG_NAMES[rules[role][i]! as Tag]);

  return tokens.map((token, i) => {
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
    const sentenceEnd = i === tokens.length - 1 || tokens[i + 1]!.sentence !== token.sentence;
    const ruleCueDistance = distanceBucket(nearestInSentence(tokens, ruleCue, i));
    const features = [
      'bias',
      `w=${word(i)}`,
      `l=${lemma(i)}`,
      `p=${pos(i)}`,
      `sh=${shapeOf(token.text)}`,
      `s3=${word(i).slice(-3)}`,
      `w-1=${word(i - 1)}`,
      `w+1=${word(i + 1)}`,
      `w-2=${word(i - 2)}`,
      `w+2=${word(i + 2)}`,
      `p-1=${pos(i - 1)}`,
      `p+1=${pos(i + 1)}`,
      `p-2=${pos(i - 2)}`,
      `p+2=${pos(i + 2)}`,
      `pp=${pos(i - 1)}|${pos(i)}`,
      `pn=${pos(i)}|${pos(i + 1)}`,
      `ll=${lemma(i - 1)}|${lemma(i)}`,
      `ln=${lemma(i)}|${lemma(i + 1)}`,
      `q=${quoted[token.start]}`,
      `qp=${quoted[token.start]}|${pos(i)}`,
      `e=${entityOf.get(i) ?? '-'}`,
      `cx=${inLexicon[i] ? 1 : 0}`,
      `cxd=${distanceBucket(nearestInSentence(tokens, inLexicon, i))}`,
      `rcd=${ruleCueDistance}`,
      `rcdp=${ruleCueDistance}|${pos(i)}`,
    ];
    if (sentenceStart) features.push('first');
    if (sentenceEnd) features.push('last');
    for (const role of ['source', 'cue', 'content'] as const) {
      features.push(`r${role}=${rule(role, i)}`, `r${role}-1=${rule(role, i - 1)}`, `r${role}+1=${rule(role, i + 1)}`);
      features.push(`r${role}w=${rule(role, i)}|${word(i)}`);
    }
    return {
      features: pool?.shared(features) ?? features,
      word: word(i),
      pos: pos(i),
      quoted: quoted[token.start] === 1,
    };
  });
}

/**
 * The source's and the content's features add where the cue tagger put the cues: a source is
 * mostly just before its cue, a content just after it or quoted before it.
 */
export function withCueFeatures(
  analysis: Analysis,
  views: readonly TokenView[],
  cueTags: Uint8Array,
  pool?: FeaturePool,
): TokenView[] {
  const { tokens } = analysis;
  const cue = [...cueTags].map((tag) => tag !== 0);
  const tag = (i: number) => (i < 0 || i >= tokens.length ? PADDING : TAG_NAMES[cueTags[i]! as Tag]);
  return views.map((view, i) => {
    const distance = distanceBucket(nearestInSentence(tokens, cue, i));
    const features = [
      ...view.features,
      `c=${tag(i)}`,
      `c-1=${tag(i - 1)}`,
      `c+1=${tag(i + 1)}`,
      `c+2=${tag(i + 2)}`,
      `cd=${distance}`,
      `cdp=${distance}|${view.pos}`,
      `cdq=${distance}|${view.quoted}`,
    ];
    return { ...view, features: pool?.shared(features) ?? features };
  });
}
