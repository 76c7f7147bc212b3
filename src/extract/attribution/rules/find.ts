// The attribution rules, shared by every design: they read an Analysis (tokens with parts of speech
// and lemmas, sentences) and the text's quotes, and find each cue with its source and content. A cue
// is a verb of the lexicon (../cues.ts), "according to", or a noun of saying followed by "that" or
// "about". Around each, one of these frames gives source and content:
//   clause after   Kirby said (that) the U.S. believes …   |   Lavrov said, “We have …”
//   content before “I don’t comment on rumors,” he added.  |   …, the agency reported.
//   inverted       “…,” said Dana Pike, the agency's spokeswoman.
//   shared subject Lavrov described the talks … and said, “…”   |   Lavrov scoffed …, saying that “…”
//   according to   …, according to the White House.   |   According to X, …
//   noun           U.S. claims that North Korea …   |   Speculation about a possible plan …
//   colon          Mayor Ruiz: the bridge will reopen in May  (a headline's or a paragraph's opening)
//   dash           “He represents our greatest shame.” ― Sonya Herridge  (a signed quote)
// Quotes no cue claims that follow an attribution (the rest of its sentence, or the paragraphs after
// it) continue its content: “A,” he said, “B.” and quoted paragraphs after a speaker's first quote.
// The modules here: context.ts (what the rules share), verb-cue.ts and other-cues.ts (the frames),
// sources.ts and contents.ts (where a source and a content start and end).
import type { Analysis, Token } from '../analysis.ts';
import { NOUN_CUES, VERB_CUES } from '../cues.ts';
import { isComma } from '../phrases.ts';
import type { Quote } from '../quotes.ts';
import { type Candidate, type Context, contextOf, insideQuote } from './context.ts';
import { accordingTo, askedCue, colonCue, dashCues, inSurveyCue, nounCue } from './other-cues.ts';
import { isQuantifier } from './sources.ts';
import { matchPhrase, verbCue } from './verb-cue.ts';

/** Multi-word cues by their first lemma, longest first. */
const PHRASES: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const lemma of VERB_CUES.keys()) {
    const words = lemma.split(' ');
    if (words.length < 2) continue;
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

export function findCandidates(analysis: Analysis, quotes: readonly Quote[]): Candidate[] {
  const context = contextOf(analysis, quotes);
  const candidates: Candidate[] = [];
  analysis.sentences.forEach((sentence, index) => {
    const inSentence: Candidate[] = [];
    const opening = colonCue(context, index);
    if (opening) inSentence.push(opening);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const found = candidateAt(context, i, index, inSentence);
      if (found) {
        inSentence.push(found);
        i = Math.max(i, found.cue[1] - 1);
      }
    }
    candidates.push(...inSentence);
  });
  const signed = [...candidates, ...dashCues(context)].sort((a, b) => a.cue[0] - b.cue[0]);
  return continueWithQuotes(context, signed);
}

function candidateAt(
  context: Context,
  i: number,
  sentence: number,
  earlier: readonly Candidate[],
): Candidate | undefined {
  const { tokens } = context;
  const token = tokens[i]!;
  // A cue inside a quote is the speaker's own ("I think …"): the reporter attributes the quote, not it.
  if (insideQuote(context, i)) return undefined;
  if (token.lemma === 'accord' && tokens[i + 1]?.lemma === 'to') return accordingTo(context, i, sentence);
  // A noun cue may open the sentence, where wink takes its capital for a name's.
  const opensSentence = i === context.analysis.sentences[sentence]!.firstToken;
  if (opensSentence && token.text === 'Asked') return askedCue(context, i, sentence);
  if (opensSentence && token.text === 'In') {
    const survey = inSurveyCue(context, i, sentence);
    if (survey) return survey;
  }
  if ((token.pos === 'NOUN' || (opensSentence && token.pos === 'PROPN')) && NOUN_CUES.has(token.lemma)) {
    return nounCue(context, i, sentence);
  }
  if (token.pos !== 'VERB' && !verbTaggedNoun(tokens, i)) return undefined;
  const phrase = (PHRASES.get(token.lemma) ?? []).map((words) => matchPhrase(tokens, i, words)).find(Boolean);
  const lemma = phrase?.lemma ?? token.lemma;
  const entry = VERB_CUES.get(lemma);
  if (!entry) return undefined;
  return verbCue(context, i, phrase?.end ?? i + 1, lemma, entry, sentence, earlier);
}

/**
 * Quotes no cue accounts for continue the attribution before them: the rest of its sentence
 * (“A,” he said, “B.”), the sentences after it in its paragraph that open with a quote, and the
 * paragraphs after it that do.
 */
function continueWithQuotes(context: Context, candidates: Candidate[]): Candidate[] {
  const { tokens, analysis } = context;
  const result = candidates.map((candidate) => ({ ...candidate, content: [...candidate.content] }));
  const covered = (quote: Quote) =>
    result.some((candidate) => candidate.content.some(([start, end]) => start < quote.end && quote.start < end));
  const paragraphOf = (offset: number) => analysis.text.slice(0, offset).split('\n').length - 1;
  for (const quote of context.quotes) {
    if (covered(quote)) continue;
    const opening = tokens.findIndex((token) => token.start === quote.start);
    if (opening < 0) continue;
    const sentence = tokens[opening]!.sentence;
    const previous = result.filter((candidate) => tokens[candidate.cue[0]]!.start < quote.start).at(-1);
    if (!previous?.entry.speech) continue;
    const sameSentence = previous.sentence === sentence && isComma(tokens[opening - 1]);
    const opensSentence = opening === analysis.sentences[sentence]!.firstToken;
    const lastEnd = Math.max(...previous.content.map(([, end]) => end));
    const nearby = paragraphOf(quote.start) - paragraphOf(lastEnd) <= 1;
    // A sentence with a cue of its own has its quotes attributed there.
    const ownCue = result.some((candidate) => candidate.sentence === sentence);
    if (sameSentence || (opensSentence && nearby && !ownCue)) previous.content.push(...quote.fragments);
  }
  return result;
}

/** Words that open a verb's clause or object, and never follow a noun inside a noun phrase. */
const CLAUSE_AFTER_VERB = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * A verb the tagger read as a noun after a plural subject: "records show the …", "polls suggest that …", "few think …".
 * The word before is a noun, the word after opens a clause or an object.
 */
function verbTaggedNoun(tokens: readonly Token[], i: number): boolean {
  const [before, token, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (token.pos !== 'NOUN' || !before || !after || !VERB_CUES.has(token.lemma)) return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN' && !isQuantifier(before)) return false;
  if (before.sentence !== token.sentence || after.sentence !== token.sentence) return false;
  return after.text.toLowerCase() === 'that' || CLAUSE_AFTER_VERB.has(after.pos);
}
