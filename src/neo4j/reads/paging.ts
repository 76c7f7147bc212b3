// Runs a paged list for many parents in one round trip: every parent gets its own page (same
// window, same filters) and its own total. The list query for N parents is one Cypher statement,
// so a nested connection costs one query per level of the request, never one per parent.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';

export interface PageWindow {
  offset: number;
  /** Rows to fetch: the page size plus one, to tell whether a next page exists. */
  limit: number;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Where the list's rows come from; every piece is a constant of the calling module. */
export interface ListShape {
  /** Clauses run once before the per-parent part (e.g. a full-text lookup); may bind `shared`. */
  prelude?: string;
  /** A MATCH that binds the listed node for `parentId` (root lists ignore parentId). */
  match: string;
  /** Conditions ANDed into the WHERE of `match`. */
  where: string[];
  /** Variables that make a row distinct, e.g. "c" or "c, link". */
  distinct: string;
  /** ORDER BY expression over the distinct variables; must end with a unique key. */
  orderBy: string;
  /** Expression producing one row. */
  row: string;
}

/** Builds the Cypher text of a list; exported for tests that inspect plans. */
export function listCypher(shape: ListShape): string {
  const where = shape.where.length > 0 ? `WHERE ${shape.where.map((w) => `(${w})`).join(' AND ')}` : '';
  const imports = shape.prelude ? 'parentId, shared' : 'parentId';
  return `
${shape.prelude ?? 'WITH null AS shared'}
UNWIND $parentIds AS parentId
CALL (${imports}) {
  ${shape.match}
  ${where}
  WITH DISTINCT ${shape.distinct}
  RETURN count(*) AS total
}
CALL (${imports}) {
  ${shape.match}
  ${where}
  WITH DISTINCT ${shape.distinct}
  ORDER BY ${shape.orderBy}
  SKIP $offset LIMIT $limit
  RETURN collect(${shape.row}) AS rows
}
RETURN parentId, total, rows`;
}

export async function pagedByParent<T>(
  db: GraphDatabase,
  shape: ListShape,
  parentIds: readonly string[],
  window: PageWindow,
  params: Record<string, unknown> = {},
): Promise<Page<T>[]> {
  const cypher = listCypher(shape);
  const result = await db.read((tx) =>
    tx.run(cypher, { ...params, parentIds: [...new Set(parentIds)], offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) }),
  );
  const pages = new Map<string, Page<T>>();
  for (const record of result.records) {
    pages.set(record.get('parentId') as string, { rows: record.get('rows') as T[], total: record.get('total') as number });
  }
  return parentIds.map((id) => pages.get(id) ?? { rows: [], total: 0 });
}

/** Runs a query returning (id, items) rows for many ids at once; missing ids get an empty list. */
export async function listsByIds<T>(db: GraphDatabase, cypher: string, ids: readonly string[]): Promise<T[][]> {
  const result = await db.read((tx) => tx.run(cypher, { ids: [...new Set(ids)] }));
  const lists = new Map<string, T[]>();
  for (const record of result.records) lists.set(record.get('id') as string, record.get('items') as T[]);
  return ids.map((id) => lists.get(id) ?? []);
}

/** Runs a query returning (id, row) for many ids at once, in the order asked; null where missing. */
export async function rowsByIds<T>(db: GraphDatabase, cypher: string, ids: readonly string[]): Promise<(T | null)[]> {
  const result = await db.read((tx) => tx.run(cypher, { ids: [...new Set(ids)] }));
  const rows = new Map<string, T>();
  for (const record of result.records) rows.set(record.get('id') as string, record.get('row') as T);
  return ids.map((id) => rows.get(id) ?? null);
}
