// Verb cues: where the cue starts and ends (auxiliaries, "in a statement", a colon, the preposition
// before an object), then which frame its neighbours make.
import type { Fragment } from '../../evaluation/attribution.ts';
import type { Token } from '../analysis.ts';
import type { CueEntry } from '../cues.ts';
import {
  isClosingQuote,
  isComma,
  isPersonalPronoun,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  type TokenRange,
} from '../phrases.ts';
import { contentAfter, contentBefore, resumedAfter, spanToEnd } from './contents.ts';
import type { Candidate, Context } from './context.ts';
import { complementEnd, subjectSpan } from './parse.ts';
import {
  appositionAfter,
  clauseStart,
  parentheticalStart,
  skipTimeBackwards,
  sourceEndingAt,
  subjectOf,
} from './sources.ts';

const AUXILIARIES = new Set(
  'be have do will would shall should can could may might must'.split(' ').concat(['wo', 'ca']),
);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** Ways a statement was made, taken into the cue: "said in a statement", "said in an interview". */
const MEDIUM_NOUNS = new Set(
  (
    'statement interview tweet post letter speech email release note memo op-ed column video message ' +
    'appearance conference call briefing'
  ).split(' '),
);
/** How many words may stand between "As X said" and the comma before its content. */
const AS_ADJUNCT_LIMIT = 8;
/** Prepositions between a cue and its object: "scoffed at", "warned of", "complained about". */
const OBJECT_PREPOSITIONS = new Set(['at', 'of', 'about', 'against', 'on']);

/** A multi-word cue at i: its words in order, a possessive allowed before a noun ("expressed his resolve"). */
export function matchPhrase(
  tokens: readonly Token[],
  i: number,
  words: readonly string[],
): { lemma: string; end: number } | undefined {
  let k = i + 1;
  for (const word of words.slice(1)) {
    if (tokens[k]?.lemma !== word && tokens[k + 1]?.lemma === word && tokens[k]?.pos === 'PRON') k++;
    if (tokens[k]?.lemma !== word || tokens[k]!.sentence !== tokens[i]!.sentence) return undefined;
    k++;
  }
  return { lemma: words.join(' '), end: k };
}

export function verbCue(
  context: Context,
  verb: number,
  verbEnd: number,
  lemma: string,
  entry: CueEntry,
  sentence: number,
  earlier: readonly Candidate[],
): Candidate | undefined {
  const { tokens, analysis } = context;
  const { firstToken: first, endToken: end } = analysis.sentences[sentence]!;
  // A verb after "to" is part of another's content ("declined to say", "is expected to announce").
  if (tokens[verb - 1]?.lemma === 'to') return undefined;
  const cueStart = auxiliariesBefore(tokens, verb, first);
  const passive =
    cueStart < verb &&
    tokens.slice(cueStart, verb).some((t) => t.lemma === 'be') &&
    /ed$|^said$|^told$|^known$|^seen$|^thought$/.test(tokens[verb]!.text);
  const cueEnd = cueExtension(tokens, verbEnd, end, entry);
  const cue: TokenRange = [cueStart, cueEnd];
  const base = { cue, cueLemma: lemma, entry, sentence };
  if (passive) return passiveCue(context, base, first, end);

  const participle = /ing$/.test(tokens[verb]!.text) && isComma(tokens[cueStart - 1]);
  const coordinated = ['and', 'but'].includes(tokens[cueStart - 1]?.lemma ?? '');
  if (participle || coordinated) {
    // The subject of the sentence's first verb cue, which a participle or a second verb shares.
    const main = earlier.find((candidate) => candidate.frame !== 'noun' && candidate.frame !== 'according to');
    const source = main ? main.source : subjectOf(tokens, first, cueStart);
    const after = contentAfter(context, cueEnd, end, lemma, entry);
    const content = after && parsedContent(context, verb, cue, after.content);
    return content && { ...base, ...(source && { source }), content, frame: 'shared subject' };
  }

  // The source before the cue, past a time expression ("Kim on Tuesday said") or a parenthesis.
  let last = cueStart - 1;
  last = skipTimeBackwards(tokens, last, first);
  let source = sourceEndingAt(tokens, last, first);
  if (!source && isComma(tokens[last])) {
    const opening = parentheticalStart(tokens, last, first);
    if (opening !== undefined) source = sourceEndingAt(tokens, skipTimeBackwards(tokens, opening - 1, first), first);
  }
  // The parse's subject, where it stands before the cue, over the token patterns' noun phrase.
  const subject = context.parse && subjectSpan(context.parse, tokens, verb, cue);
  if (subject && subject[1] <= cueStart) source = subject;
  const after = contentAfter(context, cueEnd, end, lemma, entry);
  if (source) {
    const prefixEnd = source[0];
    const before = entry.speech ? contentBefore(context, first, prefixEnd) : undefined;
    // A quote just before the source is the content, and a quote after the cue continues it:
    // “We are ready,” Ruiz said, “and we will not wait.”
    const quoteBefore = before && (isClosingQuote(tokens[prefixEnd - 1]) || isClosingQuote(tokens[prefixEnd - 2]));
    const quoteAfter = after && context.quoteOpeningAt.has(tokens.findIndex((t) => t.start === after.content[0]![0]));
    if (quoteBefore && (!after?.opensClause || quoteAfter)) {
      return { ...base, source, content: [...before, ...(quoteAfter ? after.content : [])], frame: 'content before' };
    }
    if (before && !after?.opensClause) {
      const content = [...before, ...resumedAfter(context, cueEnd, end, before)];
      return { ...base, source, content, frame: 'content before' };
    }
    // "As Ruiz said last week, the plan …" and "The plan, as Ruiz said, will …": the clause after the
    // comma is the content, with what opens the sentence before "as".
    const as = tokens[prefixEnd - 1];
    if (!after && entry.speech && as?.lemma === 'as' && prefixEnd - 1 === clauseStart(tokens, first, prefixEnd - 1)) {
      const comma = tokens.slice(cueEnd, Math.min(end, cueEnd + AS_ADJUNCT_LIMIT)).findIndex((t) => isComma(t));
      const rest = comma >= 0 ? spanToEnd(context, cueEnd + comma + 1, end) : undefined;
      const opening: Fragment[] = prefixEnd - 3 >= first ? [[tokens[first]!.start, tokens[prefixEnd - 3]!.end]] : [];
      if (rest) return { ...base, cue, source, content: [...opening, ...rest], frame: 'content before' };
    }
    // "The plan, Ruiz said, will need more money": a one-word opening resumed after the cue.
    const opening = !after && entry.speech && isComma(tokens[prefixEnd - 1]) && prefixEnd - 1 > first;
    const resumed = opening
      ? resumedAfter(context, cueEnd, end, [[tokens[first]!.start, tokens[prefixEnd - 2]!.end]])
      : [];
    if (resumed.length > 0) {
      const content: Fragment[] = [[tokens[first]!.start, tokens[prefixEnd - 2]!.end], ...resumed];
      return { ...base, source, content, frame: 'content before' };
    }
    return (
      after && {
        ...base,
        source,
        content: parsedContent(context, verb, cue, after.content),
        frame: 'clause after',
      }
    );
  }
  // "…,” said Josh Earnest, the press secretary.
  if (entry.speech && (isComma(tokens[cueStart - 1]) || isClosingQuote(tokens[cueStart - 1]!))) {
    const inverted = nounPhraseStartingAt(tokens, cueEnd, end);
    const content = contentBefore(context, first, cueStart);
    if (inverted && content && !isPersonalPronoun(tokens[inverted[0]]!)) {
      const speaker = subject && subject[0] >= cueEnd ? subject : appositionAfter(tokens, inverted, end);
      return { ...base, source: speaker, content, frame: 'inverted' };
    }
  }
  return undefined;
}

/**
 * The content the token rules found after the cue, cut where the clauses the parse says the verb
 * governs end at a comma: what the comma sets off belongs to the cue ("said the talks failed, sources
 * said", "…, officials said on Tuesday"). A quote is left whole: the parse attaches its marks elsewhere.
 */
function parsedContent(context: Context, verb: number, cue: TokenRange, content: Fragment[]): Fragment[] {
  const { tokens, parse } = context;
  const [only, ...more] = content;
  if (!parse || !only || more.length > 0) return content;
  const opening = tokens.findIndex((token) => token.start === only[0]);
  if (context.quoteOpeningAt.has(opening)) return content;
  const end = complementEnd(parse, tokens, verb, cue);
  if (end === undefined) return content;
  const stop = tokens[end - 1]!.end;
  // Only a cut inside the content: the comma and something after it must be in it.
  return stop > only[0] && tokens[end + 1]!.end <= only[1] ? [[only[0], stop]] : content;
}

/** Auxiliaries, negations and adverbs just before the verb belong to the cue ("has also said", "did not say"). */
function auxiliariesBefore(tokens: readonly Token[], verb: number, first: number): number {
  let start = verb;
  while (start - 1 >= first && verb - start < 4) {
    const before = tokens[start - 1]!;
    const isAuxiliary = before.pos === 'AUX' && AUXILIARIES.has(before.lemma);
    const isAdverb =
      before.pos === 'ADV' && /ly$|^also$|^never$|^again$|^still$|^even$/.test(before.text.toLowerCase());
    if (isAuxiliary || isAdverb || NEGATIONS.has(before.text.toLowerCase())) start--;
    else break;
  }
  return start;
}

/** "in a statement", a colon and the preposition before an object ("scoffed at") are part of the cue. */
function cueExtension(tokens: readonly Token[], end: number, sentenceEnd: number, entry: CueEntry): number {
  let k = end;
  if (entry.object && OBJECT_PREPOSITIONS.has(tokens[k]?.lemma ?? '') && k + 1 < sentenceEnd) return k + 1;
  if (tokens[k]?.lemma === 'in' && ['a', 'an'].includes(tokens[k + 1]?.lemma ?? '')) {
    let noun = k + 2;
    if (tokens[noun]?.pos === 'ADJ') noun++;
    if (MEDIUM_NOUNS.has(tokens[noun]?.lemma ?? '') && noun < sentenceEnd) k = noun + 1;
  }
  if (tokens[k]?.text === ':' && k + 1 < sentenceEnd) k++;
  return k;
}

/**
 * A passive cue: "it is said that …", "X is expected to …", "X was asked to …", "X is seen as …", its
 * source after "by" if any. The subject of an infinitive or "as" belongs to the content, which the cue
 * splits in two.
 */
function passiveCue(
  context: Context,
  base: Pick<Candidate, 'cue' | 'cueLemma' | 'entry' | 'sentence'>,
  first: number,
  end: number,
): Candidate | undefined {
  const { tokens } = context;
  let k = base.cue[1];
  let source: TokenRange | undefined;
  if (tokens[k]?.lemma === 'by') {
    source = nounPhraseStartingAt(tokens, k + 1, end);
    if (source) k = source[1];
  }
  const word = tokens[k]?.text.toLowerCase();
  if (word === 'that') {
    const content = spanToEnd(context, k, end);
    return content && { ...base, ...(source && { source }), content, frame: 'passive' };
  }
  const infinitive = word === 'to' && tokens[k + 1]?.pos === 'VERB';
  const complement =
    word === 'as' && (base.cueLemma === 'see' || base.cueLemma === 'view' || base.cueLemma === 'regard');
  // "was asked what happened", "was asked a question": the question is the content.
  if (!infinitive && base.cueLemma === 'ask' && k < end - 1) {
    const question = spanToEnd(context, k, end);
    return question && { ...base, ...(source && { source }), content: question, frame: 'passive' };
  }
  if (!infinitive && !complement) return undefined;
  const subjectEnd = base.cue[0] - 1;
  const subject =
    tokens[subjectEnd]?.pos === 'PRON' && ['who', 'which'].includes(tokens[subjectEnd]!.lemma)
      ? ([subjectEnd, subjectEnd + 1] as const)
      : nounPhraseEndingAt(tokens, subjectEnd, first);
  const rest = spanToEnd(context, complement ? k + 1 : k, end);
  if (!subject || !rest) return undefined;
  const content: Fragment[] = [[tokens[subject[0]]!.start, tokens[subject[1] - 1]!.end], ...rest];
  return { ...base, ...(source && { source }), content, frame: 'passive' };
}
