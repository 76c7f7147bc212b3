// What the read queries return: plain rows, one shape per node type, and the Cypher map
// projections that produce them. The API layer resolves relations from the *Id fields through
// batched loaders, so a row never drags its neighbourhood along.
import type { ActorRecord, EvidenceRecord, LocationRecord } from '../../model/graph.ts';
import type { AboutRole, ClaimKind, DatePrecision, EventPlaceRole } from '../../model/vocabulary.ts';

export interface FuzzyDateRow {
  date: string;
  precision: DatePrecision;
  text: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  publishedAt: string;
  datelineText: string;
  body: string;
  sourceFile: string;
  outletId: string | null;
  datelineLocationId: string | null;
}

/** Affiliations are a relation list of their own in the API. */
export type ActorRow = Omit<ActorRecord, 'affiliations'>;

export type LocationRow = LocationRecord;

export interface EventRow {
  id: string;
  name: string;
  description: string;
  start: FuzzyDateRow;
  end: FuzzyDateRow | null;
  partOfId: string | null;
}

export interface ClaimRow {
  id: string;
  kind: ClaimKind;
  paraphrase: string;
  quote: string | null;
  cue: string | null;
  stated: FuzzyDateRow | null;
  /** Fetched with the claim: nearly every question about a claim asks who made it. */
  speaker: ActorRow | null;
  onBehalfOfId: string | null;
  channelId: string | null;
}

export type EvidenceRow = EvidenceRecord;

/** A row reached over a relationship that carries its own facts (a role, a rationale). */
export interface LinkedRow<T> {
  node: T;
  role: string | null;
}

export interface AboutRow {
  actorId: string;
  role: AboutRole;
}

export interface PlaceRow {
  locationId: string;
  role: EventPlaceRole;
}

export interface ParticipantRow {
  actorId: string;
  eventId: string;
  role: string;
}

export interface AffiliationRow {
  actorId: string;
  otherId: string;
  role: string;
}

// Map projections, one per label. Each expects its node bound to the variable named in the
// constant and returns exactly the matching row shape.
export const ARTICLE_ROW = `a {
  .id, .title, .datelineText, .body, .sourceFile,
  publishedAt: toString(a.publishedAt),
  outletId: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o) RETURN o.id }[0],
  datelineLocationId: COLLECT { MATCH (a)-[:DATELINED]->(l) RETURN l.id }[0]
}`;

/** The actor row of the node bound to `variable`. */
const actorRow = (variable: string) => `${variable} {
  .id, .kind, .name, .aliases, .description,
  basedInId: COLLECT { MATCH (${variable})-[:BASED_IN]->(${variable}_base) RETURN ${variable}_base.id }[0]
}`;

export const ACTOR_ROW = actorRow('actor');

export const LOCATION_ROW = `l {
  .id, .name, .kind,
  latitude: l.coordinates.latitude, longitude: l.coordinates.longitude,
  withinId: COLLECT { MATCH (l)-[:LOCATED_IN]->(p) RETURN p.id }[0]
}`;

export const EVENT_ROW = `e {
  .id, .name, .description,
  start: {date: toString(e.start), precision: e.startPrecision, text: null},
  end: CASE WHEN e.end IS NULL THEN null ELSE {date: toString(e.end), precision: e.endPrecision, text: null} END,
  partOfId: COLLECT { MATCH (e)-[:PART_OF]->(p) RETURN p.id }[0]
}`;

export const CLAIM_ROW = `c {
  .id, .kind, .paraphrase, .quote, .cue,
  stated: CASE WHEN c.statedOn IS NULL THEN null
          ELSE {date: toString(c.statedOn), precision: c.statedOnPrecision, text: c.statedOnText} END,
  speaker: COLLECT { MATCH (claim_speaker:Actor)-[:STATED]->(c) RETURN ${actorRow('claim_speaker')} }[0],
  onBehalfOfId: COLLECT { MATCH (c)-[:ON_BEHALF_OF]->(p) RETURN p.id }[0],
  channelId: COLLECT { MATCH (c)-[:VIA]->(m) RETURN m.id }[0]
}`;

export const EVIDENCE_ROW = `ev {
  .id, .text, .start, .end, .prefix, .suffix,
  claimId: COLLECT { MATCH (c)-[:EVIDENCED_BY]->(ev) RETURN c.id }[0],
  articleId: COLLECT { MATCH (ev)-[:FOUND_IN]->(a) RETURN a.id }[0]
}`;
