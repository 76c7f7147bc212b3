// What a mutation must know of the stored graph before it writes: which referenced ids exist (with
// the kind of each actor, for outlets and channels, and the origin of each claim), the bodies its
// evidence is located in, the stored containment its own may close a cycle with, and the evidence
// anchored in articles whose body it replaces. One statement answers all of it, inside the mutation's write transaction, so
// the check and the write see the same graph.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EvidenceRecord } from '../../model/graph.ts';
import type { ActorKind, ClaimOrigin } from '../../model/vocabulary.ts';

export interface StoredLookup {
  actors: string[];
  locations: string[];
  events: string[];
  claims: string[];
  /** Articles evidence points into: their bodies are read. */
  articles: string[];
  /** Articles whose body the request replaces: the evidence anchored in them is read. */
  rewrittenArticles: string[];
}

export type StoredEvidence = Pick<EvidenceRecord, 'id' | 'claimId' | 'articleId' | 'text' | 'start' | 'end'>;

export interface StoredFacts {
  actorKinds: Map<string, ActorKind>;
  locations: Set<string>;
  events: Set<string>;
  /** Null for a claim stored before origins were recorded. */
  claims: Map<string, ClaimOrigin | null>;
  articleBodies: Map<string, string>;
  /** Every stored location and event reachable upwards from the looked-up ones, with its parent. */
  parents: { location: Map<string, string>; event: Map<string, string> };
  evidenceInRewrittenArticles: StoredEvidence[];
}

/**
 * The looked-up nodes and everything above them, each with its parent. Label and type come from
 * the two calls below, never from input.
 */
const containment = (list: string, label: string, type: string) => `
CALL () {
  UNWIND $lookup.${list} AS id
  MATCH (:${label} {id: id})-[:${type}*0..]->(node:${label})
  OPTIONAL MATCH (node)-[:${type}]->(parent:${label})
  RETURN collect(DISTINCT [node.id, parent.id]) AS ${list}
}`;

const STORED_FACTS = `
CALL () {
  UNWIND $lookup.actors AS id
  MATCH (a:Actor {id: id})
  RETURN collect([a.id, a.kind]) AS actors
}
CALL () {
  UNWIND $lookup.claims AS id
  MATCH (c:Claim {id: id})
  RETURN collect([c.id, c.origin]) AS claims
}
CALL () {
  UNWIND $lookup.articles AS id
  MATCH (a:Article {id: id})
  RETURN collect([a.id, a.body]) AS articles
}
${containment('locations', 'Location', 'LOCATED_IN')}
${containment('events', 'Event', 'PART_OF')}
CALL () {
  UNWIND $lookup.rewrittenArticles AS id
  MATCH (c:Claim)-[:EVIDENCED_BY]->(e:Evidence)-[:FOUND_IN]->(:Article {id: id})
  RETURN collect(e {.id, .text, .start, .end, claimId: c.id, articleId: id}) AS evidence
}
RETURN actors, claims, articles, locations, events, evidence`;

type Pair<T = string> = [string, T | null];

function parentsOf(pairs: Pair[]): { ids: Set<string>; parents: Map<string, string> } {
  const parents = new Map<string, string>();
  for (const [id, parent] of pairs) if (parent !== null) parents.set(id, parent);
  return { ids: new Set(pairs.map(([id]) => id)), parents };
}

export async function readStoredFacts(tx: ManagedTransaction, lookup: StoredLookup): Promise<StoredFacts> {
  const result = await tx.run(STORED_FACTS, { lookup });
  const row = result.records[0]!;
  const locations = parentsOf(row.get('locations') as Pair[]);
  const events = parentsOf(row.get('events') as Pair[]);
  return {
    actorKinds: new Map(row.get('actors') as [string, ActorKind][]),
    locations: locations.ids,
    events: events.ids,
    claims: new Map(row.get('claims') as Pair<ClaimOrigin>[]),
    articleBodies: new Map(row.get('articles') as [string, string][]),
    parents: { location: locations.parents, event: events.parents },
    evidenceInRewrittenArticles: row.get('evidence') as StoredEvidence[],
  };
}
