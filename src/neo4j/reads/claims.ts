// Claim lists: every connection of claims in the API (all claims, an actor's claims, claims about
// an actor, in an article, at a place, around an event, disputing or supporting a claim) is one
// scope below plus the same filters, run for many parents at once.
import type { AboutRole, ClaimKind } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';
import { FULLTEXT } from '../graph-schema.ts';
import { pagedByParent, type ListShape, type Page, type PageWindow } from './paging.ts';
import { CLAIM_ROW, type ClaimRow } from './rows.ts';
import { luceneQuery } from './search.ts';

/** Where a claim list starts from. `link` is bound where the relationship carries facts. */
const SCOPES = {
  all: 'MATCH (c:Claim) WITH c, null AS link',
  spokenBy: 'MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim) WITH c, null AS link',
  about: 'MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId}) WHERE $aboutRole IS NULL OR link.role = $aboutRole WITH c, link',
  carriedBy: 'MATCH (c:Claim)-[:VIA]->(:Actor {id: parentId}) WITH c, null AS link',
  inArticle: 'MATCH (:Article {id: parentId})<-[:FOUND_IN]-(:Evidence)<-[:EVIDENCED_BY]-(c:Claim) WITH c, null AS link',
  // A place includes the places inside it: claims about Najin are claims about North Korea too.
  atLocation:
    'MATCH (c:Claim)-[:CONCERNS]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId}) WITH c, null AS link',
  aroundEvent: 'MATCH (c:Claim)-[:CONCERNS]->(:Event)-[:PART_OF*0..]->(:Event {id: parentId}) WITH c, null AS link',
  disputes: 'MATCH (:Claim {id: parentId})-[link:DISPUTES]->(c:Claim) WITH c, link',
  disputedBy: 'MATCH (:Claim {id: parentId})<-[link:DISPUTES]-(c:Claim) WITH c, link',
  supports: 'MATCH (:Claim {id: parentId})-[link:SUPPORTS]->(c:Claim) WITH c, link',
  supportedBy: 'MATCH (:Claim {id: parentId})<-[link:SUPPORTS]-(c:Claim) WITH c, link',
} as const;

export type ClaimScope = keyof typeof SCOPES;

export interface ClaimFilter {
  kinds?: ClaimKind[] | null;
  speakers?: string[] | null;
  about?: string[] | null;
  aboutRole?: AboutRole | null;
  /** Claims made by or about any of these actors. */
  involving?: string[] | null;
  articles?: string[] | null;
  locations?: string[] | null;
  events?: string[] | null;
  statedFrom?: string | null;
  statedTo?: string | null;
  text?: string | null;
  reportedByAtLeast?: number | null;
  disputesAnother?: boolean | null;
  disputed?: boolean | null;
  /** Has (true) or lacks (false) a statement date. */
  dated?: boolean | null;
}

export type ClaimOrder = 'STATED_ON_ASC' | 'STATED_ON_DESC';

const ORDER: Record<ClaimOrder, string> = {
  // Claims without a statement date come last either way (Cypher sorts null last ascending, first
  // descending); the id keeps the order total. Ascending order can follow the statedOn index.
  STATED_ON_ASC: 'c.statedOn ASC, c.id ASC',
  STATED_ON_DESC: 'c.statedOn IS NULL, c.statedOn DESC, c.id ASC',
};

type FilterField = Exclude<keyof ClaimFilter, 'aboutRole'>;

/** One WHERE condition per filter field (aboutRole refines `about`); values travel as parameters. */
const FILTER_CONDITIONS: Record<FilterField, string> = {
  kinds: 'c.kind IN $filter.kinds',
  speakers: 'EXISTS { MATCH (s:Actor)-[:STATED]->(c) WHERE s.id IN $filter.speakers }',
  about:
    'EXISTS { MATCH (c)-[r:ABOUT]->(x:Actor) WHERE x.id IN $filter.about AND ($filter.aboutRole IS NULL OR r.role = $filter.aboutRole) }',
  involving:
    'EXISTS { MATCH (s:Actor)-[:STATED]->(c) WHERE s.id IN $filter.involving } OR EXISTS { MATCH (c)-[:ABOUT]->(x:Actor) WHERE x.id IN $filter.involving }',
  articles: 'EXISTS { MATCH (c)-[:EVIDENCED_BY]->(:Evidence)-[:FOUND_IN]->(a:Article) WHERE a.id IN $filter.articles }',
  locations:
    'EXISTS { MATCH (c)-[:CONCERNS]->(:Location)-[:LOCATED_IN*0..]->(l:Location) WHERE l.id IN $filter.locations }',
  events: 'EXISTS { MATCH (c)-[:CONCERNS]->(:Event)-[:PART_OF*0..]->(e:Event) WHERE e.id IN $filter.events }',
  statedFrom: 'c.statedOn >= date($filter.statedFrom)',
  statedTo: 'c.statedOn <= date($filter.statedTo)',
  text: 'c IN shared',
  reportedByAtLeast:
    'COUNT { MATCH (c)-[:EVIDENCED_BY]->(:Evidence)-[:FOUND_IN]->(a:Article) RETURN DISTINCT a } >= $filter.reportedByAtLeast',
  disputesAnother: 'EXISTS { (c)-[:DISPUTES]->(:Claim) } = $filter.disputesAnother',
  disputed: 'EXISTS { (c)<-[:DISPUTES]-(:Claim) } = $filter.disputed',
  dated: '(c.statedOn IS NOT NULL) = $filter.dated',
};

export interface ClaimEdgeRow {
  claim: ClaimRow;
  /** The actor's role in the claim, on lists of claims about an actor. */
  role: AboutRole | null;
  /** Why one claim disputes or supports the other, on lists of linked claims. */
  rationale: string | null;
}

function claimListShape(scope: ClaimScope, filter: ClaimFilter, order: ClaimOrder): ListShape {
  const active = (Object.keys(FILTER_CONDITIONS) as FilterField[]).filter(
    (key) => filter[key] !== undefined && filter[key] !== null,
  );
  return {
    prelude: filter.text
      ? `CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node WITH collect(node) AS shared`
      : undefined,
    match: SCOPES[scope],
    where: active.map((key) => FILTER_CONDITIONS[key]),
    distinct: 'c, link',
    orderBy: ORDER[order],
    row: `{claim: ${CLAIM_ROW}, role: link.role, rationale: link.rationale}`,
  };
}

export interface ClaimListRequest {
  scope: ClaimScope;
  filter: ClaimFilter;
  order: ClaimOrder;
  window: PageWindow;
  /** With scope "about": only claims where the parent actor has this role. */
  aboutRole?: AboutRole | null;
}

export function claimPages(
  db: GraphDatabase,
  parentIds: readonly string[],
  request: ClaimListRequest,
): Promise<Page<ClaimEdgeRow>[]> {
  const { filter } = request;
  return pagedByParent<ClaimEdgeRow>(db, claimListShape(request.scope, filter, request.order), parentIds, request.window, {
    filter,
    aboutRole: request.aboutRole ?? null,
    textIndex: FULLTEXT.claims,
    textQuery: filter.text ? luceneQuery(filter.text) : null,
  });
}
