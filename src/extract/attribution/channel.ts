// The channel: the medium the article names as carrying a statement. Three ways the text says it:
//   next to the cue        told state television · in an interview with CNN · carried by KCNA · via RIA Novosti
//   an outer report        …, North Korean state media said  (the medium that reports a nested statement)
//   a sentence of its own  Russian state television broadcast Foreign Minister Sergey Lavrov’s comments on Friday.
// The last covers the speaker's statements the article reports around it: those before it and those in
// the few paragraphs after it, since an article moves on to other occasions further down.
import type { Fragment } from '../evaluation/attribution.ts';
import type { Analysis, Token } from './analysis.ts';
import { namesMedium } from './media.ts';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './phrases.ts';

const CARRIED = new Set(['carry', 'broadcast', 'air', 'publish', 'release', 'post', 'quote', 'run', 'report']);
const CHANNEL_PREPOSITIONS = new Set(['with', 'on', 'via', 'by', 'to']);
const STATEMENT_NOUNS = new Set(['comment', 'remark', 'statement', 'interview', 'speech', 'address', 'word']);
/** How many paragraphs after a channel sentence it still covers. */
const CHANNEL_REACH = 4;

/** A channel named next to the cue, within the tokens [first, end) of the cue's clause outside the content. */
export function channelNearCue(
  tokens: readonly Token[],
  cue: TokenRange,
  cueLemma: string,
  end: number,
): TokenRange | undefined {
  if (cueLemma === 'tell') {
    const hearer = nounPhraseStartingAt(tokens, cue[1], end);
    if (hearer && namesMedium(tokens.slice(...hearer))) return [cue[0], hearer[1]];
  }
  for (let k = cue[1]; k < end && k < cue[1] + 8; k++) {
    if (!CHANNEL_PREPOSITIONS.has(tokens[k]!.lemma)) continue;
    const medium = nounPhraseStartingAt(tokens, k + 1, end);
    if (!medium || !namesMedium(tokens.slice(...medium))) continue;
    const start = tokens[k]!.lemma === 'by' && CARRIED.has(tokens[k - 1]?.lemma ?? '') ? k - 1 : k;
    return [start, medium[1]];
  }
  return undefined;
}

export interface ChannelSentence {
  readonly medium: TokenRange;
  /** The last word of whose statements it carries ("Lavrov" in "Sergey Lavrov’s comments"). */
  readonly speaker: string;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Sentences like "MEDIUM broadcast NAME’s comments": a medium, a verb of carrying, a possessor's statement. */
export function channelSentences(analysis: Analysis): ChannelSentence[] {
  const { tokens, sentences } = analysis;
  const found: ChannelSentence[] = [];
  sentences.forEach((sentence, index) => {
    for (let k = sentence.firstToken + 1; k < sentence.endToken; k++) {
      // wink tags a verb that is also a noun ("broadcast") as either.
      if (!['VERB', 'NOUN'].includes(tokens[k]!.pos) || !CARRIED.has(tokens[k]!.lemma)) continue;
      const medium = nounPhraseEndingAt(tokens, k - 1, sentence.firstToken);
      if (!medium || !namesMedium(tokens.slice(...medium))) continue;
      const statement = tokens.findIndex(
        (token, i) =>
          i > k && i < sentence.endToken && STATEMENT_NOUNS.has(token.lemma) && /^['’]s?$/.test(tokens[i - 1]!.text),
      );
      if (statement < 0) continue;
      const possessor = tokens[statement - 2];
      if (possessor?.pos !== 'PROPN') continue;
      found.push({ medium, speaker: possessor.text, sentence: index, paragraph: sentence.paragraph });
      break;
    }
  });
  return found;
}

/** Whether a channel sentence covers a statement in `paragraph` by a speaker known as `sourceText`. */
export function covers(channel: ChannelSentence, paragraph: number, sourceText: string): boolean {
  const named = sourceText.split(/\s+/).includes(channel.speaker);
  return named && paragraph <= channel.paragraph + CHANNEL_REACH;
}

export function fragmentOf(tokens: readonly Token[], [first, end]: TokenRange): Fragment {
  return [tokens[first]!.start, tokens[end - 1]!.end];
}
