// Claim lists: every connection of claims in the API (all claims, an actor's claims, claims about
// an actor, in an article, at a place, around an event, disputing or supporting a claim) is one
// scope below plus the same filters, run for many parents at once.
import type { AboutRole, ClaimKind } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';
import { FULLTEXT } from '../graph-schema.ts';
import { pagedByParent, type ListShape, type Page, type PageWindow } from './paging.ts';
import { CLAIM_ROW, type ClaimRow } from './rows.ts';
import { luceneQuery } from './search.ts';

/**
 * Where a claim list starts from. `link` is bound where the relationship carries facts; `unique`
 * scopes match each claim once, so their rows need no DISTINCT. The filters are ANDed into the
 * scope's own WHERE, so the planner can answer them from the indexes.
 */
interface Scope {
  match: string;
  where?: string;
  link: boolean;
  unique: boolean;
}

const SCOPES = {
  all: { match: 'MATCH (c:Claim)', link: false, unique: true },
  spokenBy: { match: 'MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)', link: false, unique: true },
  // A claim can be about one actor in two roles: one row per role, i.e. per relationship.
  about: {
    match: 'MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})',
    where: '$aboutRole IS NULL OR link.role = $aboutRole',
    link: true,
    unique: true,
  },
  carriedBy: { match: 'MATCH (c:Claim)-[:VIA]->(:Actor {id: parentId})', link: false, unique: true },
  inArticle: {
    match: 'MATCH (:Article {id: parentId})<-[:FOUND_IN]-(:Evidence)<-[:EVIDENCED_BY]-(c:Claim)',
    link: false,
    unique: false,
  },
  // A place includes the places inside it: claims about Najin are claims about North Korea too.
  atLocation: {
    match: 'MATCH (c:Claim)-[:CONCERNS]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})',
    link: false,
    unique: false,
  },
  aroundEvent: {
    match: 'MATCH (c:Claim)-[:CONCERNS]->(:Event)-[:PART_OF*0..]->(:Event {id: parentId})',
    link: false,
    unique: false,
  },
  disputes: { match: 'MATCH (:Claim {id: parentId})-[link:DISPUTES]->(c:Claim)', link: true, unique: true },
  disputedBy: { match: 'MATCH (:Claim {id: parentId})<-[link:DISPUTES]-(c:Claim)', link: true, unique: true },
  supports: { match: 'MATCH (:Claim {id: parentId})-[link:SUPPORTS]->(c:Claim)', link: true, unique: true },
  supportedBy: { match: 'MATCH (:Claim {id: parentId})<-[link:SUPPORTS]-(c:Claim)', link: true, unique: true },
} as const satisfies Record<string, Scope>;

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

function claimListShape(scopeName: ClaimScope, filter: ClaimFilter, order: ClaimOrder): ListShape {
  const active = (Object.keys(FILTER_CONDITIONS) as FilterField[]).filter(
    (key) => filter[key] !== undefined && filter[key] !== null,
  );
  const scope: Scope = SCOPES[scopeName];
  return {
    prelude: filter.text
      ? `CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node WITH collect(node) AS shared`
      : undefined,
    match: scope.match,
    where: [...(scope.where ? [scope.where] : []), ...active.map((key) => FILTER_CONDITIONS[key])],
    carry: scope.link ? 'c, link' : 'c',
    unique: scope.unique,
    orderBy: ORDER[order],
    row: scope.link
      ? `{claim: ${CLAIM_ROW}, role: link.role, rationale: link.rationale}`
      : `{claim: ${CLAIM_ROW}, role: null, rationale: null}`,
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
