// Per-request context: the database handle and the request's own loaders, so that every entity is
// fetched at most once per request and every batch of ids costs one query.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';

type Path = GraphQLResolveInfo['path'];
import type { GraphDatabase } from '../neo4j/driver.ts';
import {
  actorsByIds,
  articlesByIds,
  claimsByIds,
  eventsByIds,
  evidenceByIds,
  locationsByIds,
} from '../neo4j/reads/entities.ts';

export function createLoaders(db: GraphDatabase) {
  const loader = <T>(load: (db: GraphDatabase, ids: readonly string[]) => Promise<(T | null)[]>) =>
    new DataLoader<string, T | null>((ids) => load(db, ids));
  return {
    article: loader(articlesByIds),
    actor: loader(actorsByIds),
    location: loader(locationsByIds),
    event: loader(eventsByIds),
    claim: loader(claimsByIds),
    evidence: loader(evidenceByIds),
  };
}

/** The limits execution enforces; the HTTP layer adds its own (see src/server/limits.ts). */
export interface QueryLimits {
  /** Each field costs 1; what is selected under a connection counts once per item of its page. */
  maxCost: number;
  maxDepth: number;
}

export interface Context {
  db: GraphDatabase;
  limits: QueryLimits;
  loaders: ReturnType<typeof createLoaders>;
  pathLoaders: Map<string, DataLoader<string, unknown>>;
}

export function createContext(db: GraphDatabase, limits: QueryLimits): Context {
  return { db, limits, loaders: createLoaders(db), pathLoaders: new Map() };
}

/**
 * A loader shared by every occurrence of one field at one place in the request ("actors.edges.
 * node.claimsMade"), so a nested list costs one query per level whatever the number of parents.
 * The field's arguments are the same at every occurrence of a path, so they travel with the loader.
 */
export function loaderForPath<T>(
  ctx: Context,
  path: Path,
  batch: (parentIds: readonly string[]) => Promise<T[]>,
): DataLoader<string, T> {
  const key = pathKey(path);
  let loader = ctx.pathLoaders.get(key) as DataLoader<string, T> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T>(batch);
    ctx.pathLoaders.set(key, loader);
  }
  return loader;
}

function pathKey(path: Path): string {
  const keys: string[] = [];
  for (let at: Path | undefined = path; at; at = at.prev) if (typeof at.key === 'string') keys.push(at.key);
  return keys.reverse().join('.');
}
