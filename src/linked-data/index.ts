// Each entity page's entity as a JSON-LD document (schema.org, with provenance in PROV-O terms).
// The data comes from one GraphQL document per entity, executed against the API's own schema with
// a request's context: the same resolvers, loaders and access rules as /graphql, and no other
// data access to keep in step.
import { type DocumentNode, execute, type GraphQLError, parse } from 'graphql';
import type { Context } from '../graphql/context.ts';
import { ERROR_CODES } from '../graphql/errors.ts';
import { schema } from '../graphql/schema.ts';
import { isDatabaseUnavailable } from '../neo4j/driver.ts';
import { ACTOR_DOCUMENT, type ActorData, actorNode } from './actor.ts';
import { ARTICLE_DOCUMENT, type ArticleData, articleNode } from './article.ts';
import { CLAIM_DOCUMENT, type ClaimData, claimNode } from './claim.ts';
import type { JsonLdNode, PageKind } from './nodes.ts';
import { jsonLdContext } from './vocabulary.ts';

export type { PageKind } from './nodes.ts';
export { vocabularyDocument } from './vocabulary.ts';

interface Entity<Data> {
  document: DocumentNode;
  /** The root field of the document. */
  field: string;
  node: (origin: string, data: Data) => JsonLdNode;
}

const entity = <Data>(source: string, field: string, node: Entity<Data>['node']): Entity<Data> => ({
  document: parse(source),
  field,
  node,
});

const ENTITIES: Record<PageKind, Entity<never>> = {
  claims: entity<ClaimData>(CLAIM_DOCUMENT, 'claim', claimNode),
  actors: entity<ActorData>(ACTOR_DOCUMENT, 'actor', actorNode),
  articles: entity<ArticleData>(ARTICLE_DOCUMENT, 'article', articleNode),
};

/** Why a document could not be made: the API's error code (UNAVAILABLE, UNAUTHENTICATED…). */
export class LinkedDataError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The JSON-LD document of the entity a page shows, its @ids addresses on `origin`; null when the
 * key names none. Throws LinkedDataError when the API answers with an error.
 */
export async function linkedDataDocument(
  kind: PageKind,
  key: string,
  { context, origin }: { context: Context; origin: string },
): Promise<JsonLdNode | null> {
  const { document, field, node } = ENTITIES[kind];
  const result = await execute({ schema, document, contextValue: context, variableValues: { key } });
  if (result.errors?.length) {
    // A key that is neither a key nor a global ID names nothing, as far as a page address goes.
    if (result.errors.every((error) => error.extensions.code === ERROR_CODES.badUserInput)) return null;
    throw failure(result.errors);
  }
  const data = result.data?.[field];
  if (!data) return null;
  return { '@context': jsonLdContext(origin), ...node(origin, data as never) };
}

function failure(errors: readonly GraphQLError[]): LinkedDataError {
  const [first] = errors;
  if (errors.some((error) => isDatabaseUnavailable(error.originalError))) {
    return new LinkedDataError(ERROR_CODES.unavailable, 'The graph database is unavailable; try again shortly.', {
      cause: first,
    });
  }
  const code = first?.extensions.code;
  // Errors the schema throws on purpose say what is wrong; anything else stays inside.
  if (typeof code === 'string') return new LinkedDataError(code, first!.message, { cause: first });
  return new LinkedDataError('INTERNAL_SERVER_ERROR', 'Unexpected error.', { cause: first });
}
