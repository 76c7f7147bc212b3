// extractAttributions: text in, attributions out, by one design's analysis and the shared rules.
// Deterministic: the same text and options give the same list, in the order of the cues.
import { type Fragment, normalizeSpan } from '../evaluation/attribution.ts';
import type { Analysis, Analyzer, Token } from './analysis.ts';
import { channelNearCue, channelSentences, covers, fragmentOf } from './channel.ts';
import { dateAt, publicationDay } from './dates.ts';
import { designA } from './design-a/analyzer.ts';
import { designB, designBWithCoreference } from './design-b/analyzer.ts';
import { claimKind, type KindEvidence, OPENING_TOKENS } from './kinds.ts';
import { nameOfMedium, namesMedium } from './media.ts';
import { findQuotes } from './quotes.ts';
import { resolveSources } from './resolve.ts';
import type { Candidate, Frame } from './rules/context.ts';
import { findCandidates } from './rules/find.ts';
import type { ExtractedAttribution, StatedOn } from './types.ts';

export interface ExtractOptions {
  /** The article's publication date or date-time ("2023-10-20", "2023-10-20T11:33:21"): dates resolve against it. */
  readonly publishedAt?: string;
  /** The design's analysis; design A by default. */
  readonly analyzer?: Analyzer;
  /** What finds the attributions' spans; the rules by default. */
  readonly finder?: CandidateFinder;
}

/** An extractor's name and version, stored with every claim it finds. */
export interface ExtractorIdentity {
  readonly name: string;
  readonly version: string;
}

/**
 * What finds the candidate attributions of an analysed text: the rules (RULES), or a learnt tagger
 * that re-reads them (tagger/). The rest, a claim's kind, speaker, channel and date, is read alike.
 */
export interface CandidateFinder {
  readonly extractor: ExtractorIdentity;
  candidates(analysis: Analysis): Candidate[];
}

/** The designs the evaluation can run, by name. Design B starts its CoreNLP server on its first text. */
export const DESIGNS: Readonly<Record<string, Analyzer>> = {
  a: designA,
  b: designB,
  'b-coref': designBWithCoreference,
};

/** Stored with every claim it finds: a change to the rules or the analysis is a new version. */
export const EXTRACTOR: ExtractorIdentity = { name: 'claimgraph-rules', version: '1.12.0' };

/** The rules' candidates, in the order of their cues. */
export function ruleCandidates(analysis: Analysis): Candidate[] {
  return findCandidates(analysis, findQuotes(analysis.text)).sort((a, b) => a.cue[0] - b.cue[0]);
}

export const RULES: CandidateFinder = { extractor: EXTRACTOR, candidates: ruleCandidates };

/** An article's attributions with the analysis they were read from (its sentences and named entities). */
export interface ArticleAttributions {
  readonly analysis: Analysis;
  readonly attributions: ExtractedAttribution[];
}

export async function extractArticle(text: string, options: ExtractOptions = {}): Promise<ArticleAttributions> {
  const analysis = await (options.analyzer ?? designA).analyze(text);
  return { analysis, attributions: attributionsOf(analysis, options.publishedAt, options.finder) };
}

export async function extractAttributions(text: string, options: ExtractOptions = {}): Promise<ExtractedAttribution[]> {
  return (await extractArticle(text, options)).attributions;
}

/**
 * How far each frame is to be trusted: quotes and clauses after a verb of saying most; the tagger's
 * own cues least (36% of them equal a gold cue on PolNeAR dev).
 */
const FRAME_CONFIDENCE: Readonly<Record<Frame, number>> = {
  'clause after': 0.85,
  'content before': 0.85,
  inverted: 0.85,
  'according to': 0.85,
  'shared subject': 0.75,
  noun: 0.6,
  passive: 0.6,
  colon: 0.6,
  dash: 0.75,
  tagged: 0.4,
};

export function attributionsOf(
  analysis: Analysis,
  publishedAt?: string,
  finder: CandidateFinder = RULES,
): ExtractedAttribution[] {
  const { tokens, sentences } = analysis;
  const quotes = findQuotes(analysis.text);
  const candidates = finder.candidates(analysis);
  const sources = resolveSources(
    analysis,
    candidates.map((candidate) => candidate.source),
  );
  const published = publishedAt ? publicationDay(publishedAt) : undefined;
  const channels = channelSentences(analysis);
  // A content that opens with a cue takes its kind ("said the U.S. believes …" assesses): the rules'
  // cues count there too where another finder dropped them (a tagger learnt from a corpus that marks
  // fewer nested cues). They come after the candidates, which keep their indices.
  const kindCues =
    finder === RULES
      ? candidates
      : [
          ...candidates,
          ...ruleCandidates(analysis).filter((rule) => !candidates.some((c) => c.cue[0] === rule.cue[0])),
        ];
  const contentTokens = kindCues.map((candidate) => tokensIn(tokens, candidate.content));
  const sourceIsMedium = kindCues.map(
    (candidate, i) =>
      candidate.source !== undefined &&
      (namesMedium(tokens.slice(...candidate.source)) || nameOfMedium(sources[i]?.sourceText ?? '')),
  );
  const outerOf = (index: number) =>
    candidates.findIndex((_outer, j) => j !== index && contentTokens[j]!.includes(candidates[index]!.cue[0]));
  const kindOf = (i: number, nested?: KindEvidence['nested']) =>
    claimKind({
      cueKind: kindCues[i]!.entry.kind,
      cueLemma: kindCues[i]!.cueLemma,
      content: contentTokens[i]!.map((k) => tokens[k]!),
      sourceIsMedium: sourceIsMedium[i]!,
      ...(nested && { nested }),
    });
  // Kinds in two rounds: a content that opens with a cue of its own takes that cue's kind.
  const ownKinds = kindCues.map((_candidate, i) => kindOf(i));

  return candidates.map((candidate, i): ExtractedAttribution => {
    const content = contentTokens[i]!;
    const nested = kindCues.findIndex((other, j) => {
      const at = content.indexOf(other.cue[0]);
      return j !== i && at >= 0 && at < OPENING_TOKENS;
    });
    const kind = kindOf(i, nested >= 0 ? { kind: ownKinds[nested]!, cueLemma: kindCues[nested]!.cueLemma } : undefined);
    const sentence = sentences[candidate.sentence]!;
    const { sourceText, sourceAliases, sourceKind, sourceType } = sources[i]!;
    const outer = outerOf(i);
    const channelSentence = channels.find((channel) => covers(channel, sentence.paragraph, sourceText));
    // A medium reporting the statement, where the text names it if its source is a pronoun ("It said").
    const reporter =
      outer >= 0 && sourceIsMedium[outer] ? (sources[outer]!.referent ?? candidates[outer]!.source) : undefined;
    const channel =
      channelNearCue(tokens, candidate.cue, candidate.cueLemma, sentence.endToken) ??
      reporter ??
      channelSentence?.medium;
    const statedOn =
      (published && dateNear(tokens, candidate, sentence.firstToken, sentence.endToken, published)) ??
      (published && channelSentence && dateIn(tokens, sentences[channelSentence.sentence]!, published));
    const quote = quotes
      .filter((q) => candidate.content.some(([start, end]) => start <= q.start && q.end <= end))
      .flatMap((q) => q.inner);
    const confidence =
      FRAME_CONFIDENCE[candidate.frame] *
      (candidate.entry.speech ? 1 : 0.8) *
      (sourceKind === 'pronoun' && sourceAliases.length === 0 ? 0.8 : 1);
    return {
      ...(candidate.source && { source: [fragmentOf(tokens, candidate.source)] }),
      cue: [fragmentOf(tokens, candidate.cue)],
      content: normalizeSpan(candidate.content),
      kind,
      cueLemma: candidate.cueLemma,
      ...(quote.length > 0 && { quote: normalizeSpan(quote) }),
      sourceText,
      sourceAliases,
      sourceKind,
      sourceType: sourceIsMedium[i] ? 'MEDIUM' : sourceType,
      ...(channel && { channel: [fragmentOf(tokens, channel)] }),
      ...(statedOn && { statedOn }),
      confidence: Math.round(confidence * 100) / 100,
    };
  });
}

/** Indices of the tokens inside any of the fragments, ascending. */
function tokensIn(tokens: readonly Token[], fragments: readonly Fragment[]): number[] {
  const inside: number[] = [];
  tokens.forEach((token, i) => {
    if (fragments.some(([start, end]) => token.start >= start && token.end <= end)) inside.push(i);
  });
  return inside;
}

/** A date in the cue's sentence outside the content: "said on Friday", "On Thursday, X said …". */
function dateNear(
  tokens: readonly Token[],
  candidate: Candidate,
  first: number,
  end: number,
  published: Date,
): StatedOn | undefined {
  for (let k = first; k < end; k++) {
    const token = tokens[k]!;
    if (candidate.content.some(([start, stop]) => token.start >= start && token.end <= stop)) continue;
    const found = dateAt(tokens, k, published);
    if (found) return found.statedOn;
  }
  return undefined;
}

function dateIn(
  tokens: readonly Token[],
  sentence: { firstToken: number; endToken: number },
  published: Date,
): StatedOn | undefined {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const found = dateAt(tokens, k, published);
    if (found) return found.statedOn;
  }
  return undefined;
}
