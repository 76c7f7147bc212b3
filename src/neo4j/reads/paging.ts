// Runs a paged list for many parents in one round trip: every parent gets its own page (same
// window, same filters) and its own total. The list query for N parents is one Cypher statement,
// so a nested connection costs one query per level of the request, never one per parent.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';
import type { RowCypher } from './rows.ts';

export interface PageWindow {
  offset: number;
  /** Rows to fetch: the page size plus one, to tell whether a next page exists. */
  limit: number;
  /** Whether to count the whole list: only when the request asks for its total. */
  counted: boolean;
}

export interface Page<T> {
  rows: T[];
  /** Null when the window did not ask for it. */
  total: number | null;
}

/** Where the list's rows come from; every piece is a constant of the calling module. */
export interface ListShape {
  /** Clauses run once before the per-parent part (e.g. a full-text lookup); may bind `shared`. */
  prelude?: string;
  /** A MATCH that binds the listed node for `parentId` (root lists ignore parentId). */
  match: string;
  /** Conditions ANDed into the WHERE of `match`. */
  where: string[];
  /** Variables a row is made of, e.g. "c" or "c, link". */
  carry: string;
  /** The match yields each row once, so it needs no DISTINCT (which would hide index order). */
  unique?: boolean;
  /** ORDER BY expression over the distinct variables; must end with a unique key. */
  orderBy: string;
  /** One row: its links bound for each row of the page, then its projection. */
  row: RowCypher;
  /**
   * Clauses run for each row of the page before it is collected, e.g. lists nested under it. They
   * may read `shown` (LOOK_AHEAD_FLAG): false on the row fetched past the page only to tell whether
   * a next page exists, whose nested lists nobody reads.
   */
  perRow?: string;
  /** A faster way to the page for a parent with many rows; see walkClauses. */
  walk?: ListWalk;
}

/**
 * Reaching a page of a long list (the claims about an actor spoken about in a hundred thousand
 * claims, or all claims of some kinds in a year) by walking all nodes in list order through an
 * index, and keeping the list's, instead of reading all the list's rows to sort them. The walk stops
 * once it has the page, and gives up after `budget` nodes, when the page is read the usual way: a
 * sparse list never pays more than that budget, and the page is the same either way.
 */
export interface ListWalk {
  /**
   * For a parent's list: a MATCH binding `parent` for parentId, the parent's number of rows (cheap
   * to read, a degree), from how many rows up the walk runs, and a MATCH from the listed node to
   * `parent` binding the row's variables. A list without a parent (all claims) is always walked.
   */
  parent?: { match: string; degree: string; from: number; member: string };
  /** Clauses binding the listed node in `order`, served by an index (no sort). */
  scan: string;
  /**
   * The ORDER BY the scan yields, which sorts the scanned nodes as `orderBy` does. The walk keeps
   * the page in this one: the planner sees that the scan provides it and stops the scan at the
   * page, where `orderBy` may hide that (newest first leads with `c.statedOn IS NULL`) and a sort of
   * the whole budget would follow.
   */
  order: string;
  /** How many nodes of the scan the walk reads at most. */
  budget: number;
}

/** Bound for each row before `perRow`: whether the row is on the page (not the look-ahead row). */
export const LOOK_AHEAD_FLAG = 'shown';

/**
 * The page's rows again, each with LOOK_AHEAD_FLAG: the window's limit is the page size plus one,
 * and that last row needs no nested lists (for a page of 10 claims each with its speaker's 10
 * claims, an eleventh speaker's claims read and sorted for nothing).
 */
function flagLookAhead(carry: string): string {
  return `
  WITH collect(${packed(carry)}) AS fetched
  UNWIND range(0, size(fetched) - 1) AS position
  WITH ${unpacked(carry, 'fetched[position]')}, position < $limit - 1 AS ${LOOK_AHEAD_FLAG}`;
}

/** A row's variables ("c, link") as one map, to be collected: {c: c, link: link}. */
function packed(carry: string): string {
  return `{${carry
    .split(', ')
    .map((name) => `${name}: ${name}`)
    .join(', ')}}`;
}

/** The variables back out of such a map: "m.c AS c, m.link AS link". */
function unpacked(carry: string, map: string): string {
  return carry
    .split(', ')
    .map((name) => `${map}.${name} AS ${name}`)
    .join(', ');
}

/**
 * The clauses that bind `total` and `rows`, one page of the list, for the `parentId` and `shared`
 * in scope.
 */
function pageClauses(shape: ListShape, counted: boolean): string {
  const where = shape.where.length > 0 ? `WHERE ${shape.where.map((w) => `(${w})`).join(' AND ')}` : '';
  const imports = shape.prelude ? 'parentId, shared' : 'parentId';
  const rows = `${shape.match}
  ${where}
  WITH ${shape.unique ? '' : 'DISTINCT '}${shape.carry}`;
  const count = counted
    ? `
CALL (${imports}) {
  ${rows}
  RETURN count(*) AS total
}`
    : `
WITH parentId, shared, null AS total`;
  const sorted = `${rows}
  ORDER BY ${shape.orderBy}
  SKIP $offset LIMIT $limit`;
  const page = shape.walk ? walkClauses(shape, shape.walk, imports, where, sorted) : sorted;
  const perRow = shape.perRow
    ? `${flagLookAhead(shape.carry)}
  ${shape.perRow}`
    : '';
  return `${count}
CALL (${imports}) {
  ${page}${perRow}${
    shape.row.links
      ? `
  ${shape.row.links}`
      : ''
  }
  RETURN collect(${shape.row.projection}) AS rows
}`;
}

/**
 * The page's rows, walked for a parent with at least `walk.from` rows (see ListWalk), else (and
 * when the walk gives up) read and sorted as usual. The walk hands on only the page, and nothing
 * when it gave up: whatever is in scope rides along with every row the sort holds, and Neo4j counts
 * it against the transaction's memory each time. A value stays on the row until an aggregation,
 * whatever the clauses in between name, hence the grouping after the walk: without it, the entries
 * a walk read before it gave up rode along with every row sorted (a page of 100 at offset 3,600 of
 * the 4,000 claims about an actor in a role needed more than Neo4j's 1 GiB of transaction memory).
 */
function walkClauses(shape: ListShape, walk: ListWalk, imports: string, where: string, sorted: string): string {
  const entry = packed(shape.carry);
  const scanned = `CALL (${walk.parent ? 'parent' : imports}) {
      ${walk.scan}
      LIMIT ${walk.budget}
      ${walk.parent?.member ?? `WITH ${shape.carry}`}
      ${where}
      WITH ${shape.carry}
      ORDER BY ${walk.order}
      LIMIT $offset + $limit
      RETURN ${entry} AS entry
    }`;
  // A parent's walk is a subquery of the parent that passed the degree check, so that the planner
  // cannot start from the scan and check the parent for every node of it.
  return `CALL (${imports}) {
    ${
      walk.parent
        ? `${walk.parent.match}
    WITH parent WHERE ${walk.parent.degree} >= ${walk.parent.from}
    ${scanned}`
        : scanned
    }
    WITH collect(entry) AS entries
    WITH entries, size(entries) = $offset + $limit AS walked
    WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
    RETURN walked, walkedPage
  }
  CALL (${imports}, walked) {
    WITH ${imports} WHERE NOT walked
    CALL (${imports}) {
      ${sorted}
      RETURN ${entry} AS sortedEntry
    }
    RETURN collect(sortedEntry) AS sortedPage
  }
  UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
  WITH ${unpacked(shape.carry, 'entry')}`;
}

/** Builds the Cypher text of a list; exported for tests that inspect plans. */
export function listCypher(shape: ListShape, counted: boolean): string {
  return `
${shape.prelude ?? 'WITH null AS shared'}
UNWIND $parentIds AS parentId${pageClauses(shape, counted)}
RETURN parentId, total, rows`;
}

/**
 * One page of a list nested in the rows of another, as clauses for the outer list's `perRow`: they
 * bind `variable` to {rows, total} for the parent id held in `parentVariable`. The nested list's
 * parameters are renamed with `prefix` (see prefixParameters), so any number of lists, at any
 * depth, share one statement. A nested list has no prelude.
 */
export function nestedPageClauses(
  shape: ListShape,
  counted: boolean,
  parentVariable: string,
  variable: string,
  prefix: string,
): string {
  const page = pageClauses(shape, counted).replace(/\$(\w+)/g, `$$${prefix}$1`);
  return `
CALL (${parentVariable}) {
  WITH ${parentVariable} AS parentId, null AS shared${page}
  RETURN {rows: rows, total: total} AS ${variable}
}`;
}

/** A nested list's parameters under the names nestedPageClauses gave them. */
export function prefixParameters(prefix: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [`${prefix}${name}`, value]));
}

/** The window's parameters: where the page starts and how many rows it fetches. */
export function windowParameters(window: PageWindow): Record<string, unknown> {
  return { offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) };
}

export async function pagedByParent<T>(
  db: GraphDatabase,
  shape: ListShape,
  parentIds: readonly string[],
  window: PageWindow,
  params: Record<string, unknown> = {},
): Promise<Page<T>[]> {
  const cypher = listCypher(shape, window.counted);
  const result = await db.query(cypher, {
    ...params,
    ...windowParameters(window),
    parentIds: [...new Set(parentIds)],
  });
  const pages = new Map<string, Page<T>>();
  for (const record of result.records) {
    pages.set(record.get('parentId') as string, {
      rows: record.get('rows') as T[],
      total: record.get('total') as number | null,
    });
  }
  return parentIds.map((id) => pages.get(id) ?? { rows: [], total: window.counted ? 0 : null });
}

/** Runs a query returning (id, items) rows for many ids at once; missing ids get an empty list. */
export async function listsByIds<T>(db: GraphDatabase, cypher: string, ids: readonly string[]): Promise<T[][]> {
  const result = await db.query(cypher, { ids: [...new Set(ids)] });
  const lists = new Map<string, T[]>();
  for (const record of result.records) lists.set(record.get('id') as string, record.get('items') as T[]);
  return ids.map((id) => lists.get(id) ?? []);
}

/** Runs a query returning (id, row) for many ids at once, in the order asked; null where missing. */
export async function rowsByIds<T>(db: GraphDatabase, cypher: string, ids: readonly string[]): Promise<(T | null)[]> {
  const result = await db.query(cypher, { ids: [...new Set(ids)] });
  const rows = new Map<string, T>();
  for (const record of result.records) rows.set(record.get('id') as string, record.get('row') as T);
  return ids.map((id) => rows.get(id) ?? null);
}
