// The normalized records the write path stores. Ingest (seed, generator, mutations) produces them
// already validated and with evidence offsets resolved; the Neo4j layer only persists them.
import type { AboutRole, ActorKind, ClaimKind, DatePrecision, EventPlaceRole, LocationKind } from './vocabulary.ts';

/** A date known to a given precision; `date` is its first day (ISO yyyy-mm-dd). */
export interface FuzzyDate {
  date: string;
  precision: DatePrecision;
}

export interface ArticleRecord {
  id: string;
  title: string;
  /** The page's "Date:" line as an ISO local date-time (the page gives no time zone). */
  publishedAt: string;
  /** Null when the article opens with no dateline. */
  datelineText: string | null;
  body: string;
  /** Where this copy was read from; every address the article was read from is kept as its sources. */
  sourceFile: string;
  outletId: string;
  datelineLocationId: string | null;
}

export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  description: string | null;
  basedInId: string | null;
  affiliations: { actorId: string; role: string }[];
}

export interface LocationRecord {
  id: string;
  name: string;
  kind: LocationKind;
  latitude: number;
  longitude: number;
  withinId: string | null;
}

export interface EventRecord {
  id: string;
  name: string;
  description: string;
  start: FuzzyDate;
  end: FuzzyDate | null;
  partOfId: string | null;
  places: { locationId: string; role: EventPlaceRole }[];
  participants: { actorId: string; role: string }[];
}

/** A span of an article that reports a claim (a W3C TextPositionSelector + TextQuoteSelector). */
export interface EvidenceRecord {
  id: string;
  claimId: string;
  articleId: string;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface ClaimLinkRecord {
  fromId: string;
  toId: string;
  rationale: string;
}

export interface ClaimRecord {
  id: string;
  kind: ClaimKind;
  paraphrase: string;
  quote: string | null;
  cue: string | null;
  stated: (FuzzyDate & { text: string | null }) | null;
  speakerId: string;
  onBehalfOfId: string | null;
  channelId: string | null;
  about: { actorId: string; role: AboutRole }[];
  locationIds: string[];
  eventIds: string[];
  /** How sure the extractor is of the claim, from 0 to 1; null for a curated claim. */
  confidence: number | null;
}

/**
 * Who puts a batch's claims into the graph: people (the seed, the editors' writes, the generator's
 * stand-ins for them), or one version of a machine extractor. An extracted batch never changes a
 * curated claim; it may add its evidence to one (see src/neo4j/writes/graph-batch.ts).
 */
export type BatchProvenance =
  | { origin: 'CURATED' }
  | { origin: 'EXTRACTED'; extractor: string; extractorVersion: string };

export const CURATED: BatchProvenance = { origin: 'CURATED' };

/** The kinds of records a write stores (claim links are written with, and as, claims). */
export type RecordKind = 'article' | 'actor' | 'location' | 'event' | 'claim';

/** The kinds of node a read can name on their own: by key, or by global ID. */
export type EntityKind = RecordKind | 'evidence';

/**
 * What a committed write may have changed, for whatever keeps copies of earlier reads (the
 * response cache). `touched` holds every entity that may read differently, its own fields or the
 * lists under it: each written record and each node it was or is now linked to (see
 * src/neo4j/writes/graph-change.ts). Root lists and searches read whole kinds, so `written` names
 * the kinds stored. A stored place or event that moved under another parent changes which claims a
 * filter by place or event finds, wherever the filter is.
 */
export interface GraphChange {
  touched: Record<EntityKind, string[]>;
  written: RecordKind[];
  containmentChanged: boolean;
}

/** What a write that failed after it may have committed changed: anything. */
export const UNKNOWN_CHANGE = 'unknown';

/** One unit of work for the writer: everything in it is stored in one transaction. */
export interface GraphBatch {
  provenance: BatchProvenance;
  articles: ArticleRecord[];
  actors: ActorRecord[];
  locations: LocationRecord[];
  events: EventRecord[];
  claims: ClaimRecord[];
  evidence: EvidenceRecord[];
  disputes: ClaimLinkRecord[];
  supports: ClaimLinkRecord[];
}

export const emptyGraphBatch = (provenance: BatchProvenance = CURATED): GraphBatch => ({
  provenance,
  articles: [],
  actors: [],
  locations: [],
  events: [],
  claims: [],
  evidence: [],
  disputes: [],
  supports: [],
});
