// Aggregates over actors: who made claims about whom, and the shortest chain linking two actors.

import neo4j from 'neo4j-driver';
import type { ClaimKind } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';

export interface NetworkLinkRow {
  speakerId: string;
  subjectId: string;
  claimCount: number;
  /** Most frequent first; null when the request did not select the kinds, so they were not collected. */
  kinds: ClaimKind[] | null;
}

// Pairs are grouped by their nodes, and their ids read after grouping: once per pair, not once per
// claim. Collecting the kinds reads a property of every claim, a third of the statement's time
// around a much-quoted actor, so it is done only when the request selects them (and without them the
// statement has no kinds column at all: even a constant one made it slower). The kinds are counted
// before they are collected, so that they come most frequent first: a link's first kind is its main one.
interface Aggregation {
  /** The WITH clauses that group the claims by `keys` into a claimCount (and kinds). */
  grouping: (keys: string) => string;
  column: string;
}
const WITH_KINDS: Aggregation = {
  grouping: (keys) => `WITH ${keys}, c.kind AS kind, count(DISTINCT c) AS kindCount
  ORDER BY kindCount DESC, kind
  WITH ${keys}, sum(kindCount) AS claimCount, collect(kind) AS kinds`,
  column: ', kinds',
};
const WITHOUT_KINDS: Aggregation = {
  grouping: (keys) => `WITH ${keys}, count(DISTINCT c) AS claimCount`,
  column: '',
};

const wholeNetwork = ({ grouping, column }: Aggregation) => `
MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
WHERE speaker <> subject
${grouping('speaker, subject')}
RETURN speaker.id AS speakerId, subject.id AS subjectId, claimCount${column}
ORDER BY claimCount DESC, speakerId, subjectId
LIMIT $limit`;

// Anchored at the actor in both directions, so it reads that actor's neighbourhood, not the graph.
const networkOfActor = ({ grouping, column }: Aggregation) => `
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH (a)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor) WHERE subject <> a
  ${grouping('subject')}
  RETURN a.id AS speakerId, subject.id AS subjectId, claimCount${column}
  UNION ALL
  MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(a) WHERE speaker <> a
  ${grouping('speaker')}
  RETURN speaker.id AS speakerId, a.id AS subjectId, claimCount${column}
}
RETURN speakerId, subjectId, claimCount${column}
ORDER BY claimCount DESC, speakerId, subjectId
LIMIT $limit`;

const NETWORK = {
  whole: { withKinds: wholeNetwork(WITH_KINDS), withoutKinds: wholeNetwork(WITHOUT_KINDS) },
  ofActor: { withKinds: networkOfActor(WITH_KINDS), withoutKinds: networkOfActor(WITHOUT_KINDS) },
};

/** Speaker → subject links with claim counts, for the whole graph or one actor's neighbourhood. */
export async function actorNetwork(
  db: GraphDatabase,
  actorId: string | null,
  limit: number,
  options: { kinds: boolean },
): Promise<NetworkLinkRow[]> {
  const statements = actorId ? NETWORK.ofActor : NETWORK.whole;
  const result = await db.query(options.kinds ? statements.withKinds : statements.withoutKinds, {
    actorId,
    limit: neo4j.int(limit),
  });
  return result.records.map((r) => ({
    speakerId: r.get('speakerId'),
    subjectId: r.get('subjectId'),
    claimCount: r.get('claimCount'),
    kinds: options.kinds ? r.get('kinds') : null,
  }));
}

export interface PathRow {
  nodes: { label: 'Actor' | 'Claim'; id: string }[];
  links: { type: string; fromId: string; toId: string }[];
}

/** The longest chain searched; Cypher does not take a variable-length bound as a parameter. */
export const MAX_PATH_HOPS = 12;

/** How many equally short chains are weighed before one is chosen: bounds the work between hubs. */
export const TIED_CHAINS_WEIGHED = 1000;

// Several chains are often equally short, and shortestPath alone returns whichever the traversal
// meets first, which changes with the store's layout: the same question would get another answer
// after a reseed. Of the tied chains, the one through the most claims is told (a claim disputing a
// claim says more than a shared affiliation), then the first by its nodes' keys.
const SHORTEST_PATH = `
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH path = allShortestPaths((from)-[:STATED|ABOUT|DISPUTES|SUPPORTS|ON_BEHALF_OF|VIA|AFFILIATED_WITH*..${MAX_PATH_HOPS}]-(to))
WHERE length(path) <= $maxHops
WITH path LIMIT ${TIED_CHAINS_WEIGHED}
WITH path, size([n IN nodes(path) WHERE n:Claim]) AS claims, [n IN nodes(path) | n.id] AS keys
ORDER BY claims DESC, keys
LIMIT 1
RETURN [n IN nodes(path) | {label: CASE WHEN n:Claim THEN 'Claim' ELSE 'Actor' END, id: n.id}] AS nodes,
       [r IN relationships(path) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS links`;

/** The shortest chain of claims and actors between two actors, or null when none is short enough. */
export async function shortestActorPath(
  db: GraphDatabase,
  fromId: string,
  toId: string,
  maxHops: number,
): Promise<PathRow | null> {
  if (fromId === toId) return { nodes: [{ label: 'Actor', id: fromId }], links: [] };
  const result = await db.query(SHORTEST_PATH, { fromId, toId, maxHops: neo4j.int(maxHops) });
  const record = result.records[0];
  return record ? { nodes: record.get('nodes'), links: record.get('links') } : null;
}
