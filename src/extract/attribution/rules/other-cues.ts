// The cues that are not verbs: "according to", nouns of saying, a colon opening a paragraph, and a
// dash signing a quote.

import type { Fragment } from '../../evaluation/attribution.ts';
import type { Token } from '../analysis.ts';
import { ACCORDING_TO, type CueEntry, NOUN_CUES, VERB_CUES } from '../cues.ts';
import {
  isClosingQuote,
  isComma,
  isOpeningQuote,
  isPersonalPronoun,
  isQuoteMark,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  type TokenRange,
} from '../phrases.ts';
import { contentBefore, spanToEnd } from './contents.ts';
import { type Candidate, type Context, insideQuote } from './context.ts';
import { accordingToSpan } from './parse.ts';
import { appositionAfter, clauseStart, nounModifierSource } from './sources.ts';

/** What a colon after a speaker's name, or a dash before it, stands for: the speaker says, nothing more. */
const SPEAKER_MARK: CueEntry = { kind: 'ASSERTION', speech: true, object: false };
/** How many words a speaker's name before a colon, or after a dash, may have. */
const SPEAKER_NAME_LIMIT = 6;

/** "Mayor Ruiz: the bridge …", and a transcript's quoted turn, "WALLACE: Let's start …". */
export function colonCue(context: Context, sentence: number): Candidate | undefined {
  const { tokens, analysis } = context;
  const { firstToken, endToken: end, paragraph } = analysis.sentences[sentence]!;
  if (sentence > 0 && analysis.sentences[sentence - 1]!.paragraph === paragraph) return undefined;
  // A transcript quoted in an article opens each speaker's turn with a quotation mark.
  const first = isOpeningQuote(tokens[firstToken]) ? firstToken + 1 : firstToken;
  const colon = tokens
    .slice(first, Math.min(end, first + SPEAKER_NAME_LIMIT + 1))
    .findIndex((token) => token.text === ':');
  if (colon <= 0) return undefined;
  const source = nounPhraseEndingAt(tokens, first + colon - 1, first);
  if (!source || source[0] !== first || isPersonalPronoun(tokens[first]!)) return undefined;
  const head = tokens[first + colon - 1]!;
  if (!/^\p{Lu}/u.test(head.text) || head.pos === 'NUM' || first + colon + 2 >= end) return undefined;
  const content = spanToEnd(context, first + colon + 1, end);
  const cue: TokenRange = [first + colon, first + colon + 1];
  return content && { cue, cueLemma: ':', entry: SPEAKER_MARK, source, content, frame: 'colon', sentence };
}

const DASH = /^[―—–]$/;

/**
 * A quote signed with a dash and a name at the end of its line, as readers' and epigraphs' quotes
 * are: "“He represents our greatest shame.” ― Sonya Herridge". The dash is the cue.
 */
export function dashCues(context: Context): Candidate[] {
  const { tokens, analysis } = context;
  const candidates: Candidate[] = [];
  for (const [closing, quote] of context.quoteClosingAt) {
    const dash = closing + 1;
    if (!DASH.test(tokens[dash]?.text ?? '') || /\n/.test(analysis.text.slice(quote.end, tokens[dash]!.start)))
      continue;
    const name = nounPhraseStartingAt(tokens, dash + 1, Math.min(tokens.length, dash + 1 + SPEAKER_NAME_LIMIT));
    if (!name || !tokens.slice(...name).every((token) => /^\p{Lu}/u.test(token.text))) continue;
    const lineEnd = analysis.text.indexOf('\n', tokens[name[1] - 1]!.end);
    const rest = analysis.text.slice(tokens[name[1] - 1]!.end, lineEnd < 0 ? undefined : lineEnd);
    if (!/^[\s.]*$/.test(rest)) continue;
    const cue: TokenRange = [dash, dash + 1];
    const sentence = tokens[dash]!.sentence;
    candidates.push({
      cue,
      cueLemma: 'dash',
      entry: SPEAKER_MARK,
      source: name,
      content: quote.fragments,
      frame: 'dash',
      sentence,
    });
  }
  return candidates;
}

/** "according to X, …" and "…, according to X." */
export function accordingTo(context: Context, i: number, sentence: number): Candidate | undefined {
  const { tokens, analysis } = context;
  const { firstToken: first, endToken: end } = analysis.sentences[sentence]!;
  const cue: TokenRange = [i, i + 2];
  const parsed = context.parse && accordingToSpan(context.parse, tokens, i);
  const head = nounPhraseStartingAt(tokens, i + 2, end);
  const phrase = parsed ?? (head && postModified(tokens, head, end));
  if (!phrase) return undefined;
  const source = parsed ?? appositionAfter(tokens, phrase, end);
  const base = { cue, cueLemma: 'according to', entry: ACCORDING_TO, source, sentence, frame: 'according to' as const };
  if (i === clauseStart(tokens, first, i) && isComma(tokens[source[1]])) {
    const content = spanToEnd(context, source[1] + 1, end);
    return content && { ...base, content };
  }
  const before = contentBefore(context, first, i);
  if (!before) return undefined;
  const rest = isComma(tokens[source[1]]) ? spanToEnd(context, source[1] + 1, end) : undefined;
  return { ...base, content: [...before, ...(rest ?? [])] };
}

/** How far a source's modifiers may run after its noun: "a poll from X released on Monday by Y". */
const MODIFIER_LIMIT = 20;

/**
 * The source of "according to" with the modifiers after its noun, up to the comma or the sentence's
 * end: "according to a survey of voters conducted last week, …". A finite verb, a quote or a
 * clause opener on the way means the phrase ended at its noun.
 */
function postModified(tokens: readonly Token[], phrase: TokenRange, end: number): TokenRange {
  let k = phrase[1];
  while (k < end && k < phrase[0] + MODIFIER_LIMIT && !isComma(tokens[k]) && !/^[.;:!?]$/.test(tokens[k]!.text)) {
    const token = tokens[k]!;
    const finite = token.pos === 'VERB' && !/(ed|ing|en|wn)$/.test(token.text);
    if (finite || token.pos === 'AUX' || isQuoteMark(token) || token.lemma === 'that' || token.pos === 'PRON') {
      return phrase;
    }
    k++;
  }
  return k < end && !isComma(tokens[k]) && !/^[.;:!?]$/.test(tokens[k]!.text) ? phrase : [phrase[0], k];
}

/** "X's claim that …", "U.S. claims that …", "speculation about …". */
export function nounCue(context: Context, i: number, sentence: number): Candidate | undefined {
  const { tokens, analysis } = context;
  const { firstToken: first, endToken: end } = analysis.sentences[sentence]!;
  const next = tokens[i + 1]?.text.toLowerCase();
  if (next !== 'that' && next !== 'about') return undefined;
  const entry = NOUN_CUES.get(tokens[i]!.lemma)!;
  // The clause ends at the comma before a participle ("…, saying …") or at the sentence's end.
  let stop = end;
  for (let k = i + 2; k < end - 1; k++) {
    if (isComma(tokens[k]) && tokens[k + 1]!.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.text)) {
      stop = k;
      break;
    }
  }
  const content = spanToEnd(context, next === 'that' ? i + 1 : i + 2, stop);
  if (!content) return undefined;
  const source = nounModifierSource(tokens, i, first);
  const base = { cue: [i, i + 1] as TokenRange, cueLemma: tokens[i]!.lemma, entry, sentence, frame: 'noun' as const };
  return { ...base, ...(source && { source }), content };
}

/** Words that open the question of a sentence-opening "Asked": "Asked whether …", "Asked about …". */
const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'what',
  'why',
  'who',
  'which',
  'how',
  'when',
  'where',
  'about',
  'to',
]);
/** How many words of adjuncts may stand between "Asked" and its question ("Asked at a briefing Monday"). */
const ASKED_ADJUNCT_LIMIT = 8;

/**
 * "Asked whether the plan would work, the mayor said …": the question is the content of "Asked", its
 * source the asker after "by" if the text names one, and it ends at the comma before the main clause.
 */
export function askedCue(context: Context, i: number, sentence: number): Candidate | undefined {
  const { tokens, analysis } = context;
  const { endToken: end } = analysis.sentences[sentence]!;
  let k = i + 1;
  let source: TokenRange | undefined;
  if (tokens[k]?.lemma === 'by') {
    source = nounPhraseStartingAt(tokens, k + 1, end);
    if (!source) return undefined;
    k = source[1];
  }
  // Adjuncts before the question: "Asked on Monday whether", "Asked at a briefing about".
  let opener = k;
  while (opener < end && opener < k + ASKED_ADJUNCT_LIMIT && !QUESTION_OPENERS.has(tokens[opener]!.lemma)) {
    if (isComma(tokens[opener]) || tokens[opener]!.pos === 'VERB' || tokens[opener]!.pos === 'AUX') return undefined;
    opener++;
  }
  if (!QUESTION_OPENERS.has(tokens[opener]?.lemma ?? '')) return undefined;
  if (tokens[opener]!.lemma === 'to' && tokens[opener + 1]?.pos !== 'VERB') return undefined;
  let stop: number | undefined;
  for (let j = opener + 1; j < end; j++) {
    if (isClosingQuote(tokens[j]) && isComma(tokens[j - 1])) {
      stop = j;
      break;
    }
    if (isComma(tokens[j]) && !insideQuote(context, j)) {
      stop = j - 1;
      break;
    }
  }
  if (stop === undefined || stop <= opener) return undefined;
  const entry = VERB_CUES.get('ask')!;
  const content: Fragment[] = [[tokens[opener]!.start, tokens[stop]!.end]];
  const cue: TokenRange = [i, i + 1];
  return { cue, cueLemma: 'ask', entry, ...(source && { source }), content, frame: 'passive', sentence };
}

/** "In a poll released Monday, most voters …": a survey that opens the sentence says what follows it. */
const IN_SURVEY: CueEntry = { kind: 'REPORT', speech: false, object: false };
const SURVEY_NOUNS = new Set(['poll', 'survey', 'study']);

export function inSurveyCue(context: Context, i: number, sentence: number): Candidate | undefined {
  const { tokens, analysis } = context;
  const { endToken: end } = analysis.sentences[sentence]!;
  const head = nounPhraseStartingAt(tokens, i + 1, end);
  if (!head || !tokens.slice(head[0], head[1]).some((token) => SURVEY_NOUNS.has(token.lemma))) return undefined;
  const source = postModified(tokens, head, end);
  if (!isComma(tokens[source[1]])) return undefined;
  const content = spanToEnd(context, source[1] + 1, end);
  const cue: TokenRange = [i, i + 1];
  return content && { cue, cueLemma: 'in', entry: IN_SURVEY, source, content, frame: 'according to', sentence };
}
