// Aggregates over actors: who made claims about whom, and the shortest chain linking two actors.
import type { ClaimKind } from '../../model/vocabulary.ts';
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';

export interface NetworkLinkRow {
  speakerId: string;
  subjectId: string;
  claimCount: number;
  kinds: ClaimKind[];
}

const WHOLE_NETWORK = `
MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
WHERE speaker <> subject
WITH speaker, subject, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
RETURN speaker.id AS speakerId, subject.id AS subjectId, claimCount, kinds
ORDER BY claimCount DESC, speakerId, subjectId
LIMIT $limit`;

// Anchored at the actor in both directions, so it reads that actor's neighbourhood, not the graph.
const ACTOR_NETWORK = `
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH (a)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor) WHERE subject <> a
  RETURN a.id AS speakerId, subject.id AS subjectId, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
  UNION ALL
  MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(a) WHERE speaker <> a
  RETURN speaker.id AS speakerId, a.id AS subjectId, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
}
RETURN speakerId, subjectId, claimCount, kinds
ORDER BY claimCount DESC, speakerId, subjectId
LIMIT $limit`;

/** Speaker → subject links with claim counts, for the whole graph or one actor's neighbourhood. */
export async function actorNetwork(
  db: GraphDatabase,
  actorId: string | null,
  limit: number,
): Promise<NetworkLinkRow[]> {
  const result = await db.query(actorId ? ACTOR_NETWORK : WHOLE_NETWORK, { actorId, limit: neo4j.int(limit) });
  return result.records.map((r) => r.toObject() as NetworkLinkRow);
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
