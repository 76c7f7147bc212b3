// What the extractor finds: the evaluation's attribution (source, cue, content as character spans)
// with what the claim graph needs to store it as a claim.
import type { ClaimKind, DatePrecision } from '../../model/vocabulary.ts';
import type { Attribution, Span } from '../evaluation/attribution.ts';

/** How the text names the source: "Sergey Lavrov", "he", "Russia’s top diplomat", "South Korean officials". */
export type SourceKind = 'name' | 'pronoun' | 'description' | 'group' | 'none';

/** What the source is: a medium ("the agency", "state television") is an organisation that reports. */
export type SourceType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP' | 'MEDIUM';

export interface StatedOn {
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', as precise as the article's words allow. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** The article's words: "on Friday", "last month". */
  readonly text: string;
}

export interface ExtractedAttribution extends Attribution {
  readonly kind: ClaimKind;
  /** The cue's lexicon entry ("say", "shrug off", "according to"). */
  readonly cueLemma: string;
  /** The quoted words, without the quotation marks, when the content quotes the source. */
  readonly quote?: Span;
  /** Who the source is: the name a pronoun or a description was resolved to, else the source's words ('' without a source). */
  readonly sourceText: string;
  /** The other ways the text names the source here: the pronoun or description that was resolved. */
  readonly sourceAliases: readonly string[];
  readonly sourceKind: SourceKind;
  readonly sourceType: SourceType;
  /** The medium named as carrying the statement: "told state television", "carried by KCNA". */
  readonly channel?: Span;
  readonly statedOn?: StatedOn;
  /** How sure the rule that found it is, in [0, 1]. */
  readonly confidence: number;
}
