// Where a content starts and ends: a clause or an object after the cue, the sentence or quote before
// its source, the rest of a sentence a parenthetical cue interrupts.
import type { Fragment } from '../../evaluation/attribution.ts';
import type { Token } from '../analysis.ts';
import { type CueEntry, VERB_CUES } from '../cues.ts';
import { isClosingQuote, isComma, isOpeningQuote, nounPhraseStartingAt, timeExpressionAt } from '../phrases.ts';
import { type Context, insideQuote } from './context.ts';

/** Verbs whose object is the hearer, not the content: "told reporters that …". */
const HEARER_OBJECT = new Set(['tell', 'inform', 'assure', 'remind', 'notify', 'brief', 'promise', 'warn']);
/** Words that open a content clause right after the cue. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);
/** How many words a content clause's subject may take: "most of the workers at the plant would …". */
const MAX_SUBJECT = 20;
/** Cues that take an infinitive or a that-clause only: "seemed to", "appears that". */
const INFINITIVE_ONLY = new Set(['seem', 'appear']);

interface ContentAfter {
  readonly content: Fragment[];
  /** It opens with "that", a colon, a quote or a subject and verb: certainly the cue's content. */
  readonly opensClause: boolean;
}

/**
 * What follows the cue up to the end of the sentence (or of a quote that runs past it), when it reads
 * as content: a clause, a quote, "to" and a verb, or for a cue that takes one, an object.
 */
export function contentAfter(
  context: Context,
  cueEnd: number,
  end: number,
  lemma: string,
  entry: CueEntry,
): ContentAfter | undefined {
  const { tokens } = context;
  let k = cueEnd;
  // Adjuncts between cue and content: "said Tuesday that", "told reporters that", "said, “…”".
  k = timeExpressionAt(tokens, k);
  // An adverb set off by commas: "said, however, that …".
  if (isComma(tokens[k]) && tokens[k + 1]?.pos === 'ADV' && isComma(tokens[k + 2])) k += 3;
  if (HEARER_OBJECT.has(lemma)) {
    const hearer = nounPhraseStartingAt(tokens, k, end);
    const afterHearer = hearer && timeExpressionAt(tokens, hearer[1]);
    const quoteAfter =
      afterHearer !== undefined && isComma(tokens[afterHearer]) && context.quoteOpeningAt.has(afterHearer + 1);
    if (afterHearer !== undefined && (quoteAfter || opensClause(context, afterHearer, end))) k = afterHearer;
  }
  if (isComma(tokens[k]) && tokens[k + 1] && isOpeningQuote(tokens[k + 1]!)) k++;
  // A prepositional phrase before "that": "said at a briefing on Tuesday that …".
  if (tokens[k]?.pos === 'ADP' && entry.speech) {
    const that = tokens.slice(k, Math.min(end, k + MAX_SUBJECT)).findIndex((token) => token.lemma === 'that');
    const between = tokens.slice(k, k + Math.max(0, that));
    if (that > 0 && !between.some((token) => ['VERB', 'AUX', 'PUNCT'].includes(token.pos))) k += that;
  }
  if (k >= end) return undefined;
  // "seemed to", "appears that": these take nothing else.
  if (INFINITIVE_ONLY.has(lemma) && !['to', 'that'].includes(tokens[k]!.lemma)) return undefined;
  const clause = opensClause(context, k, end, entry.speech);
  const object = !clause && takesObject(tokens, k, end, entry);
  if (!clause && !object) return undefined;
  const content = spanToEnd(context, k, end);
  return content && { content, opensClause: clause };
}

function opensClause(context: Context, k: number, end: number, speech = true): boolean {
  const { tokens } = context;
  const token = tokens[k];
  if (!token || k >= end) return false;
  const word = token.text.toLowerCase();
  if (CLAUSE_OPENERS.has(word) || token.text === ':' || context.quoteOpeningAt.has(k)) return true;
  if (token.pos === 'SCONJ' || (word === 'to' && tokens[k + 1]?.pos === 'VERB')) return true;
  // A subject and, within a few words, its verb: "said the U.S. believes …", "said most of the workers
  // at the plant would …". A verb straight after the cue is no clause ("said seemed").
  // A subject opens with a noun phrase's words, a gerund ("raising the fee will …") or "about" a number.
  const gerund = token.pos === 'VERB' && /ing$/.test(token.text);
  const opensSubject = ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV'].includes(token.pos) || gerund;
  if (!opensSubject && !/^\p{Lu}/u.test(token.text) && !(word === 'about' && tokens[k + 1]?.pos !== 'VERB')) {
    return false;
  }
  // After a verb of saying a comma may set off part of the subject; after a belief it ends the clause
  // ("when agents find the tunnels, they …").
  const boundary = speech ? /^[.;:!?]$/ : /^[.;:!?,]$/;
  for (let j = k + 1; j < end && j < k + MAX_SUBJECT; j++) {
    const next = tokens[j]!;
    if (next.pos === 'VERB' || next.pos === 'AUX') return true;
    if (boundary.test(next.text)) return false;
  }
  return false;
}

/**
 * Cues that are not plain verbs of saying take an object as content: "endorsed the mayor", "denied the
 * report", "supports holding talks", "scoffed at the U.S. claims".
 */
function takesObject(tokens: readonly Token[], k: number, end: number, entry: CueEntry): boolean {
  if (!entry.object) return false;
  const gerund = tokens[k]?.pos === 'VERB' && /ing$/.test(tokens[k]!.text);
  return gerund || nounPhraseStartingAt(tokens, k, end) !== undefined;
}

/** From token k to the sentence's end, or to the end of a quote opened in it that runs on. */
export function spanToEnd(context: Context, k: number, end: number): Fragment[] | undefined {
  const { tokens } = context;
  let last = end - 1;
  while (last >= k && isFinalPunctuation(tokens[last]!)) last--;
  // "…, according to X.", "… and said, …" and a semicolon end the content before them.
  for (let j = k + 1; j <= last; j++) {
    const accordingTo = isComma(tokens[j]) && tokens[j + 1]?.lemma === 'accord' && tokens[j + 2]?.lemma === 'to';
    const coordinated =
      ['and', 'but'].includes(tokens[j]!.lemma) && isCueVerb(tokens, j + 1) && !insideQuote(context, j);
    const semicolon = tokens[j]!.text === ';' && !insideQuote(context, j);
    const participle = isComma(tokens[j]) && isCueVerb(tokens, j + 1) && /ing$/.test(tokens[j + 1]!.text);
    const contrast = isComma(tokens[j]) && CONTRAST_OPENERS.has(tokens[j + 1]?.lemma ?? '') && !insideQuote(context, j);
    if (accordingTo || coordinated || semicolon || contrast || (participle && !insideQuote(context, j))) {
      last = j - 1;
      break;
    }
  }
  if (last < k) return undefined;
  const quote = context.quoteOpeningAt.get(k);
  const start = tokens[k]!.start;
  const stop = tokens[last]!.end;
  if (quote && quote.end > stop) return [...quote.fragments];
  return quote && quote.fragments.length > 1 ? [...quote.fragments] : [[start, stop]];
}

/** Words after a comma that open the reporter's own contrast, not the content: "…, while …", "…, but …". */
const CONTRAST_OPENERS = new Set(['but', 'while', 'although', 'though', 'whereas', 'despite']);

/** A cue verb at k, or after an adverb there ("and also said"). */
function isCueVerb(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.pos === 'ADV' ? k + 1 : k;
  return tokens[verb]?.pos === 'VERB' && VERB_CUES.has(tokens[verb]!.lemma);
}

const isFinalPunctuation = (token: Token): boolean => /^[.!?,;:—–-]$/.test(token.text);

/**
 * The content before the source: from the sentence's start (or the start of the quote that ends just
 * before the source, if it opened in an earlier sentence) to the comma or closing quote before it.
 */
export function contentBefore(context: Context, first: number, sourceStart: number): Fragment[] | undefined {
  const { tokens } = context;
  let last = sourceStart - 1;
  const separator = tokens[last];
  if (!separator) return undefined;
  if (isComma(separator) || /^[—–-]$/.test(separator.text)) last--;
  else if (!isClosingQuote(separator)) return undefined;
  // The comma may sit outside the closing quote: “…”, he said.
  const closing = isClosingQuote(tokens[last]!)
    ? last
    : isComma(tokens[last]) && isClosingQuote(tokens[last - 1]!)
      ? last - 1
      : -1;
  const quote = closing >= 0 ? context.quoteClosingAt.get(closing) : undefined;
  if (quote) {
    if (isComma(tokens[last]) && closing === last - 1) last--;
    const startToken = tokens.findIndex((token) => token.start === quote.start);
    const start = Math.min(tokens[first]!.start, quote.start);
    return startToken >= first && startToken > first + 1
      ? [[tokens[first]!.start, tokens[last]!.end]]
      : start < tokens[first]!.start
        ? [...quote.fragments]
        : [[start, tokens[last]!.end]];
  }
  if (last - first < 2) return undefined;
  return [[tokens[first]!.start, tokens[last]!.end]];
}

/**
 * A cue set inside its content resumes it after a comma: "The plan, Ruiz suggested, will need
 * more money …". Not after a quote, whose continuation find.ts joins.
 */
export function resumedAfter(context: Context, cueEnd: number, end: number, before: readonly Fragment[]): Fragment[] {
  const { tokens } = context;
  const k = timeExpressionAt(tokens, cueEnd);
  if (!isComma(tokens[k]) || context.quoteOpeningAt.has(k + 1) || isClosingQuote(tokens[cueEnd - 1]!)) return [];
  const lastBefore = tokens.find((token) => token.end === before.at(-1)![1]);
  if (lastBefore && isClosingQuote(lastBefore)) return [];
  const next = tokens[k + 1];
  if (!next || (next.pos === 'VERB' && /ing$/.test(next.text)) || k + 2 >= end) return [];
  return spanToEnd(context, k + 1, end) ?? [];
}
