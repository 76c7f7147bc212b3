// Per-request context: the database handle and the request's own loaders, so that every entity is
// fetched at most once per request and every batch of ids costs one query; who is asking; the
// channel that claim events travel on; and whom to tell what a committed write changed.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { PubSub } from 'graphql-yoga';

type Path = GraphQLResolveInfo['path'];

import type { CandidateFinder } from '../extract/attribution/extract.ts';
import type { GraphChange, UNKNOWN_CHANGE } from '../model/graph.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import {
  actorsByIds,
  articlesByIds,
  claimsByIds,
  eventsByIds,
  evidenceByIds,
  locationsByIds,
} from '../neo4j/reads/entities.ts';
import type { ClaimRow, ClaimRowParts } from '../neo4j/reads/rows.ts';

export function createLoaders(db: GraphDatabase) {
  const loader = <T>(load: (db: GraphDatabase, ids: readonly string[]) => Promise<(T | null)[]>) =>
    new DataLoader<string, T | null>((ids) => load(db, ids));
  const claim = loader((db, ids) => claimsByIds(db, ids));
  const claimsWithParts = new Map<string, DataLoader<string, ClaimRow | null>>();
  return {
    article: loader(articlesByIds),
    actor: loader(actorsByIds),
    location: loader(locationsByIds),
    event: loader(eventsByIds),
    /** Whole claim rows, which every field of a claim can be resolved from. */
    claim,
    /** Claim rows with only the parts one place of the request selects. */
    claimWith(parts: ClaimRowParts): DataLoader<string, ClaimRow | null> {
      if (Object.values(parts).every(Boolean)) return claim;
      const key = JSON.stringify(parts);
      let partial = claimsWithParts.get(key);
      if (!partial) {
        partial = loader((db, ids) => claimsByIds(db, ids, parts));
        claimsWithParts.set(key, partial);
      }
      return partial;
    },
    evidence: loader(evidenceByIds),
  };
}

/** The limits execution enforces; the HTTP layer adds its own (see src/server/limits.ts). */
export interface QueryLimits {
  /** Each field costs 1; what is selected under a connection counts once per item of its page. */
  maxCost: number;
  maxDepth: number;
}

/** reader: may query and subscribe; editor: may run mutations. */
export type Scope = 'reader' | 'editor';

export interface Viewer {
  /** The name of the API key the request sent; null when it sent no valid key. */
  keyName: string | null;
  scopes: ReadonlySet<Scope>;
  /** Why the request has no key, for the error that asks for one. */
  reason: string | null;
}

/** A claim stored by a committed mutation, with what subscribers filter on. */
export interface ClaimAddedEvent {
  claimId: string;
  /** False when the claim existed and was updated. */
  created: boolean;
  speakerId: string;
  aboutIds: string[];
}

/** In-process by default; a shared event target (Redis) carries events across processes. */
export type ClaimEvents = PubSub<{ claimAdded: [ClaimAddedEvent] }>;

/**
 * Told what each committed write changed (or that a failed write may have changed anything) before
 * the mutation answers, so that what keeps copies of earlier reads (the response cache) drops them.
 */
export type GraphChangeListener = (change: GraphChange | typeof UNKNOWN_CHANGE) => Promise<void>;

export interface Context {
  db: GraphDatabase;
  limits: QueryLimits;
  viewer: Viewer;
  events: ClaimEvents;
  graphChanged: GraphChangeListener;
  loaders: ReturnType<typeof createLoaders>;
  pathLoaders: Map<string, DataLoader<string, unknown>>;
  /** What finds the attributions of a page `readArticle` reads; the rules when unset. */
  attributionFinder?: CandidateFinder;
}

export function createContext(
  db: GraphDatabase,
  limits: QueryLimits,
  request: {
    viewer: Viewer;
    events: ClaimEvents;
    graphChanged: GraphChangeListener;
    attributionFinder?: CandidateFinder;
  },
): Context {
  return { db, limits, ...request, loaders: createLoaders(db), pathLoaders: new Map() };
}

/**
 * A subscription's context lives as long as its stream: each event starts with empty loaders, so
 * it shows the graph as the mutation that published it left it, not as the first event found it.
 */
export function forgetLoadedRows(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db);
  ctx.pathLoaders.clear();
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

/** A field's place in the request without list indices: "actors.edges.node.claimsMade". */
export function pathKey(path: Path): string {
  const keys: string[] = [];
  for (let at: Path | undefined = path; at; at = at.prev) if (typeof at.key === 'string') keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * A part of a row that reads may leave out when the request does not select it (see ClaimRowParts):
 * from the row when it has it, else from the entity's whole row, which `loadWhole` reads through the
 * request's loader. A part the row has is returned as it is: a promise for each field of each row
 * would cost every list a microtask per field.
 */
export function rowPart<Row extends object, K extends keyof Row>(
  row: Row,
  part: K,
  loadWhole: () => Promise<Row | null>,
): Exclude<Row[K], undefined> | Promise<Exclude<Row[K], undefined>> {
  if (row[part] !== undefined) return row[part] as Exclude<Row[K], undefined>;
  return loadWhole().then((whole) => {
    if (!whole || whole[part] === undefined) throw new Error(`the ${String(part)} of a row could not be read`);
    return whole[part] as Exclude<Row[K], undefined>;
  });
}
