// The one schema builder. Types register themselves on it from their own modules in ./types.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, getNamedType, getNullableType, isLeafType, isListType } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connections.ts';
import type { Context } from './context.ts';
import { badUserInput, ERROR_CODES, forbidden, unauthenticated } from './errors.ts';
import { decodeOurGlobalID } from './keys.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Null when the request did not select totalCount, so the list was not counted. */
  Connection: { totalCount: number | null };
  AuthScopes: { reader: boolean; editor: boolean };
  Scalars: {
    Date: { Input: string; Output: string };
    LocalDateTime: { Input: string; Output: string };
  };
}>({
  // Scope auth first, so no other plugin's wrapper runs a resolver's work before the check.
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // The root types declare the scope they need (schema.ts); the viewer comes from src/server/auth.ts.
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({ reader: ctx.viewer.scopes.has('reader'), editor: ctx.viewer.scopes.has('editor') }),
    unauthorizedError: (_parent, ctx, info) => {
      const writing = info.operation.operation === 'mutation';
      if (ctx.viewer.keyName === null) {
        const need = writing ? 'writes need an API key' : 'reads need an API key on this server';
        return unauthenticated(ctx.viewer.reason ?? 'no API key was sent', need);
      }
      return forbidden(ctx.viewer.keyName, writing ? 'editor' : 'reader');
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeOurGlobalID,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesQueryOptions: {
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > MAX_PAGE_SIZE) {
          throw badUserInput(`nodes takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, { argument: 'ids' });
        }
        return resolveNodes(ids);
      },
    },
  },
  // GitHub's node limit: every object a request may return costs 1, and what is selected under a
  // connection counts once per item of its page. Scalars are free; a connection's own `edges`
  // list is already paid for by its page size; other lists (an actor's affiliations) count 5.
  complexity: {
    fieldComplexity: (args: { first?: number | null; last?: number | null }, _ctx, field) => {
      if ('first' in args || 'last' in args) {
        const pageSize = Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        return { field: 1, multiplier: Math.max(pageSize, 1) };
      }
      if (isLeafType(getNamedType(field.type))) return 0;
      if (field.name === 'edges') return { field: 0, multiplier: 1 };
      return isListType(getNullableType(field.type)) ? { field: 1, multiplier: 5 } : 1;
    },
    limit: (ctx) => ({ complexity: ctx.limits.maxCost, depth: ctx.limits.maxDepth + 1, breadth: ctx.limits.maxCost }),
    complexityError: (kind, r) => {
      const [limit, actual, max] =
        kind === ComplexityErrorKind.Depth
          ? ['depth', r.depth, r.maxDepth]
          : kind === ComplexityErrorKind.Breadth
            ? ['breadth', r.breadth, r.maxBreadth]
            : ['cost', r.complexity, r.maxComplexity];
      return new GraphQLError(`Query ${limit} is ${actual}, over the limit of ${max}`, {
        extensions: { code: ERROR_CODES.tooCostly, limit, actual, max },
      });
    },
  },
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues
          .map((issue) => {
            const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.');
            return path ? `${path}: ${issue.message}` : issue.message;
          })
          .join('; '),
      ),
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the connection holds across all its pages.',
    resolve: (parent) => {
      if (parent.totalCount === null) throw new Error('the list was fetched without its count');
      return parent.totalCount;
    },
  }),
);

/**
 * What a helper that adds a list field to several types needs of their field builders. Only these
 * members: checking a whole FieldBuilder against another exceeds TypeScript's instantiation depth
 * once scope auth adds its methods.
 */
export type ConnectionFieldBuilder<Parent> = Pick<
  PothosSchemaTypes.FieldBuilder<typeof builder.$inferSchemaTypes, Parent, 'Object' | 'Interface'>,
  'field' | 'arg'
>;
