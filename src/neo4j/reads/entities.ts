// Reads of articles, actors, locations, events and evidence: by id (batched), lists of them
// (paged, batched by parent), and the small relation lists an entity carries.
import type { ActorKind, LocationKind } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';
import { listsByIds, type Page, type PageWindow, pagedByParent, rowsByIds } from './paging.ts';
import {
  type AboutRow,
  ACTOR_ROW,
  type ActorRow,
  type AffiliationRow,
  ARTICLE_ROW,
  type ArticleRow,
  type ClaimRow,
  type ClaimRowParts,
  claimRow,
  EVENT_ROW,
  EVIDENCE_ROW,
  type EventRow,
  type EvidenceRow,
  LOCATION_ROW,
  type LocationRow,
  type ParticipantRow,
  type PlaceRow,
  returnRow,
  WHOLE_CLAIM_ROW,
} from './rows.ts';

const BY_IDS = {
  article: `UNWIND $ids AS id MATCH (a:Article {id: id}) ${returnRow(ARTICLE_ROW, 'id, ')}`,
  actor: `UNWIND $ids AS id MATCH (actor:Actor {id: id}) ${returnRow(ACTOR_ROW, 'id, ')}`,
  location: `UNWIND $ids AS id MATCH (l:Location {id: id}) ${returnRow(LOCATION_ROW, 'id, ')}`,
  event: `UNWIND $ids AS id MATCH (e:Event {id: id}) ${returnRow(EVENT_ROW, 'id, ')}`,
  evidence: `UNWIND $ids AS id MATCH (ev:Evidence {id: id}) ${returnRow(EVIDENCE_ROW, 'id, ')}`,
} as const;

export const articlesByIds = (db: GraphDatabase, ids: readonly string[]) =>
  rowsByIds<ArticleRow>(db, BY_IDS.article, ids);
export const actorsByIds = (db: GraphDatabase, ids: readonly string[]) => rowsByIds<ActorRow>(db, BY_IDS.actor, ids);
export const locationsByIds = (db: GraphDatabase, ids: readonly string[]) =>
  rowsByIds<LocationRow>(db, BY_IDS.location, ids);
export const eventsByIds = (db: GraphDatabase, ids: readonly string[]) => rowsByIds<EventRow>(db, BY_IDS.event, ids);
export const evidenceByIds = (db: GraphDatabase, ids: readonly string[]) =>
  rowsByIds<EvidenceRow>(db, BY_IDS.evidence, ids);

/** Claims by id, one statement per set of row parts, built once from constants. */
const claimsByIdsStatements = new Map<string, string>();

/** Claims by id, with the parts of their rows asked for (the whole row by default). */
export function claimsByIds(db: GraphDatabase, ids: readonly string[], parts: ClaimRowParts = WHOLE_CLAIM_ROW) {
  const key = JSON.stringify(parts);
  let cypher = claimsByIdsStatements.get(key);
  if (!cypher) {
    cypher = `UNWIND $ids AS id MATCH (c:Claim {id: id}) ${returnRow(claimRow(parts), 'id, ')}`;
    claimsByIdsStatements.set(key, cypher);
  }
  return rowsByIds<ClaimRow>(db, cypher, ids);
}

/** An actor by its name or one of its aliases, ignoring case ("lavrov" finds Sergey Lavrov). */
export async function actorByName(db: GraphDatabase, name: string): Promise<ActorRow | null> {
  const result = await db.query(
    `MATCH (actor:Actor)
     WHERE toLower(actor.name) = toLower($name)
        OR any(alias IN actor.aliases WHERE toLower(alias) = toLower($name))
        OR toLower(actor.name) ENDS WITH ' ' + toLower($name)
     WITH actor ORDER BY toLower(actor.name) = toLower($name) DESC, actor.id LIMIT 1
     ${returnRow(ACTOR_ROW)}`,
    { name },
  );
  return (result.records[0]?.get('row') as ActorRow | undefined) ?? null;
}

// --- Paged lists -------------------------------------------------------------------------------

export interface ActorListFilter {
  kinds?: ActorKind[] | null;
  /** Case-insensitive substring of the name or an alias. */
  name?: string | null;
}

export type ActorOrder = 'NAME_ASC' | 'CLAIMS_MADE_DESC';

const ACTOR_ORDER: Record<ActorOrder, string> = {
  NAME_ASC: 'actor.name, actor.id',
  // Only claims have STATED relationships into them; leaving the label out lets Neo4j read the
  // count from the actor's degree instead of visiting its claims.
  CLAIMS_MADE_DESC: 'COUNT { (actor)-[:STATED]->() } DESC, actor.name, actor.id',
};

const ACTOR_LIST_MATCH = `MATCH (actor:Actor)
    WHERE ($filter.kinds IS NULL OR actor.kind IN $filter.kinds)
      AND ($filter.name IS NULL OR toLower(actor.name) CONTAINS toLower($filter.name)
           OR any(alias IN actor.aliases WHERE toLower(alias) CONTAINS toLower($filter.name)))`;

export const actorPages = (
  db: GraphDatabase,
  window: PageWindow,
  filter: ActorListFilter,
  order: ActorOrder = 'NAME_ASC',
) =>
  pagedByParent<ActorRow>(
    db,
    { match: ACTOR_LIST_MATCH, where: [], carry: 'actor', orderBy: ACTOR_ORDER[order], row: ACTOR_ROW },
    [''],
    window,
    { filter: { kinds: null, name: null, ...filter } },
  ).then(([page]) => page!);

const ARTICLE_LISTS = {
  all: 'MATCH (a:Article)',
  publishedBy: 'MATCH (a:Article)-[:PUBLISHED_BY]->(:Actor {id: parentId})',
  datelinedAt: 'MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})',
} as const;

export const articlePages = (
  db: GraphDatabase,
  scope: keyof typeof ARTICLE_LISTS,
  parentIds: readonly string[],
  window: PageWindow,
): Promise<Page<ArticleRow>[]> =>
  pagedByParent<ArticleRow>(
    db,
    { match: ARTICLE_LISTS[scope], where: [], carry: 'a', orderBy: 'a.publishedAt DESC, a.id', row: ARTICLE_ROW },
    parentIds,
    window,
  );

const EVIDENCE_LISTS = {
  ofClaim: 'MATCH (:Claim {id: parentId})-[:EVIDENCED_BY]->(ev:Evidence)-[:FOUND_IN]->(a:Article)',
  inArticle: 'MATCH (ev:Evidence)-[:FOUND_IN]->(a:Article {id: parentId})',
} as const;

export const evidencePages = (
  db: GraphDatabase,
  scope: keyof typeof EVIDENCE_LISTS,
  parentIds: readonly string[],
  window: PageWindow,
): Promise<Page<EvidenceRow>[]> =>
  pagedByParent<EvidenceRow>(
    db,
    {
      match: EVIDENCE_LISTS[scope],
      where: [],
      carry: 'ev, a',
      // Reading order: by article (newest first), then by position in the text.
      orderBy: 'a.publishedAt DESC, a.id, ev.start, ev.id',
      row: EVIDENCE_ROW,
    },
    parentIds,
    window,
  );

const EVENT_LISTS = {
  all: 'MATCH (e:Event)',
  // Events at a place include the events at the places inside it.
  atLocation: 'MATCH (e:Event)-[:TOOK_PLACE_AT]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})',
  withParticipant: 'MATCH (:Actor {id: parentId})-[:PARTICIPATED_IN]->(e:Event)',
} as const;

export const eventPages = (
  db: GraphDatabase,
  scope: keyof typeof EVENT_LISTS,
  parentIds: readonly string[],
  window: PageWindow,
): Promise<Page<EventRow>[]> =>
  pagedByParent<EventRow>(
    db,
    { match: EVENT_LISTS[scope], where: [], carry: 'e', orderBy: 'e.start, e.id', row: EVENT_ROW },
    parentIds,
    window,
  );

const LOCATION_LIST = `MATCH (l:Location) WHERE $kinds IS NULL OR l.kind IN $kinds`;

export const locationPages = (db: GraphDatabase, window: PageWindow, kinds: LocationKind[] | null) =>
  pagedByParent<LocationRow>(
    db,
    { match: LOCATION_LIST, where: [], carry: 'l', orderBy: 'l.name, l.id', row: LOCATION_ROW },
    [''],
    window,
    { kinds },
  ).then(([page]) => page!);

// --- Relation lists (bounded by the curated data, returned whole) ------------------------------

const RELATION_LISTS = {
  claimAbout: `UNWIND $ids AS id MATCH (c:Claim {id: id})
    RETURN id, COLLECT { MATCH (c)-[r:ABOUT]->(x:Actor) RETURN {actorId: x.id, role: r.role} AS item ORDER BY r.role DESC, x.id } AS items`,
  claimLocations: `UNWIND $ids AS id MATCH (c:Claim {id: id})
    RETURN id, COLLECT { MATCH (c)-[:CONCERNS]->(l:Location) RETURN l.id ORDER BY l.id } AS items`,
  claimEvents: `UNWIND $ids AS id MATCH (c:Claim {id: id})
    RETURN id, COLLECT { MATCH (c)-[:CONCERNS]->(e:Event) RETURN e.id ORDER BY e.start, e.id } AS items`,
  affiliations: `UNWIND $ids AS id MATCH (actor:Actor {id: id})
    RETURN id, COLLECT { MATCH (actor)-[r:AFFILIATED_WITH]->(o:Actor) RETURN {actorId: actor.id, otherId: o.id, role: r.role} AS item ORDER BY o.id } AS items`,
  affiliates: `UNWIND $ids AS id MATCH (actor:Actor {id: id})
    RETURN id, COLLECT { MATCH (o:Actor)-[r:AFFILIATED_WITH]->(actor) RETURN {actorId: actor.id, otherId: o.id, role: r.role} AS item ORDER BY o.id } AS items`,
  participations: `UNWIND $ids AS id MATCH (actor:Actor {id: id})
    RETURN id, COLLECT { MATCH (actor)-[r:PARTICIPATED_IN]->(e:Event) RETURN {actorId: actor.id, eventId: e.id, role: r.role} AS item ORDER BY e.start, e.id } AS items`,
  eventParticipants: `UNWIND $ids AS id MATCH (e:Event {id: id})
    RETURN id, COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN {actorId: a.id, eventId: e.id, role: r.role} AS item ORDER BY a.id } AS items`,
  eventPlaces: `UNWIND $ids AS id MATCH (e:Event {id: id})
    RETURN id, COLLECT { MATCH (e)-[r:TOOK_PLACE_AT]->(l:Location) RETURN {locationId: l.id, role: r.role} AS item ORDER BY r.role DESC, l.id } AS items`,
  eventParts: `UNWIND $ids AS id MATCH (e:Event {id: id})
    RETURN id, COLLECT { MATCH (part:Event)-[:PART_OF]->(e) RETURN part.id ORDER BY part.start, part.id } AS items`,
  locationContains: `UNWIND $ids AS id MATCH (l:Location {id: id})
    RETURN id, COLLECT { MATCH (inner:Location)-[:LOCATED_IN]->(l) RETURN inner.id ORDER BY inner.name } AS items`,
  actorsBasedAt: `UNWIND $ids AS id MATCH (l:Location {id: id})
    RETURN id, COLLECT { MATCH (actor:Actor)-[:BASED_IN]->(l) RETURN actor.id ORDER BY actor.name } AS items`,
} as const;

type RelationRows = {
  claimAbout: AboutRow;
  claimLocations: string;
  claimEvents: string;
  affiliations: AffiliationRow;
  affiliates: AffiliationRow;
  participations: ParticipantRow;
  eventParticipants: ParticipantRow;
  eventPlaces: PlaceRow;
  eventParts: string;
  locationContains: string;
  actorsBasedAt: string;
};

export type RelationName = keyof typeof RELATION_LISTS;

export function relationLists<R extends RelationName>(
  db: GraphDatabase,
  relation: R,
  ids: readonly string[],
): Promise<RelationRows[R][][]> {
  return listsByIds<RelationRows[R]>(db, RELATION_LISTS[relation], ids);
}
