// Asks a CoreNLP server (startLocalCoreNLP, or any StanfordCoreNLPServer) to annotate a text and
// returns its JSON answer, typed. Indices follow CoreNLP: token `index`, dependency `governor` and
// `dependent` count from 1 within a sentence (governor 0 is ROOT); coreference `sentNum` counts from 1
// and `startIndex`/`endIndex` are a sentence's token indices, end exclusive. Character offsets are
// UTF-16 code units into the text sent, as JavaScript's string indices are.

export interface CoreNLPToken {
  index: number;
  /** The token as the parser saw it: quotes and brackets normalised ("``", "-LRB-"). */
  word: string;
  /** The token exactly as in the text: text.slice(characterOffsetBegin, characterOffsetEnd). */
  originalText: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  /** Whitespace before and after the token in the text. */
  before: string;
  after: string;
  /** With pos. */
  pos?: string;
  /** With lemma. */
  lemma?: string;
  /** With ner: PERSON, ORGANIZATION, LOCATION, ... or O. */
  ner?: string;
  normalizedNER?: string;
}

export interface CoreNLPDependency {
  /** The relation: nsubj, obj, ccomp, ... (Universal Dependencies), or ROOT. */
  dep: string;
  governor: number;
  governorGloss: string;
  dependent: number;
  dependentGloss: string;
}

export interface CoreNLPEntityMention {
  text: string;
  ner: string;
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  /** Token span within the sentence (from 0, end exclusive). */
  tokenBegin: number;
  tokenEnd: number;
  /** Token span within the document (from 0, end exclusive). */
  docTokenBegin: number;
  docTokenEnd: number;
  nerConfidences?: Record<string, number>;
}

export interface CoreNLPSentence {
  /** From 0. */
  index: number;
  tokens: CoreNLPToken[];
  /** With depparse. */
  basicDependencies?: CoreNLPDependency[];
  enhancedDependencies?: CoreNLPDependency[];
  enhancedPlusPlusDependencies?: CoreNLPDependency[];
  /** With ner. */
  entitymentions?: CoreNLPEntityMention[];
}

export interface CoreNLPCorefMention {
  id: number;
  text: string;
  /** PRONOMINAL, NOMINAL, PROPER or LIST. */
  type: string;
  number: string;
  gender: string;
  animacy: string;
  sentNum: number;
  startIndex: number;
  endIndex: number;
  headIndex: number;
  /** [sentNum, the mention's number within the sentence]. */
  position: [number, number];
  /** The chain's most informative mention (a name rather than "he"). */
  isRepresentativeMention: boolean;
}

export interface CoreNLPDocument {
  sentences: CoreNLPSentence[];
  /** With coref: each chain's mentions in text order, keyed by chain id. */
  corefs?: Record<string, CoreNLPCorefMention[]>;
}

export interface AnnotationRequest {
  annotators: readonly string[];
  /** CoreNLP properties for this request, over the server's own (ner.applyFineGrained, ...). */
  properties?: Record<string, string>;
}

export interface AnnotateOptions extends AnnotationRequest {
  /** How long to wait for the answer; a request that loads models first takes 20 s or more. */
  timeoutMs?: number;
}

/**
 * What finding who said what needs: sentences, entities and the dependency tree. Fine-grained entity
 * types, dates (SUTime) and numbers are not, and dropping them took a 720-word article from 1.1 s
 * to 0.3 s. A paragraph break always ends a sentence: the page parser joins paragraphs with "\n",
 * and a paragraph without final punctuation would otherwise run into the next.
 */
export const ATTRIBUTION_PIPELINE = {
  annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse'],
  properties: {
    'ner.applyFineGrained': 'false',
    'ner.useSUTime': 'false',
    'ner.applyNumericClassifiers': 'false',
    'ssplit.newlineIsSentenceBreak': 'always',
  },
} as const satisfies AnnotationRequest;

export class CoreNLPError extends Error {
  override name = 'CoreNLPError';
}

export async function annotate(url: string, text: string, options: AnnotateOptions): Promise<CoreNLPDocument> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const properties = JSON.stringify({
    ...options.properties,
    annotators: options.annotators.join(','),
    outputFormat: 'json',
    'output.prettyPrint': 'false',
  });
  // The server URL-decodes the properties parameter twice (once with the query string, once on its
  // own), so it is encoded twice: a "+" or "%" in a value would not survive otherwise.
  const endpoint = `${url}/?properties=${encodeURIComponent(encodeURIComponent(properties))}`;
  let response: Response;
  let body: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      // No space before charset: the server's parser of this header would not see it, and falls back
      // to UTF-8 only while it is not started with -strict.
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: text,
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new CoreNLPError(`CoreNLP at ${url} did not answer within ${timeoutMs / 1000}s.`);
    }
    const cause = (error as Error).cause as (Error & { code?: string }) | undefined;
    throw new CoreNLPError(
      `CoreNLP at ${url} is not answering (${cause?.code ?? cause?.message ?? (error as Error).message}). ` +
        'Start it with npm run corenlp.',
    );
  }
  if (!response.ok) {
    throw new CoreNLPError(`CoreNLP at ${url} answered HTTP ${response.status}: ${body.trim().slice(0, 2000)}`);
  }
  let document: CoreNLPDocument;
  try {
    document = JSON.parse(body) as CoreNLPDocument;
  } catch {
    throw new CoreNLPError(`CoreNLP at ${url} answered with something other than JSON: ${body.slice(0, 200)}`);
  }
  if (!Array.isArray(document.sentences)) {
    throw new CoreNLPError(`CoreNLP at ${url} answered without sentences: ${body.slice(0, 200)}`);
  }
  return document;
}
