// What the read queries return: plain rows, one shape per node type, and the Cypher map
// projections that produce them. The API layer resolves relations from the *Id fields through
// batched loaders, so a row never drags its neighbourhood along.
import type { ActorRecord, EvidenceRecord, LocationRecord } from '../../model/graph.ts';
import type { AboutRole, ClaimKind, ClaimOrigin, DatePrecision, EventPlaceRole } from '../../model/vocabulary.ts';
import type { Page } from './paging.ts';

export interface FuzzyDateRow {
  date: string;
  precision: DatePrecision;
  text: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  publishedAt: string;
  datelineText: string | null;
  body: string;
  sourceFile: string;
  sources: string[];
  outletId: string | null;
  datelineLocationId: string | null;
}

/**
 * Pages of claim lists fetched with the row that owns them, by the caller's key: a request's lists
 * nested under listed claims are folded into the statement that lists the claims.
 */
export interface WithNestedPages {
  nestedPages?: ReadonlyMap<string, Page<ClaimEdgeRow>>;
}

/**
 * Affiliations are a relation list of their own in the API. A claim's speaker row may come without
 * its details (see ClaimRowParts): undefined means "not fetched", never "none".
 */
export type ActorRow = Omit<ActorRecord, 'affiliations' | ActorDetail> &
  Partial<Pick<ActorRecord, ActorDetail>> &
  WithNestedPages;

/** What an actor row may leave out when the request does not select it. */
type ActorDetail = 'aliases' | 'description' | 'basedInId';

export type LocationRow = LocationRecord;

export interface EventRow {
  id: string;
  name: string;
  description: string;
  start: FuzzyDateRow;
  end: FuzzyDateRow | null;
  partOfId: string | null;
}

/** How a claim got into the graph; the extractor's fields are null for a curated claim. */
export interface ProvenanceRow {
  origin: ClaimOrigin;
  extractor: string | null;
  extractorVersion: string | null;
  confidence: number | null;
}

export interface ClaimRow extends WithNestedPages {
  id: string;
  kind: ClaimKind;
  // Everything below is fetched only when the request selects it at the row's place (see
  // ClaimRowParts): undefined means "not fetched", null "none".
  paraphrase?: string;
  quote?: string | null;
  cue?: string | null;
  stated?: FuzzyDateRow | null;
  /** Nearly every question about a claim asks who made it. */
  speaker?: ActorRow | null;
  onBehalfOfId?: string | null;
  channelId?: string | null;
  provenance?: ProvenanceRow;
}

/**
 * What a claim row carries besides its id and kind: its paraphrase, its links, its details (quote,
 * cue), its date, its speaker's details (aliases, description, base) and its provenance. Each is
 * fetched only where the request selects it: twenty disputing claims with their speakers' names cost
 * Neo4j up to a fifth less time without the details, and the driver a sixth less to decode; a
 * filtered page of keys and dates, Neo4j a seventh less without the paraphrase, quote and cue.
 */
export interface ClaimRowParts {
  paraphrase: boolean;
  speaker: boolean;
  onBehalfOf: boolean;
  channel: boolean;
  details: boolean;
  stated: boolean;
  speakerDetails: boolean;
  provenance: boolean;
}

export const WHOLE_CLAIM_ROW: ClaimRowParts = {
  paraphrase: true,
  speaker: true,
  onBehalfOf: true,
  channel: true,
  details: true,
  stated: true,
  speakerDetails: true,
  provenance: true,
};

/** A claim in a claim list, with the facts of the relationship the list follows. */
export interface ClaimEdgeRow {
  claim: ClaimRow;
  /** The actor's role in the claim, on lists of claims about an actor. */
  role: AboutRole | null;
  /** Why one claim disputes or supports the other, on lists of linked claims. */
  rationale: string | null;
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

/**
 * A row as Cypher: the map projection of its node, and the clauses that bind, for each row, the
 * related nodes the projection names (an article's outlet, a claim's speaker). Those are CALL
 * subqueries before the projection, never subquery expressions (COLLECT { }) inside it: a single
 * subquery expression anywhere in a statement turns off Neo4j's property caching for the whole of
 * it, and then every sort in the statement reads its keys twice (an actor's claims, each with its
 * speaker's claims: a third more db hits).
 */
export interface RowCypher {
  /** Clauses to run for each row before the projection; empty when it names no related node. */
  links: string;
  projection: string;
}

/** Binds `name` to `value` of the first match of `pattern` from `from`, or to null. */
const firstLink = (from: string, pattern: string, value: string, name: string) =>
  `CALL (${from}) { OPTIONAL MATCH ${pattern} RETURN ${value} AS ${name} LIMIT 1 }`;

/** Several rows' link clauses, for a statement that projects them all (search's mixed hits). */
export const joinedLinks = (...rows: RowCypher[]) =>
  rows
    .map((row) => row.links)
    .filter((links) => links !== '')
    .join('\n');

/** A statement's last clauses, returning `row` as the column `row` after the given `columns`. */
export const returnRow = (row: RowCypher, columns = '') => `${row.links}
RETURN ${columns}${row.projection} AS row`;

// One row per label. Each expects its node bound to the variable named in the projection and
// returns exactly the matching row shape.
export const ARTICLE_ROW: RowCypher = {
  links: [
    firstLink('a', '(a)-[:PUBLISHED_BY]->(a_outlet)', 'a_outlet.id', 'a_outlet_id'),
    firstLink('a', '(a)-[:DATELINED]->(a_dateline)', 'a_dateline.id', 'a_dateline_id'),
  ].join('\n'),
  projection: `a {
  .id, .title, .datelineText, .body, .sourceFile,
  sources: coalesce(a.sources, [a.sourceFile]),
  publishedAt: toString(a.publishedAt),
  outletId: a_outlet_id,
  datelineLocationId: a_dateline_id
}`,
};

/** Cypher list of the variables holding nested pages, as a row's `lists` entry; none: nothing. */
const nestedLists = (variables: readonly string[]) =>
  variables.length > 0 ? `,\n  lists: [${variables.join(', ')}]` : '';

/**
 * The actor row of `variable`, with its details (its base's id held in `basedInId`) unless left
 * out, and the nested pages held in `lists`.
 */
const actorProjection = (variable: string, basedInId: string | null, lists: readonly string[]) => `${variable} {
  .id, .kind, .name${
    basedInId === null
      ? ''
      : `, .aliases, .description,
  basedInId: ${basedInId}`
  }${nestedLists(lists)}
}`;

/** The actor row of the node bound to `variable`, with the nested pages held in `lists`. */
export const actorRow = (variable: string, lists: readonly string[] = []): RowCypher => ({
  links: firstLink(
    variable,
    `(${variable})-[:BASED_IN]->(${variable}_base)`,
    `${variable}_base.id`,
    `${variable}_base_id`,
  ),
  projection: actorProjection(variable, `${variable}_base_id`, lists),
});

export const ACTOR_ROW = actorRow('actor');

export const LOCATION_ROW: RowCypher = {
  links: firstLink('l', '(l)-[:LOCATED_IN]->(l_within)', 'l_within.id', 'l_within_id'),
  projection: `l {
  .id, .name, .kind,
  latitude: l.coordinates.latitude, longitude: l.coordinates.longitude,
  withinId: l_within_id
}`,
};

export const EVENT_ROW: RowCypher = {
  links: firstLink('e', '(e)-[:PART_OF]->(e_part_of)', 'e_part_of.id', 'e_part_of_id'),
  projection: `e {
  .id, .name, .description,
  start: {date: toString(e.start), precision: e.startPrecision, text: null},
  end: CASE WHEN e.end IS NULL THEN null ELSE {date: toString(e.end), precision: e.endPrecision, text: null} END,
  partOfId: e_part_of_id
}`,
};

/**
 * The claim row of `c` with the parts asked for; each link costs an expansion per row, so a list
 * whose request selects none of them fetches none. Pages nested under the claim and under its
 * speaker are passed in as the variables holding them (see nestedPageClauses) and come back, in
 * that order, as `lists`.
 */
export function claimRow(
  parts: ClaimRowParts,
  lists: readonly string[] = [],
  speakerLists: readonly string[] = [],
): RowCypher {
  const links = [
    parts.speaker &&
      `CALL (c) {
  OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)${parts.speakerDetails ? '\n  OPTIONAL MATCH (claim_speaker)-[:BASED_IN]->(claim_speaker_base)' : ''}
  RETURN claim_speaker${parts.speakerDetails ? ', claim_speaker_base.id AS claim_speaker_base_id' : ''} LIMIT 1
}`,
    parts.onBehalfOf &&
      firstLink('c', '(c)-[:ON_BEHALF_OF]->(claim_principal)', 'claim_principal.id', 'claim_principal_id'),
    parts.channel && firstLink('c', '(c)-[:VIA]->(claim_channel)', 'claim_channel.id', 'claim_channel_id'),
  ].filter((link) => link !== false);
  const entries = [
    parts.details && '.quote, .cue',
    parts.stated &&
      `stated: CASE WHEN c.statedOn IS NULL THEN null
          ELSE {date: toString(c.statedOn), precision: c.statedOnPrecision, text: c.statedOnText} END`,
    // The projection of a null speaker is null.
    parts.speaker &&
      `speaker: ${actorProjection('claim_speaker', parts.speakerDetails ? 'claim_speaker_base_id' : null, speakerLists)}`,
    parts.onBehalfOf && 'onBehalfOfId: claim_principal_id',
    parts.channel && 'channelId: claim_channel_id',
    parts.provenance &&
      `provenance: {origin: c.origin, extractor: c.extractor,
    extractorVersion: c.extractorVersion, confidence: c.confidence}`,
  ].filter((entry) => entry !== false);
  return {
    links: links.join('\n'),
    projection: `c {
  .id, .kind${parts.paraphrase ? ', .paraphrase' : ''}${entries.map((entry) => `,\n  ${entry}`).join('')}${nestedLists(lists)}
}`,
  };
}

export const EVIDENCE_ROW: RowCypher = {
  links: [
    firstLink('ev', '(ev_claim)-[:EVIDENCED_BY]->(ev)', 'ev_claim.id', 'ev_claim_id'),
    firstLink('ev', '(ev)-[:FOUND_IN]->(ev_article)', 'ev_article.id', 'ev_article_id'),
  ].join('\n'),
  projection: `ev {
  .id, .text, .start, .end, .prefix, .suffix,
  claimId: ev_claim_id,
  articleId: ev_article_id
}`,
};
