// Noun phrases and the words around them, found from parts of speech alone: design A has no parse.
// A source is a noun phrase next to its cue ("White House National Security Council spokesman John
// Kirby said", "…, said Dana Pike, the agency's spokeswoman"), so these walks decide where it starts
// and ends.
import type { Token } from './analysis.ts';

/** Token indices [first, end). */
export type TokenRange = readonly [first: number, end: number];

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const MONTHS =
  'january february march april may june july august september october november december ' +
  'jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec.';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const TIME_WORDS = new Set(`${WEEKDAYS} ${MONTHS} yesterday today tonight earlier later recently`.split(' '));
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']);

export const isPersonalPronoun = (token: Token): boolean => PERSONAL_PRONOUNS.has(token.text.toLowerCase());
export const isRelativePronoun = (token: Token): boolean => RELATIVE_PRONOUNS.has(token.lemma);
const isPossessive = (token: Token): boolean => /^['’]s?$/.test(token.text) && token.pos === 'PART';
export const isQuoteMark = (token: Token): boolean => /^(?:[“”"‘’']|''|’’)$/.test(token.text);
const STRAIGHT_MARKS = new Set(['"', "''", '’’']);
export const isOpeningQuote = (token: Token | undefined): boolean =>
  token !== undefined && (token.text === '“' || STRAIGHT_MARKS.has(token.text));
export const isClosingQuote = (token: Token | undefined): boolean =>
  token !== undefined && (token.text === '”' || STRAIGHT_MARKS.has(token.text));
export const isComma = (token: Token | undefined): boolean => token?.text === ',';

/** A time word ("Friday", "yesterday") or the start of one ("last week", "on Tuesday"). */
export function timeExpressionAt(tokens: readonly Token[], i: number): number {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  if (TIME_WORDS.has(word(i))) return TIME_WORDS.has(word(i + 1)) || /^\d/.test(word(i + 1)) ? i + 2 : i + 1;
  if (['last', 'this', 'next', 'earlier', 'late'].includes(word(i)) && TIME_UNITS.has(word(i + 1))) return i + 2;
  if (['late', 'early'].includes(word(i)) && TIME_WORDS.has(word(i + 1))) return i + 2;
  if (['on', 'in'].includes(word(i)) && TIME_WORDS.has(word(i + 1))) return timeExpressionAt(tokens, i + 1);
  return i;
}

/** Whether a token can be part of a noun phrase (the head excepted, which nounPhraseEndingAt checks). */
function inNounPhrase(token: Token): boolean {
  return (
    ['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET'].includes(token.pos) ||
    isCapitalized(token) ||
    isPossessive(token) ||
    POSSESSIVE_DETERMINERS.has(token.text.toLowerCase()) ||
    /^[-&]$/.test(token.text)
  );
}

/** wink now and then tags a name as a verb or adjective ("Pike said", "Ortiz says"): a capital tells. */
const isCapitalized = (token: Token): boolean =>
  /^\p{Lu}/u.test(token.text) && ['VERB', 'ADJ', 'X', 'NOUN', 'PROPN'].includes(token.pos);

const isHead = (token: Token): boolean =>
  ['PROPN', 'NOUN', 'NUM'].includes(token.pos) || isCapitalized(token) || isPersonalPronoun(token);

/**
 * The noun phrase whose last token is `last`, no further left than `limit`: a personal pronoun alone,
 * or nouns with their determiners, adjectives and possessors, joined across "of", "for" and "and"
 * ("Minister of Finance and party leader Ana Ortiz").
 */
export function nounPhraseEndingAt(tokens: readonly Token[], last: number, limit: number): TokenRange | undefined {
  if (tokens[last]?.text === ')') {
    const opening = tokens.slice(Math.max(limit, last - 8), last).findLastIndex((token) => token.text === '(');
    if (opening >= 0) {
      const start = Math.max(limit, last - 8) + opening;
      const before = nounPhraseEndingAt(tokens, start - 1, limit);
      return before && [before[0], last + 1];
    }
  }
  const head = tokens[last];
  // An adjective after a determiner is a noun here: "the general said" (wink tags it ADJ).
  const nounedAdjective = head?.pos === 'ADJ' && tokens[last - 1]?.pos === 'DET' && last - 1 >= limit;
  if (!head || last < limit || !(isHead(head) || nounedAdjective)) return undefined;
  if (isPersonalPronoun(head)) return [last, last + 1];
  let first = last;
  while (first - 1 >= limit && first > last - 16) {
    const before = tokens[first - 1]!;
    if (inNounPhrase(before) && !isPersonalPronoun(before)) first--;
    else if (['of', 'for', 'and', '&'].includes(before.lemma) && first - 2 >= limit && isHead(tokens[first - 2]!)) {
      first -= 2;
    } else break;
  }
  // "and" or "of" cannot open the phrase, nor can a determiner end it.
  return [first, last + 1];
}

/** The noun phrase starting at `first`, up to `limit` (exclusive). */
export function nounPhraseStartingAt(tokens: readonly Token[], first: number, limit: number): TokenRange | undefined {
  let end = first;
  let lastHead = -1;
  while (end < limit && end < first + 16) {
    const token = tokens[end]!;
    if (end === first && isPersonalPronoun(token)) return [first, first + 1];
    if (isHead(token) && !isPersonalPronoun(token)) lastHead = end;
    if (inNounPhrase(token) && !isPersonalPronoun(token)) end++;
    else if (['of', 'for', 'and', '&'].includes(token.lemma) && lastHead === end - 1) end++;
    else break;
  }
  return lastHead >= first ? [first, lastHead + 1] : undefined;
}

/** Quote marks, commas and the like are never part of a phrase's edges. */
export function trimRange(tokens: readonly Token[], [first, end]: TokenRange): TokenRange {
  let [a, b] = [first, end];
  while (a < b && (isQuoteMark(tokens[a]!) || tokens[a]!.pos === 'PUNCT')) a++;
  // A closing parenthesis stays when its opening is in the phrase: "Sen. Ann Ortiz (D-N.M.)".
  const closes = (k: number) => tokens[k]!.text === ')' && tokens.slice(a, k).some((token) => token.text === '(');
  while (b > a && (isQuoteMark(tokens[b - 1]!) || tokens[b - 1]!.pos === 'PUNCT') && !closes(b - 1)) b--;
  return [a, b];
}

export const isTimeWord = (token: Token): boolean => TIME_WORDS.has(token.text.toLowerCase());
