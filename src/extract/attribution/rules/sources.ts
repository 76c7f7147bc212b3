// Where a source starts and ends around its cue: noun phrases with their appositions and relative
// clauses, the subject a participle or a second verb shares, the possessor of a noun cue.
import type { Token } from '../analysis.ts';
import {
  isClosingQuote,
  isComma,
  isOpeningQuote,
  isTimeWord,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  type TokenRange,
  timeExpressionAt,
  trimRange,
} from '../phrases.ts';

/** Quantifiers that stand alone for a group of people. */
const QUANTIFIERS = new Set(['most', 'few', 'many', 'both', 'some', 'others', 'several', 'half', 'all']);
export const isQuantifier = (token: Token | undefined): boolean => QUANTIFIERS.has(token?.text.toLowerCase() ?? '');

export function skipTimeBackwards(tokens: readonly Token[], last: number, first: number): number {
  for (let start = Math.max(first, last - 2); start <= last; start++) {
    if (timeExpressionAt(tokens, start) === last + 1) return start - 1;
  }
  return last;
}

/** The opening comma of ", after he had met with Putin," ending at `closing`, if that is a parenthesis. */
export function parentheticalStart(tokens: readonly Token[], closing: number, first: number): number | undefined {
  for (let k = closing - 1; k > first && closing - k < 14; k--) {
    if (isComma(tokens[k])) return k;
    if (isClosingQuote(tokens[k]!) || isOpeningQuote(tokens[k]!)) return undefined;
  }
  return undefined;
}

/** The source ending at `last`, with an apposition before it ("the agency's spokeswoman, Dana Pike"). */
export function sourceEndingAt(tokens: readonly Token[], last: number, first: number): TokenRange | undefined {
  // "Sen. Ann Ortiz (D-N.M.), said", "Dana Pike, the agency's spokeswoman, said", "Lena Park, who ran
  // the mayor's campaign, said": the apposition or relative clause runs to the cue, its closing comma
  // with it, as news annotators mostly mark it.
  if (isComma(tokens[last]) && tokens[last - 1]?.text === ')') {
    const named = nounPhraseEndingAt(tokens, last - 1, first);
    if (named && named[0] === clauseStart(tokens, first, named[0])) return [named[0], last + 1];
  }
  if (isComma(tokens[last])) {
    const opening = parentheticalStart(tokens, last, first);
    if (opening === undefined || !isApposition(tokens, opening + 1, last)) return undefined;
    const name = nounPhraseEndingAt(tokens, opening - 1, first);
    if (!name || name[0] !== clauseStart(tokens, first, name[0])) return undefined;
    // An age ("Pike, 61, said") is no part of the name.
    return tokens[opening + 1]!.pos === 'NUM' && opening + 2 === last ? name : [name[0], last + 1];
  }
  if (tokens[last]?.pos === 'PRON' && tokens[last]!.lemma === 'who') return [last, last + 1];
  // "Most believe …", "Few think …", "Both say …": a quantifier standing for the people polled.
  if (isQuantifier(tokens[last])) return [last, last + 1];
  const phrase = nounPhraseEndingAt(tokens, last, first);
  if (!phrase) return undefined;
  const [start] = phrase;
  // "The agency's spokeswoman, Dana Pike, told": a description opening the sentence, then the name.
  if (isComma(tokens[start - 1]) && tokens[phrase[1] - 1]!.pos === 'PROPN') {
    const description = nounPhraseEndingAt(tokens, start - 2, first);
    const head = description && tokens[description[1] - 1]!;
    if (description?.[0] === first && head?.pos === 'NOUN' && !isTimeWord(head)) return [description[0], phrase[1]];
  }
  return trimRange(tokens, phrase);
}

/**
 * Whether tokens [first, end) between commas describe the noun before them: a relative clause ("who
 * managed …") or a noun phrase with what follows it ("a senior engineer at the city's water plant").
 */
function isApposition(tokens: readonly Token[], first: number, end: number): boolean {
  const opener = tokens[first];
  if (!opener || first >= end) return false;
  if (opener.lemma === 'who') return true;
  const descriptive = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(opener.pos) || /^\p{Lu}/u.test(opener.text);
  if (!descriptive && !/ing$/.test(opener.text)) return false;
  // Its verbs are a relative clause's only: "an engineer who has worked there since 2010".
  const relative = tokens.slice(first, end).findIndex((token) => ['who', 'which', 'whose'].includes(token.lemma));
  const described = tokens.slice(first + 1, relative < 0 ? end : first + relative);
  return !described.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

/** Where the clause holding token `at` starts: after a leading adverbial ("On Thursday, …"). */
export function clauseStart(tokens: readonly Token[], first: number, at: number): number {
  for (let k = at - 1; k >= first; k--) {
    if (isComma(tokens[k]) || isClosingQuote(tokens[k]!)) return k + 1;
  }
  return first;
}

/** The subject at the start of the sentence, after a leading adverbial. */
export function subjectOf(tokens: readonly Token[], first: number, before: number): TokenRange | undefined {
  let start = first;
  if (['ADP', 'SCONJ', 'ADV'].includes(tokens[first]?.pos ?? '')) {
    for (let k = first; k < before && k < first + 12; k++) {
      if (isComma(tokens[k])) {
        start = k + 1;
        break;
      }
    }
  }
  const phrase = nounPhraseStartingAt(tokens, start, before);
  return phrase && appositionAfter(tokens, phrase, before);
}

/** A noun phrase with the apposition or relative clause after it: "Dana Pike, the agency's spokeswoman". */
export function appositionAfter(tokens: readonly Token[], phrase: TokenRange, limit: number): TokenRange {
  if (!isComma(tokens[phrase[1]])) return phrase;
  const first = phrase[1] + 1;
  let end = first;
  while (end < limit && !isComma(tokens[end]) && !/^[.;:!?]$/.test(tokens[end]!.text)) end++;
  const relative = tokens[first]?.lemma === 'who';
  return relative || (isApposition(tokens, first, end) && ['DET', 'ADJ', 'NOUN'].includes(tokens[first]!.pos))
    ? [phrase[0], end]
    : phrase;
}

/** The possessor or proper-noun modifier of a noun cue: "the mayor's claim", "U.S. claims". */
export function nounModifierSource(tokens: readonly Token[], noun: number, first: number): TokenRange | undefined {
  const before = tokens[noun - 1];
  if (!before || noun - 1 < first) return undefined;
  if (/^['’]s?$/.test(before.text)) return nounPhraseEndingAt(tokens, noun - 2, first);
  if (before.pos === 'PROPN') {
    let start = noun - 1;
    while (start - 1 >= first && tokens[start - 1]!.pos === 'PROPN') start--;
    return [start, noun];
  }
  return undefined;
}
