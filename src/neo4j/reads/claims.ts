// Claim lists: every connection of claims in the API (all claims, an actor's claims, claims about
// an actor, in an article, at a place, around an event, disputing or supporting a claim) is one
// scope below plus the same filters, run for many parents at once.
import type { AboutRole, ClaimKind, ClaimOrigin } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';
import { FULLTEXT } from '../graph-schema.ts';
import {
  type ListShape,
  type ListWalk,
  LOOK_AHEAD_FLAG,
  nestedPageClauses,
  type Page,
  type PageWindow,
  pagedByParent,
  prefixParameters,
  windowParameters,
} from './paging.ts';
import {
  type ActorRow,
  actorRow,
  type ClaimEdgeRow,
  type ClaimRow,
  type ClaimRowParts,
  claimRow,
  type RowCypher,
  returnRow,
  WHOLE_CLAIM_ROW,
} from './rows.ts';
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
  /** For an actor's lists: how a page of a much-spoken actor is walked in date order (ListWalk). */
  walk?: { degree: string; member: string };
}

/**
 * The claims in date order, forwards or backwards, through their (statedOn, id) index, from the
 * first date of a range to its last, reading at most 2,000 claims. The walk passes over undated
 * claims, which come last in either order. `carried`: what else the scan's rows hold.
 */
const dateWalk = (order: string, range: { from?: string; to?: string }, carried = '') =>
  ({
    scan: `MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
    WHERE ${range.from ? `c.statedOn >= ${range.from}` : 'c.statedOn IS NOT NULL'}${range.to ? ` AND c.statedOn <= ${range.to}` : ''} AND c.id IS NOT NULL
    WITH ${carried}c ORDER BY ${order}`,
    order,
    budget: 2_000,
  }) as const;

// An actor's page in date order is walked once the actor has 8,000 claims in the list: the walk
// finds the page when at least one claim in 180 belongs to the list, and costs a fallback at most a
// quarter more. At 1M claims, the first 10 claims about the actor spoken about most went from 270 ms
// to 7 ms.
const actorWalk = (order: string, walk: NonNullable<Scope['walk']>): ListWalk => ({
  ...dateWalk(order, {}, 'parent, '),
  parent: { match: 'MATCH (parent:Actor {id: parentId})', from: 8_000, ...walk },
});

/**
 * The filters a walk of all claims tests on each claim's own properties, as it reads it. Not the
 * origin, whose own index finds the claims of a rare origin without reading the others.
 */
const PROPERTY_FILTERS = new Set<FilterField>(['kinds', 'statedFrom', 'statedTo', 'dated', 'minConfidence']);

// A page of all claims, filtered on their own properties only, is walked from the first date of
// the filter's range: the first 10 claims of 3 kinds in a year (3,990 of 100,000) cost Neo4j 1.3 ms
// instead of 4.1, reading 38 claims instead of sorting 3,990. A filter on a claim's neighbours
// (speakers, articles, being disputed) may keep one claim in thousands, so those lists are sorted.
const claimsWalk = (order: string, filter: ClaimFilter, active: FilterField[]): ListWalk | undefined =>
  active.every((key) => PROPERTY_FILTERS.has(key)) && filter.dated !== false
    ? dateWalk(order, {
        from: filter.statedFrom ? 'date($filter.statedFrom)' : undefined,
        to: filter.statedTo ? 'date($filter.statedTo)' : undefined,
      })
    : undefined;

const SCOPES = {
  all: { match: 'MATCH (c:Claim)', link: false, unique: true },
  spokenBy: {
    match: 'MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)',
    link: false,
    unique: true,
    walk: { degree: 'COUNT { (parent)-[:STATED]->() }', member: 'MATCH (parent)-[:STATED]->(c)' },
  },
  // A claim can be about one actor in two roles: one row per role, i.e. per relationship.
  about: {
    match: 'MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})',
    where: '$aboutRole IS NULL OR link.role = $aboutRole',
    link: true,
    unique: true,
    walk: { degree: 'COUNT { (parent)<-[:ABOUT]-() }', member: 'MATCH (c)-[link:ABOUT]->(parent)' },
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
  origin?: ClaimOrigin | null;
  /** Leaves out the extracted claims the extractor was less sure of. */
  minConfidence?: number | null;
}

export type ClaimOrder = 'STATED_ON_ASC' | 'STATED_ON_DESC';

/**
 * Each order as the list sorts, and as the (statedOn, id) index yields the dated claims in it.
 * Claims without a statement date come last either way (Cypher sorts null last ascending, first
 * descending); the id keeps the order total. Newest first is oldest first reversed, the undated
 * claims kept last, so that the index serves it read backwards.
 */
const ORDER: Record<ClaimOrder, { list: string; index: string }> = {
  STATED_ON_ASC: { list: 'c.statedOn ASC, c.id ASC', index: 'c.statedOn ASC, c.id ASC' },
  STATED_ON_DESC: { list: 'c.statedOn IS NULL, c.statedOn DESC, c.id DESC', index: 'c.statedOn DESC, c.id DESC' },
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
  // Served by the claim_origin index where no other condition narrows the list more.
  origin: 'c.origin = $filter.origin',
  // A curated claim has no confidence, so it stays.
  minConfidence: 'c.confidence IS NULL OR c.confidence >= $filter.minConfidence',
};

export interface ClaimListRequest {
  scope: ClaimScope;
  filter: ClaimFilter;
  order: ClaimOrder;
  window: PageWindow;
  /** With scope "about": only claims where the parent actor has this role. */
  aboutRole?: AboutRole | null;
  /** Lists to fetch with each listed claim, in the same statement. */
  nested?: NestedClaimLists;
  /** The parts each row carries; the whole row by default. */
  parts?: ClaimRowParts;
}

/** Claim lists nested under each claim of a list, by the caller's key (a request path). */
export interface NestedClaimLists {
  /** Lists whose parent is the claim (the claims disputing it…). */
  ofClaim: ReadonlyMap<string, ClaimListRequest>;
  /** Lists whose parent is the claim's speaker (the speaker's other claims…). */
  ofSpeaker: ReadonlyMap<string, ClaimListRequest>;
}

/** Claim lists to fetch under one parent row, by the caller's key (a request path). */
export type ClaimLists = ReadonlyMap<string, ClaimListRequest>;

/** Whose id a nested list's parent is: a listed claim, its speaker, or a single actor. */
type ListOwner = 'claim' | 'speaker' | 'actor';

// Each nested list becomes a per-row subquery of the statement, keyed by position: its variable and
// its parameter prefix are numbered, never named after anything in the request.
const nestedVariables = (owner: ListOwner, lists: ClaimLists | undefined) =>
  [...(lists?.keys() ?? [])].map((_, i) => `${owner}_list_${i}`);

/** Clauses binding `<owner>_list_<i>` to each list's page for the parent id held in `<owner>_id`. */
const nestedPages = (owner: ListOwner, lists: ClaimLists) =>
  [...lists.values()].map((child, i) =>
    nestedPageClauses(
      claimListShape(child),
      child.window.counted,
      `${owner}_id`,
      `${owner}_list_${i}`,
      `${owner}${i}_`,
    ),
  );

/** The parameters of those clauses. */
const nestedParameters = (owner: ListOwner, lists: ClaimLists) =>
  [...lists.values()].map((child, i) =>
    prefixParameters(`${owner}${i}_`, { ...windowParameters(child.window), ...claimListParameters(child) }),
  );

/** Whether any list hangs off the listed claims. */
export const hasNestedLists = (nested: NestedClaimLists | undefined): nested is NestedClaimLists =>
  nested !== undefined && nested.ofClaim.size + nested.ofSpeaker.size > 0;

/**
 * Clauses binding each nested list's page for the claim `c`. In a list (`listed`), the look-ahead
 * row past the page gets no parent: its nested lists come back empty at once (see LOOK_AHEAD_FLAG).
 */
function nestedClauses(carry: string, nested: NestedClaimLists | undefined, listed: boolean): string | undefined {
  if (!hasNestedLists(nested)) return undefined;
  const onPage = (id: string) => (listed ? `CASE WHEN ${LOOK_AHEAD_FLAG} THEN ${id} END` : id);
  const parentIds = [
    ...(nested.ofClaim.size > 0 ? [`${onPage('c.id')} AS claim_id`] : []),
    ...(nested.ofSpeaker.size > 0 ? [`${onPage('claim_speaker_id')} AS speaker_id`] : []),
  ];
  return [
    ...(nested.ofSpeaker.size > 0
      ? ['CALL (c) { OPTIONAL MATCH (s:Actor)-[:STATED]->(c) RETURN s.id AS claim_speaker_id LIMIT 1 }']
      : []),
    `WITH ${carry}, ${parentIds.join(', ')}`,
    ...nestedPages('claim', nested.ofClaim),
    ...nestedPages('speaker', nested.ofSpeaker),
  ].join('\n');
}

/** The projection of claim `c` with the pages of its nested lists. */
function claimRowWithLists(parts: ClaimRowParts, nested: NestedClaimLists | undefined): RowCypher {
  return claimRow(
    // Lists under the speaker need the speaker's row to arrive in.
    nested && nested.ofSpeaker.size > 0 ? { ...parts, speaker: true } : parts,
    nestedVariables('claim', nested?.ofClaim),
    nestedVariables('speaker', nested?.ofSpeaker),
  );
}

function claimListShape(request: ClaimListRequest): ListShape {
  const { filter, nested } = request;
  const active = (Object.keys(FILTER_CONDITIONS) as FilterField[]).filter(
    (key) => filter[key] !== undefined && filter[key] !== null,
  );
  const scope: Scope = SCOPES[request.scope];
  const carry = scope.link ? 'c, link' : 'c';
  const claim = claimRowWithLists(request.parts ?? WHOLE_CLAIM_ROW, nested);
  return {
    prelude: filter.text
      ? `CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node WITH collect(node) AS shared`
      : undefined,
    match: scope.match,
    where: [...(scope.where ? [scope.where] : []), ...active.map((key) => FILTER_CONDITIONS[key])],
    carry,
    unique: scope.unique,
    orderBy: ORDER[request.order].list,
    perRow: nestedClauses(carry, nested, true),
    walk: listWalk(request, scope, active),
    row: {
      links: claim.links,
      projection: scope.link
        ? `{claim: ${claim.projection}, role: link.role, rationale: link.rationale}`
        : `{claim: ${claim.projection}, role: null, rationale: null}`,
    },
  };
}

/** How a page of the list is walked in date order, if it is. */
function listWalk(request: ClaimListRequest, scope: Scope, active: FilterField[]): ListWalk | undefined {
  // A full-text filter's hits are few: sorting them costs less than a walk.
  if (request.filter.text) return undefined;
  const order = ORDER[request.order].index;
  if (scope.walk) return actorWalk(order, scope.walk);
  return request.scope === 'all' ? claimsWalk(order, request.filter, active) : undefined;
}

/** The parameters of a list's statement, those of its nested lists under their prefixes. */
function claimListParameters(request: ClaimListRequest): Record<string, unknown> {
  const { filter, nested } = request;
  return Object.assign(
    {
      filter,
      aboutRole: request.aboutRole ?? null,
      textIndex: FULLTEXT.claims,
      textQuery: filter.text ? luceneQuery(filter.text) : null,
    },
    ...(nested ? [...nestedParameters('claim', nested.ofClaim), ...nestedParameters('speaker', nested.ofSpeaker)] : []),
  );
}

type FetchedRow<T> = T & { lists?: Page<ClaimEdgeRow>[] };

/** Turns a fetched row's positional `lists` into nestedPages by the caller's keys, all the way down. */
function keyNestedPages<T extends ClaimRow | ActorRow>(row: FetchedRow<T> | null | undefined, lists: ClaimLists): void {
  if (!row?.lists) return;
  const pages = row.lists;
  delete row.lists;
  row.nestedPages = new Map([...lists.keys()].map((key, i) => [key, pages[i]!]));
  for (const [i, child] of [...lists.values()].entries()) keyNestedPagesOfList(pages[i]!, child.nested);
}

function keyNestedPagesOfList(page: Page<ClaimEdgeRow>, nested: NestedClaimLists | undefined): void {
  if (!nested) return;
  for (const { claim } of page.rows) {
    keyNestedPages(claim, nested.ofClaim);
    keyNestedPages(claim.speaker, nested.ofSpeaker);
  }
}

export async function claimPages(
  db: GraphDatabase,
  parentIds: readonly string[],
  request: ClaimListRequest,
): Promise<Page<ClaimEdgeRow>[]> {
  const pages = await pagedByParent<ClaimEdgeRow>(
    db,
    claimListShape(request),
    parentIds,
    request.window,
    claimListParameters(request),
  );
  for (const page of pages) keyNestedPagesOfList(page, request.nested);
  return pages;
}

/** The row of one entity looked up with claim lists nested under it; null when the id is unknown. */
async function rowWithLists<T extends ClaimRow | ActorRow>(
  db: GraphDatabase,
  clauses: string[],
  params: Record<string, unknown>,
): Promise<FetchedRow<T> | null> {
  const result = await db.query(clauses.join('\n'), params);
  return (result.records[0]?.get('row') ?? null) as FetchedRow<T> | null;
}

/**
 * One claim with claim lists nested under it (the claims disputing it…), in one statement: a lookup
 * by id, without the paging of a list of one, which cost both the server and Neo4j more CPU (the
 * disputes question at 1M claims answered 13–15% fewer requests/s that way).
 */
export async function claimWithClaimLists(
  db: GraphDatabase,
  id: string,
  parts: ClaimRowParts,
  nested: NestedClaimLists,
): Promise<ClaimRow | null> {
  const row = await rowWithLists<ClaimRow>(
    db,
    ['MATCH (c:Claim {id: $id})', nestedClauses('c', nested, false) ?? '', returnRow(claimRowWithLists(parts, nested))],
    Object.assign(
      { id },
      ...nestedParameters('claim', nested.ofClaim),
      ...nestedParameters('speaker', nested.ofSpeaker),
    ),
  );
  keyNestedPages(row, nested.ofClaim);
  keyNestedPages(row?.speaker, nested.ofSpeaker);
  return row;
}

/** One actor with claim lists nested under it (the claims about them…), in one statement. */
export async function actorWithClaimLists(db: GraphDatabase, id: string, lists: ClaimLists): Promise<ActorRow | null> {
  const row = await rowWithLists<ActorRow>(
    db,
    [
      'MATCH (actor:Actor {id: $id})',
      'WITH actor, actor.id AS actor_id',
      ...nestedPages('actor', lists),
      returnRow(actorRow('actor', nestedVariables('actor', lists))),
    ],
    Object.assign({ id }, ...nestedParameters('actor', lists)),
  );
  keyNestedPages(row, lists);
  return row;
}
