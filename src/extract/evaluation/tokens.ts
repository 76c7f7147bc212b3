// The tokens the scores count in. Both published scorers compare spans at token granularity (citron
// in spaCy tokens, CofeNet in CoreNLP tokens); we use a tokenisation of our own that needs no model:
// a token is a run of letters, digits and combining marks, or any other single non-space character.
// "Clinton's plan, he said." gives Clinton ' s plan , he said . — so a span that differs from the
// gold only by surrounding whitespace still matches exactly, and one that drops a comma does not.
import type { Span } from './attribution.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Which line of the text the token is on: CofeNet scores each paragraph (line) on its own. */
  readonly line: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let scanned = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    for (let i = scanned; i < start; i++) if (text[i] === '\n') line++;
    scanned = start + match[0].length;
    tokens.push({ start, end: scanned, line });
  }
  return tokens;
}

/** Indices, ascending, of the tokens a span covers: a token counts when any of its characters is in a fragment. */
export function tokensOf(tokens: readonly Token[], span: Span): number[] {
  const covered = new Set<number>();
  for (const [start, end] of span) {
    for (let i = firstEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) covered.add(i);
  }
  return [...covered].sort((a, b) => a - b);
}

function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
