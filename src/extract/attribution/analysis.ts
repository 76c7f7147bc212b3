// What the attribution rules read from an NLP toolkit. Each design fills this in its own way: design A
// in-process from npm packages (no parse, no coreference), design B from Stanford CoreNLP, which adds
// the optional dependency edges and coreference chains. The rules (rules.ts) work from tokens alone
// and use the optional parts where a design provides them.

/** Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/). */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

export interface Token {
  /** Character offsets into the analysed text: text.slice(start, end) is the token. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** Lower-case lemma: "said" → "say", "officials" → "official". */
  readonly lemma: string;
  readonly sentence: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Its tokens are tokens[firstToken .. endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  /** The line of the text it is on; sentences never cross a line break. */
  readonly paragraph: number;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';
export type Gender = 'male' | 'female';

/** A named entity: its tokens are tokens[firstToken .. endToken). */
export interface Entity {
  readonly firstToken: number;
  readonly endToken: number;
  readonly type: EntityType;
  /** A person's, where the toolkit tells (from a first name or a title): "he" and "she" resolve by it. */
  readonly gender?: Gender;
}

/** A dependency edge between token indices, with a Universal Dependencies relation ("nsubj", "ccomp"). */
export interface DependencyEdge {
  readonly head: number;
  readonly dependent: number;
  readonly relation: string;
}

/** Mentions of one referent, each as a token range [firstToken, endToken); `representative` indexes them. */
export interface CoreferenceChain {
  readonly mentions: readonly { readonly firstToken: number; readonly endToken: number }[];
  readonly representative: number;
}

export interface Analysis {
  readonly text: string;
  /** In text order, whitespace excluded. */
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly dependencies?: readonly DependencyEdge[];
  readonly coreference?: readonly CoreferenceChain[];
}

export interface Analyzer {
  /** The design's name as the evaluation command takes it (`--design a`). */
  readonly design: string;
  analyze(text: string): Promise<Analysis>;
  /** The process of a server the design started for itself, whose memory the evaluation reports. */
  serverPid?(): Promise<number | undefined>;
  /** Stops what the design started; it starts again on the next text. */
  close?(): Promise<void>;
}
