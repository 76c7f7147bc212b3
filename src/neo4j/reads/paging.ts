// Runs a paged list for many parents in one round trip: every parent gets its own page (same
// window, same filters) and its own total. The list query for N parents is one Cypher statement,
// so a nested connection costs one query per level of the request, never one per parent.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';

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
  /** Expression producing one row. */
  row: string;
  /** Clauses run for each row of the page before it is collected, e.g. lists nested under it. */
  perRow?: string;
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
  return `${count}
CALL (${imports}) {
  ${rows}
  ORDER BY ${shape.orderBy}
  SKIP $offset LIMIT $limit
  ${shape.perRow ?? ''}
  RETURN collect(${shape.row}) AS rows
}`;
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
    pages.set(record.get('parentId') as string, { rows: record.get('rows') as T[], total: record.get('total') as number | null });
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
