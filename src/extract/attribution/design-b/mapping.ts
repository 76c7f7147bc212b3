// CoreNLP's JSON as an Analysis. Our token indices are CoreNLP's document token indices (sentence by
// sentence, in order), so entity mentions, dependency edges and coreference mentions carry over by
// adding each sentence's first token. Penn Treebank tags become Universal Dependencies tags, with
// the parse deciding where the tag alone cannot (auxiliary or verb, preposition or subordinator).
import type { CoreNLPDocument, CoreNLPSentence, CoreNLPToken } from '../../corenlp/client.ts';
import type {
  Analysis,
  CoreferenceChain,
  DependencyEdge,
  Entity,
  EntityType,
  Gender,
  PartOfSpeech,
  Sentence,
  Token,
} from '../analysis.ts';

export class CoreNLPMappingError extends Error {
  override name = 'CoreNLPMappingError';
}

/** CoreNLP's coarse entity classes (fine-grained ones are off) and the fine ones, should a server add them. */
const ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  LOCATION: 'PLACE',
  COUNTRY: 'PLACE',
  CITY: 'PLACE',
  STATE_OR_PROVINCE: 'PLACE',
};

/** Penn tags whose UD tag does not depend on the word or the parse. */
const PENN_TO_UD: Readonly<Record<string, PartOfSpeech>> = {
  NN: 'NOUN',
  NNS: 'NOUN',
  NNP: 'PROPN',
  NNPS: 'PROPN',
  JJ: 'ADJ',
  JJR: 'ADJ',
  JJS: 'ADJ',
  AFX: 'ADJ',
  RB: 'ADV',
  RBR: 'ADV',
  RBS: 'ADV',
  WRB: 'ADV',
  DT: 'DET',
  PDT: 'DET',
  PRP: 'PRON',
  PRP$: 'PRON',
  WP: 'PRON',
  WP$: 'PRON',
  EX: 'PRON',
  CD: 'NUM',
  CC: 'CCONJ',
  UH: 'INTJ',
  POS: 'PART',
  RP: 'ADP',
  MD: 'AUX',
  SYM: 'SYM',
  $: 'SYM',
  '#': 'SYM',
  FW: 'X',
  LS: 'X',
  ADD: 'X',
  GW: 'X',
  XX: 'X',
};

const AUXILIARY_RELATIONS = new Set(['aux', 'aux:pass', 'cop']);

/** The UD tag of a token, given its Penn tag, lemma and relation to its head. */
export function universalTag(penn: string, lemma: string, relation: string | undefined): PartOfSpeech {
  const fixed = PENN_TO_UD[penn];
  if (fixed) return fixed;
  if (penn.startsWith('VB')) {
    // UD English tags "be" AUX everywhere, "have", "do", "get" only where they help another verb.
    return lemma === 'be' || AUXILIARY_RELATIONS.has(relation ?? '') ? 'AUX' : 'VERB';
  }
  // Infinitival "to" is a particle; "to" before a noun, a preposition.
  if (penn === 'TO') return relation === 'case' ? 'ADP' : 'PART';
  if (penn === 'IN') return relation === 'mark' ? 'SCONJ' : 'ADP';
  // A relative "which" or "that" stands for a noun; "which report" determines one.
  if (penn === 'WDT') return relation === 'det' ? 'DET' : 'PRON';
  return 'PUNCT';
}

export function analysisFromCoreNLP(text: string, document: CoreNLPDocument): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const dependencies: DependencyEdge[] = [];
  const firstTokenOf: number[] = [];
  for (const sentence of document.sentences) {
    const firstToken = tokens.length;
    firstTokenOf.push(firstToken);
    const edges = treeOf(sentence);
    const relationOf = new Map(edges.map((edge) => [edge.dependent, edge.dep]));
    for (const token of sentence.tokens) tokens.push(tokenOf(text, token, sentences.length, relationOf));
    for (const edge of edges) {
      if (edge.governor === 0) continue;
      dependencies.push({
        head: firstToken + edge.governor - 1,
        dependent: firstToken + edge.dependent - 1,
        relation: edge.dep,
      });
    }
    if (sentence.tokens.length === 0) continue;
    const start = tokens[firstToken]!.start;
    sentences.push({
      start,
      end: tokens.at(-1)!.end,
      firstToken,
      endToken: tokens.length,
      paragraph: linesBefore(text, start),
    });
  }
  const { chains, genders } = coreferenceOf(document, firstTokenOf);
  return {
    text,
    tokens,
    sentences,
    entities: entitiesOf(document, genders),
    dependencies,
    ...(document.corefs && { coreference: chains }),
  };
}

/**
 * The basic dependencies: a tree, so a word's subtree is a phrase. The enhanced graphs add edges
 * (a relative pronoun's antecedent as subject) that make subtrees run across clauses.
 */
function treeOf(sentence: CoreNLPSentence) {
  const edges = sentence.basicDependencies;
  if (!edges) throw new CoreNLPMappingError('CoreNLP answered without a dependency parse (depparse).');
  return edges;
}

function tokenOf(text: string, token: CoreNLPToken, sentence: number, relationOf: Map<number, string>): Token {
  const start = token.characterOffsetBegin;
  const end = token.characterOffsetEnd;
  const inText = text.slice(start, end);
  // The offsets index the very string posted; a mismatch means the request or the server mangled it.
  if (inText !== token.originalText) {
    throw new CoreNLPMappingError(
      `CoreNLP token ${JSON.stringify(token.originalText)} does not match ${JSON.stringify(inText)} at ${start}.`,
    );
  }
  const lemma = (token.lemma ?? token.word).toLowerCase();
  return {
    start,
    end,
    text: inText,
    pos: universalTag(token.pos ?? '', lemma, relationOf.get(token.index)),
    lemma,
    sentence,
  };
}

const linesBefore = (text: string, offset: number): number => {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
};

function entitiesOf(document: CoreNLPDocument, genders: ReadonlyMap<string, Gender>): Entity[] {
  const entities: Entity[] = [];
  for (const sentence of document.sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      const type = ENTITY_TYPES[mention.ner];
      if (!type) continue;
      const gender = type === 'PERSON' ? genders.get(`${mention.docTokenBegin}:${mention.docTokenEnd}`) : undefined;
      entities.push({
        firstToken: mention.docTokenBegin,
        endToken: mention.docTokenEnd,
        type,
        ...(gender && { gender }),
      });
    }
  }
  return entities;
}

/**
 * Chains with more than one mention (a singleton resolves nothing), and the gender coreference gave
 * each mention, by its token range, for the person entities it coincides with.
 */
function coreferenceOf(
  document: CoreNLPDocument,
  firstTokenOf: readonly number[],
): { chains: CoreferenceChain[]; genders: Map<string, Gender> } {
  const chains: CoreferenceChain[] = [];
  const genders = new Map<string, Gender>();
  for (const mentions of Object.values(document.corefs ?? {})) {
    const ranges = mentions.map((mention) => {
      const offset = firstTokenOf[mention.sentNum - 1]! - 1;
      return { firstToken: offset + mention.startIndex, endToken: offset + mention.endIndex };
    });
    mentions.forEach((mention, i) => {
      const gender = mention.gender === 'MALE' ? 'male' : mention.gender === 'FEMALE' ? 'female' : undefined;
      if (gender) genders.set(`${ranges[i]!.firstToken}:${ranges[i]!.endToken}`, gender);
    });
    if (mentions.length < 2) continue;
    const representative = Math.max(
      0,
      mentions.findIndex((mention) => mention.isRepresentativeMention),
    );
    chains.push({ mentions: ranges, representative });
  }
  return { chains, genders };
}
