// Aggregates over actors: who made claims about whom, and the shortest chain linking two actors.

import neo4j from 'neo4j-driver';
import type { ClaimKind } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';

export interface NetworkLinkRow {
  speakerId: string;
  subjectId: string;
  claimCount: number;
  /** Null when the request did not select the kinds, so they were not collected. */
  kinds: ClaimKind[] | null;
}

// Pairs are grouped by their nodes, and their ids read after grouping: once per pair, not once per
// claim. Collecting the kinds reads a property of every claim, a third of the statement's time
// around a much-quoted actor, so it is done only when the request selects them (and without them the
// statement has no kinds column at all: even a constant one made it slower).
interface KindsColumn {
  aggregate: string;
  column: string;
}
const WITH_KINDS: KindsColumn = { aggregate: ', collect(DISTINCT c.kind) AS kinds', column: ', kinds' };
const WITHOUT_KINDS: KindsColumn = { aggregate: '', column: '' };

const wholeNetwork = ({ aggregate, column }: KindsColumn) => `
MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
WHERE speaker <> subject
WITH speaker, subject, count(DISTINCT c) AS claimCount${aggregate}
RETURN speaker.id AS speakerId, subject.id AS subjectId, claimCount${column}
ORDER BY claimCount DESC, speakerId, subjectId
LIMIT $limit`;

// Anchored at the actor in both directions, so it reads that actor's neighbourhood, not the graph.
const networkOfActor = ({ aggregate, column }: KindsColumn) => `
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH (a)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor) WHERE subject <> a
  WITH subject, count(DISTINCT c) AS claimCount${aggregate}
  RETURN a.id AS speakerId, subject.id AS subjectId, claimCount${column}
  UNION ALL
  MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(a) WHERE speaker <> a
  WITH speaker, count(DISTINCT c) AS claimCount${aggregate}
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

const SHORTEST_PATH = `
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH path = shortestPath((from)-[:STATED|ABOUT|DISPUTES|SUPPORTS|ON_BEHALF_OF|VIA|AFFILIATED_WITH*..${MAX_PATH_HOPS}]-(to))
WHERE length(path) <= $maxHops
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
