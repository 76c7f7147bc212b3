// Design A: the analysis in-process from npm packages. wink-nlp with its English model gives the
// tokens, sentences, parts of speech and lemmas (fast, and it keeps every character of the text, so
// tokens map back to offsets); names.ts types its proper nouns with compromise's lexicon. Neither
// package parses dependencies or resolves coreference; the rules make up for both with token patterns.
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import type { Analysis, Analyzer, PartOfSpeech, Sentence, Token } from '../analysis.ts';
import { namedEntities } from './names.ts';

const wink = winkNLP(model);
const its = wink.its;

export const designA: Analyzer = {
  design: 'a',
  analyze: async (text) => analyzeInProcess(text),
};

export function analyzeInProcess(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Line by line: a line break always ends a sentence (headlines and bylines carry no full stop).
  let lineStart = 0;
  text.split('\n').forEach((line, paragraph) => {
    if (line.trim() !== '') tokenizeLine(line, lineStart, paragraph, tokens, sentences);
    lineStart += line.length + 1;
  });
  return { text, tokens, sentences, entities: namedEntities(tokens) };
}

function tokenizeLine(line: string, offset: number, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const doc = wink.readDoc(line);
  // wink numbers the document's tokens; ours are offsets into the whole text, whitespace left out.
  const ours = new Map<number, number>();
  let cursor = 0;
  doc.tokens().each((token, index) => {
    const value = token.out();
    const at = line.indexOf(value, cursor);
    // wink keeps tokens verbatim; anything it normalised is left out rather than misplaced.
    if (value.trim() === '' || at < 0 || line.slice(cursor, at).trim() !== '') return;
    cursor = at + value.length;
    // Two apostrophes are one quotation mark (''Yes,'' he said), as quotes.ts reads them.
    const previous = tokens.at(-1);
    if (/^['’]$/.test(value) && previous?.text === value && previous.end === offset + at) {
      tokens[tokens.length - 1] = { ...previous, text: value + value, end: offset + cursor };
      ours.set(index, tokens.length - 1);
      return;
    }
    ours.set(index, tokens.length);
    tokens.push({
      start: offset + at,
      end: offset + cursor,
      text: value,
      pos: token.out(its.pos) as PartOfSpeech,
      lemma: String(token.out(its.lemma as ItsFunction<string>)).toLowerCase(),
      sentence: -1,
    });
  });
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const indices = [...ours.entries()].filter(([wi]) => wi >= first && wi <= last).map(([, oi]) => oi);
    if (indices.length === 0) return;
    const firstToken = Math.min(...indices);
    const endToken = Math.max(...indices) + 1;
    const previous = sentences.at(-1);
    // wink ends sentences at abbreviations inside parentheses ("Ann Ortiz (D-N.M.), said"): a sentence
    // that opens without a capital, or inside an open parenthesis, continues the one before.
    if (previous?.paragraph === paragraph && continues(tokens, previous, firstToken)) {
      for (let i = firstToken; i < endToken; i++) tokens[i] = { ...tokens[i]!, sentence: sentences.length - 1 };
      sentences[sentences.length - 1] = { ...previous, end: tokens[endToken - 1]!.end, endToken };
      return;
    }
    const index = sentences.length;
    for (let i = firstToken; i < endToken; i++) tokens[i] = { ...tokens[i]!, sentence: index };
    sentences.push({
      start: tokens[firstToken]!.start,
      end: tokens[endToken - 1]!.end,
      firstToken,
      endToken,
      paragraph,
    });
  });
}

function continues(tokens: readonly Token[], previous: Sentence, firstToken: number): boolean {
  const opening = tokens[firstToken]!.text;
  if (/^[\p{Ll},;:)]/u.test(opening)) return true;
  const inside = tokens.slice(previous.firstToken, firstToken);
  return inside.filter((token) => token.text === '(').length > inside.filter((token) => token.text === ')').length;
}
