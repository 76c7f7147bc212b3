// Design B's mapping from CoreNLP's JSON to an Analysis, and what the rules make of its parse, from
// a hand-written answer (fixtures/corenlp-design-b.json: an invented text, tagged and parsed by hand
// the way CoreNLP 4.5 answers) — no server needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analysisFromCoreNLP,
  CoreNLPMappingError,
  universalTag,
} from '../../src/extract/attribution/design-b/mapping.ts';
import { attributionsOf } from '../../src/extract/attribution/extract.ts';
import type { CoreNLPDocument } from '../../src/extract/corenlp/client.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'corenlp-design-b.json'), 'utf8')) as {
  text: string;
  document: CoreNLPDocument;
};
const { text, document } = fixture;
const analysis = analysisFromCoreNLP(text, document);
const tokenIndex = (word: string) => analysis.tokens.findIndex((token) => token.text === word);
const spanText = ([start, end]: readonly [number, number]) => text.slice(start, end);

describe('CoreNLP JSON as an Analysis', () => {
  it('keeps every token at its offsets in the text, curly quotes, dashes and emoji included', () => {
    expect(analysis.tokens).toHaveLength(20);
    for (const token of analysis.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(analysis.tokens.map((token) => token.text)).toContain('🙂');
    expect(analysis.tokens[tokenIndex('“')]!.start).toBe(text.indexOf('“'));
  });

  it('maps Penn tags to Universal Dependencies tags, with the parse where the tag alone does not tell', () => {
    const tags = Object.fromEntries(analysis.tokens.map((token) => [token.text, token.pos]));
    expect(tags).toMatchObject({
      Mayor: 'PROPN',
      said: 'VERB',
      the: 'DET',
      bridge: 'NOUN',
      '“': 'PUNCT',
      will: 'AUX',
      soon: 'ADV',
      '🙂': 'PUNCT',
      She: 'PRON',
      // "that" marks a clause; "has" helps "helped".
      that: 'SCONJ',
      has: 'AUX',
      helped: 'VERB',
    });
    expect(universalTag('TO', 'to', 'case')).toBe('ADP');
    expect(universalTag('TO', 'to', 'mark')).toBe('PART');
    expect(universalTag('VBD', 'have', 'root')).toBe('VERB');
    expect(universalTag('VBZ', 'be', 'cop')).toBe('AUX');
    expect(universalTag('WDT', 'which', 'nsubj')).toBe('PRON');
    expect(universalTag('IN', 'on', 'case')).toBe('ADP');
  });

  it('lower-cases lemmas', () => {
    expect(analysis.tokens[tokenIndex('Ortiz')]!.lemma).toBe('ortiz');
    expect(analysis.tokens[tokenIndex('said')]!.lemma).toBe('say');
  });

  it('numbers sentences through the text, with the line each is on as its paragraph', () => {
    expect(analysis.sentences).toEqual([
      { start: 0, end: text.indexOf('\n'), firstToken: 0, endToken: 13, paragraph: 0 },
      { start: text.indexOf('She'), end: text.length, firstToken: 13, endToken: 20, paragraph: 1 },
    ]);
    expect(analysis.tokens[tokenIndex('She')]!.sentence).toBe(1);
  });

  it('types entities (a location as a place) and takes a person’s gender from coreference', () => {
    expect(analysis.entities).toEqual([
      { firstToken: 1, endToken: 3, type: 'PERSON', gender: 'female' },
      { firstToken: 16, endToken: 17, type: 'PLACE' },
    ]);
  });

  it('gives dependency edges between token indices of the whole text, without the root', () => {
    const edge = (head: string, dependent: string) =>
      analysis.dependencies!.find(
        (candidate) => candidate.head === tokenIndex(head) && candidate.dependent === tokenIndex(dependent),
      )?.relation;
    expect(edge('said', 'Ortiz')).toBe('nsubj');
    expect(edge('added', 'helped')).toBe('ccomp');
    expect(edge('helped', 'that')).toBe('mark');
    expect(analysis.dependencies).toHaveLength(18);
  });

  it('gives coreference chains as token ranges with their representative, singletons left out', () => {
    expect(analysis.coreference).toEqual([
      {
        mentions: [
          { firstToken: 1, endToken: 3 },
          { firstToken: 13, endToken: 14 },
        ],
        representative: 0,
      },
    ]);
    const { corefs: _corefs, ...withoutCoreference } = document;
    const plain = analysisFromCoreNLP(text, withoutCoreference);
    expect(plain.coreference).toBeUndefined();
    expect(plain.entities[0]).toEqual({ firstToken: 1, endToken: 3, type: 'PERSON' });
  });

  it('refuses offsets that do not index the text it was given', () => {
    expect(() => analysisFromCoreNLP(` ${text}`, document)).toThrow(CoreNLPMappingError);
    const { basicDependencies: _parse, ...unparsed } = document.sentences[0]!;
    expect(() => analysisFromCoreNLP(text, { sentences: [unparsed] })).toThrow(/depparse/);
  });
});

describe('the rules on a parse', () => {
  const attributions = attributionsOf(analysis);

  it('take the verb’s subject as the source and its clause as the content', () => {
    const [first, second] = attributions;
    expect(first && spanText(first.source![0]!)).toBe('Mayor Lena Ortiz');
    expect(first && spanText(first.cue[0]!)).toBe('said');
    expect(second && spanText(second.source![0]!)).toBe('She');
    expect(second?.content.map(spanText)).toEqual(['that Kyiv has helped']);
  });

  it('resolve a pronoun by the coreference chain, to the person its representative names', () => {
    expect(attributions[1]?.sourceText).toBe('Lena Ortiz');
    const titled = {
      ...analysis,
      coreference: [
        { mentions: [{ firstToken: 0, endToken: 3 }, analysis.coreference![0]!.mentions[1]!], representative: 0 },
      ],
    };
    expect(attributionsOf(titled)[1]?.sourceText).toBe('Lena Ortiz');
  });
});
