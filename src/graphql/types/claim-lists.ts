// Claim lists: the paginated, filterable claim connections that claims, actors, articles, places and
// events hang off, each batched across its parents at one path of the request or folded into the
// statement of the list or lookup it hangs from.
import type { GraphQLResolveInfo } from 'graphql';
import { type ClaimOrder, type ClaimScope, claimPages } from '../../neo4j/reads/claims.ts';
import type { ClaimEdgeRow, WithNestedPages } from '../../neo4j/reads/rows.ts';
import type { ConnectionFieldBuilder } from '../builder.ts';
import { type ConnectionArgs, pageWindow, toConnection } from '../connections.ts';
import { type Context, loaderForPath, pathKey } from '../context.ts';
import { underConnection } from '../nested-lists.ts';
import { type ClaimFilterArg, ClaimFilterInput, readFilter } from './claim-filter.ts';
import { type AboutRoleEnum, ClaimOrderEnum } from './enums.ts';
import { ClaimConnection } from './refs.ts';

export interface ClaimListArgs extends ConnectionArgs {
  filter?: ClaimFilterArg | null;
  orderBy?: ClaimOrder | null;
  role?: typeof AboutRoleEnum.$inferType | null;
}

const claimEdge = (row: ClaimEdgeRow) => ({ node: row.claim, role: row.role, rationale: row.rationale });

/**
 * Fetches one page of a claim list for each parent id, in one query, with the lists the request
 * nests under the listed claims.
 */
export async function loadClaimConnections(
  ctx: Context,
  info: GraphQLResolveInfo,
  scope: ClaimScope,
  parentIds: readonly string[],
  args: ClaimListArgs,
) {
  const window = pageWindow(args, info);
  const pages = await claimPages(ctx.db, parentIds, {
    scope,
    filter: readFilter(args.filter),
    order: args.orderBy ?? 'STATED_ON_ASC',
    window,
    aboutRole: args.role ?? null,
    ...underConnection(info, pathKey(info.path)),
  });
  return pages.map((page) => toConnection(page, window, claimEdge));
}

/**
 * A claim list under one parent: the page fetched with the parent when the parent's statement
 * folded it in, otherwise one page of a query shared by every parent at this path.
 */
export function claimConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  scope: ClaimScope,
  parent: { id: string } & WithNestedPages,
  args: ClaimListArgs,
) {
  const folded = parent.nestedPages?.get(pathKey(info.path));
  if (folded) return toConnection(folded, pageWindow(args, info), claimEdge);
  return loaderForPath(ctx, info.path, (ids) => loadClaimConnections(ctx, info, scope, ids, args)).load(parent.id);
}

/** A paginated, filterable list of claims hanging off an entity, batched across parents. */
export function claimConnectionField<Parent extends { id: string }>(
  t: ConnectionFieldBuilder<Parent>,
  scope: ClaimScope,
  description: string,
) {
  return t.field({
    type: ClaimConnection,
    description,
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ClaimFilterInput }),
      orderBy: t.arg({ type: ClaimOrderEnum, defaultValue: 'STATED_ON_ASC' }),
    },
    resolve: (parent, args, ctx, info) => claimConnection(ctx, info, scope, parent, args),
  });
}
