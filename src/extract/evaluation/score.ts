// Scores predicted attributions against gold, per role, by the definitions of the two published
// anchors, so that our numbers can be set beside theirs. All three compare spans as sets of tokens
// (tokens.ts), as both anchors compare token spans rather than characters.
//
// exact — CofeNet (Wang et al., COLING 2022; github.com/cofe-ai/CofeNet at 7904299,
//   exe/eval/evaluation.py `evaluate_extraction` / `cal_evaluation_detail(..., 'exact_match')`,
//   exe/eval/extraction.py `get_element`). CofeNet tags each paragraph's tokens B/I/O per role and
//   reads back the role's spans as maximal runs of one B and its I tokens; a gold span is found when
//   a predicted span of the same role has the same first and last token. Roles are scored apart,
//   with no regard to which attribution a span belongs to. Precision = matched spans / predicted
//   spans, recall = matched / gold spans (sklearn's binary scores over the match list). Here a
//   role's spans are the runs of consecutive tokens each attribution's span covers, cut at line
//   breaks, and a document's identical runs count once (a tag sequence cannot hold a source shared
//   by two attributions twice). CofeNet's res/polnear/*.txt hold a paragraph (a line of the text)
//   per instance, but cut long paragraphs further at sentence ends, which we do not follow: counted
//   our way PolNeAR's test gold has 1,896 source, 2,230 cue and 2,549 content spans, CofeNet's tags
//   1,896, 2,229 and 2,637 (the extra content spans mostly in one article of long paragraphs).
//
// linked — citron (BBC, github.com/bbc/citron at 1937f2c, citron/metrics.py
//   `get_cue_exact_match_metrics`, `get_source_exact_match_metrics`,
//   `get_content_exact_match_metrics`; spans are spaCy token spans, citron/data.py `_get_span`).
//   Every attribution is an item for every role. A predicted cue is correct when some gold cue has
//   the same tokens; a predicted source (content) is correct when some gold attribution has a cue
//   overlapping the predicted cue and the same source (content) tokens, an absent source matching
//   an absent one (citron compares the two source lists, both empty). A gold item is found in the
//   same way from the other side. Two departures: citron's overlap test (`span1.start <= span2.end`)
//   also accepts cues that merely touch, ours needs a shared token; and citron's recall divides the
//   matched *predictions* by (those + unmatched gold), ours the matched gold by all gold, which is
//   the same whenever matches are one to one.
//
// overlap — citron (citron/metrics.py `get_quote_overlap_counts_and_lengths`, `get_overlap_scores`):
//   precision = predicted tokens overlapping gold tokens / predicted tokens, recall = the same
//   overlap / gold tokens, per role, ignoring which attribution a span belongs to. citron sums the
//   overlap over every (predicted, gold) pair, which counts a token twice when two spans of a role
//   share it; here each side's spans of a role are first joined into one token set. That is equal
//   whenever a role's spans do not overlap one another, and stays within 0..1 for PolNeAR, whose
//   attributions share sources ("X said A and added B").
//
// P, R and F1 are 0 when their denominator is 0 (as citron and sklearn do). Several documents are
// micro-averaged: counts are summed over the documents, then turned into P, R and F1 (as both
// anchors do over their test sets).
import { type Attribution, ROLES, type Role } from './attribution.ts';
import { type Token, tokenize, tokensOf } from './tokens.ts';

export type Metric = 'exact' | 'linked' | 'overlap';
export const METRICS: readonly Metric[] = ['exact', 'linked', 'overlap'];

/** Items (spans, attributions or tokens, by metric) on each side, and how many of each side found a match. */
export interface Counts {
  readonly predicted: number;
  readonly gold: number;
  readonly matchedPredicted: number;
  readonly matchedGold: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type RoleCounts = Readonly<Record<Role, Counts>>;
export type RoleScores = Readonly<Record<Role, Scores>>;
export type EvaluationCounts = Readonly<Record<Metric, RoleCounts>>;
export type EvaluationScores = Readonly<Record<Metric, RoleScores>>;

export interface ScoredDocument {
  readonly text: string;
  readonly gold: readonly Attribution[];
  readonly predicted: readonly Attribution[];
}

/** An attribution's roles as the ascending indices of the tokens they cover; a missing source covers none. */
type TokenAttribution = Readonly<Record<Role, readonly number[]>>;

export function scoreDocument(document: ScoredDocument): EvaluationScores {
  return scoresOf(countDocument(document));
}

export function scoreDocuments(documents: Iterable<ScoredDocument>): EvaluationScores {
  let total = EMPTY_COUNTS;
  for (const document of documents) total = addCounts(total, countDocument(document));
  return scoresOf(total);
}

export function countDocument({ text, gold, predicted }: ScoredDocument): EvaluationCounts {
  const tokens = tokenize(text);
  const inTokens = (attribution: Attribution): TokenAttribution => ({
    source: attribution.source ? tokensOf(tokens, attribution.source) : [],
    cue: tokensOf(tokens, attribution.cue),
    content: tokensOf(tokens, attribution.content),
  });
  const goldTokens = gold.map(inTokens);
  const predictedTokens = predicted.map(inTokens);
  return byMetricAndRole((metric, role) => COUNTERS[metric](tokens, goldTokens, predictedTokens, role));
}

type Counter = (
  tokens: readonly Token[],
  gold: readonly TokenAttribution[],
  predicted: readonly TokenAttribution[],
  role: Role,
) => Counts;

const countExact: Counter = (tokens, gold, predicted, role) => {
  const runs = (attributions: readonly TokenAttribution[]) =>
    new Set(attributions.flatMap((attribution) => runsOf(tokens, attribution[role])));
  const goldRuns = runs(gold);
  const predictedRuns = runs(predicted);
  const matched = [...predictedRuns].filter((run) => goldRuns.has(run)).length;
  return { predicted: predictedRuns.size, gold: goldRuns.size, matchedPredicted: matched, matchedGold: matched };
};

/** Maximal runs of consecutive token indices on one line, as "first-last" keys. */
function runsOf(tokens: readonly Token[], indices: readonly number[]): string[] {
  const runs: string[] = [];
  let first = indices[0];
  indices.forEach((index, i) => {
    const next = indices[i + 1];
    if (next === index + 1 && tokens[next]!.line === tokens[index]!.line) return;
    runs.push(`${first}-${index}`);
    first = next;
  });
  return runs;
}

const countLinked: Counter = (_tokens, gold, predicted, role) => {
  const matches = (a: TokenAttribution, b: TokenAttribution): boolean =>
    sameTokens(a[role], b[role]) && (role === 'cue' || sharesToken(a.cue, b.cue));
  return {
    predicted: predicted.length,
    gold: gold.length,
    matchedPredicted: predicted.filter((p) => gold.some((g) => matches(p, g))).length,
    matchedGold: gold.filter((g) => predicted.some((p) => matches(p, g))).length,
  };
};

const countOverlap: Counter = (_tokens, gold, predicted, role) => {
  const tokenSet = (attributions: readonly TokenAttribution[]) =>
    new Set(attributions.flatMap((attribution) => attribution[role]));
  const goldSet = tokenSet(gold);
  const predictedSet = tokenSet(predicted);
  const overlap = [...predictedSet].filter((token) => goldSet.has(token)).length;
  return { predicted: predictedSet.size, gold: goldSet.size, matchedPredicted: overlap, matchedGold: overlap };
};

const COUNTERS: Readonly<Record<Metric, Counter>> = { exact: countExact, linked: countLinked, overlap: countOverlap };

function sameTokens(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

function sharesToken(a: readonly number[], b: readonly number[]): boolean {
  const set = new Set(a);
  return b.some((token) => set.has(token));
}

const ZERO: Counts = { predicted: 0, gold: 0, matchedPredicted: 0, matchedGold: 0 };
const EMPTY_COUNTS: EvaluationCounts = byMetricAndRole(() => ZERO);

export function addCounts(a: EvaluationCounts, b: EvaluationCounts): EvaluationCounts {
  return byMetricAndRole((metric, role) => {
    const [x, y] = [a[metric][role], b[metric][role]];
    return {
      predicted: x.predicted + y.predicted,
      gold: x.gold + y.gold,
      matchedPredicted: x.matchedPredicted + y.matchedPredicted,
      matchedGold: x.matchedGold + y.matchedGold,
    };
  });
}

export function scoresOf(counts: EvaluationCounts): EvaluationScores {
  return byMetricAndRole((metric, role) => prf(counts[metric][role]));
}

export function prf({ predicted, gold, matchedPredicted, matchedGold }: Counts): Scores {
  const precision = predicted > 0 ? matchedPredicted / predicted : 0;
  const recall = gold > 0 ? matchedGold / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

type ByMetricAndRole<T> = Readonly<Record<Metric, Readonly<Record<Role, T>>>>;

function byMetricAndRole<T>(value: (metric: Metric, role: Role) => T): ByMetricAndRole<T> {
  const perRole = (metric: Metric) => Object.fromEntries(ROLES.map((role) => [role, value(metric, role)]));
  return Object.fromEntries(METRICS.map((metric) => [metric, perRole(metric)])) as Record<Metric, Record<Role, T>>;
}
