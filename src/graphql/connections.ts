// Relay connections over offset windows: argument checks, the window a page needs, and the
// connection object built from a fetched page.
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Page, PageWindow } from '../neo4j/reads/paging.ts';
import { type Context, loaderForPath } from './context.ts';
import { badUserInput } from './errors.ts';
import { type Selection, selectsField } from './selection.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

interface Window extends PageWindow {
  expectedSize: number;
  hasPreviousPage: boolean;
}

/**
 * The offset window for connection arguments; a page larger than the maximum is an error. The
 * whole list is counted only when the request selects `totalCount`.
 */
export function pageWindow(args: ConnectionArgs, info: Selection): Window {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw badUserInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, { argument: name });
    }
  }
  try {
    const { offset, limit, expectedSize, hasPreviousPage } = offsetForArgs({
      args: args as never,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
    });
    return { offset, limit, expectedSize, hasPreviousPage, counted: selectsField(info, ['totalCount']) };
  } catch (error) {
    throw badUserInput(`Invalid pagination arguments: ${(error as Error).message}`);
  }
}

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/** Builds the connection for one fetched page; `edge` turns a row into the edge's own fields. */
export function toConnection<R, E>(page: Page<R>, window: Window, edge: (row: R) => E): Connection<E> {
  const rows = page.rows.slice(0, window.expectedSize);
  const edges = rows.map((row, index) => ({ ...edge(row), cursor: offsetToCursor(window.offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.rows.length > window.expectedSize,
      hasPreviousPage: window.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}

export const asNode = <R>(row: R) => ({ node: row });

/** A root list: one page. */
export async function rootConnection<R>(
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
  fetch: (window: PageWindow) => Promise<Page<R>>,
) {
  const window = pageWindow(args, info);
  return toConnection(await fetch(window), window, asNode);
}

/** A list under each of many parents: the pages of all parents at one path come from one query. */
export function nestedConnection<R>(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: ConnectionArgs,
  parentId: string,
  fetch: (parentIds: readonly string[], window: PageWindow) => Promise<Page<R>[]>,
) {
  return loaderForPath(ctx, info.path, async (parentIds) => {
    const window = pageWindow(args, info);
    const pages = await fetch(parentIds, window);
    return pages.map((page) => toConnection(page, window, asNode));
  }).load(parentId);
}
