// What the rules share: the candidate attribution they build (token ranges and character
// fragments) and the analysed text with its quotes indexed by token.
import type { Fragment } from '../../evaluation/attribution.ts';
import type { Analysis, Token } from '../analysis.ts';
import type { CueEntry } from '../cues.ts';
import type { TokenRange } from '../phrases.ts';
import type { Quote } from '../quotes.ts';
import { type Parse, parseOf } from './parse.ts';

export type Frame =
  | 'clause after'
  | 'content before'
  | 'inverted'
  | 'shared subject'
  | 'according to'
  | 'noun'
  | 'passive'
  | 'colon'
  | 'dash'
  /** Found by the learnt tagger where no rule found it. */
  | 'tagged';

export interface Candidate {
  readonly cue: TokenRange;
  /** The lexicon's key: "say", "shrug off", "according to", "statement". */
  readonly cueLemma: string;
  readonly entry: CueEntry;
  readonly source?: TokenRange;
  readonly content: readonly Fragment[];
  readonly frame: Frame;
  readonly sentence: number;
}

export interface Context {
  readonly analysis: Analysis;
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
  /** The quote, if any, that opens at each token. */
  readonly quoteOpeningAt: ReadonlyMap<number, Quote>;
  /** The quote, if any, that closes at each token. */
  readonly quoteClosingAt: ReadonlyMap<number, Quote>;
  /** The dependency parse, where the design gives one. */
  readonly parse?: Parse;
}

export function contextOf(analysis: Analysis, quotes: readonly Quote[]): Context {
  const quoteOpeningAt = new Map<number, Quote>();
  const quoteClosingAt = new Map<number, Quote>();
  const byStart = new Map(quotes.map((quote) => [quote.start, quote]));
  const byEnd = new Map(quotes.map((quote) => [quote.end, quote]));
  analysis.tokens.forEach((token, i) => {
    const opening = byStart.get(token.start);
    if (opening) quoteOpeningAt.set(i, opening);
    const closing = byEnd.get(token.end);
    if (closing) quoteClosingAt.set(i, closing);
  });
  const parse = parseOf(analysis);
  return { analysis, tokens: analysis.tokens, quotes, quoteOpeningAt, quoteClosingAt, ...(parse && { parse }) };
}

export function insideQuote(context: Context, k: number): boolean {
  const { start } = context.tokens[k]!;
  return context.quotes.some((quote) => quote.fragments.some(([from, to]) => from < start && start < to));
}
