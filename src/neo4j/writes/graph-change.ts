// What a write may have changed for earlier reads (the response cache invalidates by it). Read
// inside the write transaction twice, before the batch and after it, so that both the neighbours a
// record loses (a claim's former speaker, a place's former parent) and those it gains are named.
//
// A record's neighbours are the nodes whose own fields or lists may read differently once it
// changes: a claim's speaker, subjects, principal and channel (their claim lists), its places and
// events with every place or event above them (their lists include what lies inside), its evidence
// and the articles that evidence is in, and the claims it disputes or supports, with their own
// neighbours (their disputedBy lists, and filters on being disputed, change with the link). An
// actor's base and the actors it is affiliated with; an article's outlet and dateline; a place's or
// an event's parents; an event's places, with what lies above them, and its participants.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityKind, GraphBatch, GraphChange, RecordKind } from '../../model/graph.ts';

const NEIGHBOURHOOD = `
CALL () {
  UNWIND $claims AS key
  MATCH (given:Claim {id: key})
  CALL (given) {
    RETURN given AS c
    UNION
    MATCH (given)-[:DISPUTES|SUPPORTS]->(c:Claim) RETURN c
  }
  WITH DISTINCT c
  CALL (c) {
    RETURN 'claim' AS kind, c.id AS id
    UNION ALL
    MATCH (c)-[:STATED|ABOUT|ON_BEHALF_OF|VIA]-(a:Actor) RETURN 'actor' AS kind, a.id AS id
    UNION ALL
    MATCH (c)-[:CONCERNS]->(:Location)-[:LOCATED_IN*0..]->(l:Location) RETURN 'location' AS kind, l.id AS id
    UNION ALL
    MATCH (c)-[:CONCERNS]->(:Event)-[:PART_OF*0..]->(e:Event) RETURN 'event' AS kind, e.id AS id
    UNION ALL
    MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) RETURN 'evidence' AS kind, e.id AS id
    UNION ALL
    MATCH (c)-[:EVIDENCED_BY]->(:Evidence)-[:FOUND_IN]->(a:Article) RETURN 'article' AS kind, a.id AS id
  }
  RETURN kind, id, null AS parent
  UNION ALL
  UNWIND $actors AS key
  MATCH (a:Actor {id: key})
  CALL (a) {
    RETURN 'actor' AS kind, a.id AS id
    UNION ALL
    MATCH (a)-[:BASED_IN]->(l:Location) RETURN 'location' AS kind, l.id AS id
    UNION ALL
    MATCH (a)-[:AFFILIATED_WITH]->(o:Actor) RETURN 'actor' AS kind, o.id AS id
  }
  RETURN kind, id, null AS parent
  UNION ALL
  UNWIND $articles AS key
  MATCH (r:Article {id: key})
  CALL (r) {
    RETURN 'article' AS kind, r.id AS id
    UNION ALL
    MATCH (r)-[:PUBLISHED_BY]->(o:Actor) RETURN 'actor' AS kind, o.id AS id
    UNION ALL
    MATCH (r)-[:DATELINED]->(l:Location) RETURN 'location' AS kind, l.id AS id
  }
  RETURN kind, id, null AS parent
  UNION ALL
  UNWIND $locations AS key
  MATCH (l:Location {id: key})
  CALL (l) {
    RETURN 'location' AS kind, l.id AS id, COLLECT { MATCH (l)-[:LOCATED_IN]->(p) RETURN p.id } AS parent
    UNION ALL
    MATCH (l)-[:LOCATED_IN*1..]->(p:Location) RETURN 'location' AS kind, p.id AS id, null AS parent
  }
  RETURN kind, id, parent
  UNION ALL
  UNWIND $events AS key
  MATCH (e:Event {id: key})
  CALL (e) {
    RETURN 'event' AS kind, e.id AS id, COLLECT { MATCH (e)-[:PART_OF]->(p) RETURN p.id } AS parent
    UNION ALL
    MATCH (e)-[:PART_OF*1..]->(p:Event) RETURN 'event' AS kind, p.id AS id, null AS parent
    UNION ALL
    MATCH (e)-[:TOOK_PLACE_AT]->(:Location)-[:LOCATED_IN*0..]->(l:Location)
    RETURN 'location' AS kind, l.id AS id, null AS parent
    UNION ALL
    MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN 'actor' AS kind, a.id AS id, null AS parent
  }
  RETURN kind, id, parent
}
RETURN kind, id, parent`;

/** The written records' neighbours at one moment, and the parent of each written place and event. */
interface Neighbourhood {
  touched: Record<EntityKind, Set<string>>;
  /** By `kind:id`; a written place or event absent from the graph has no entry. */
  parents: Map<string, string | null>;
}

const ids = (records: { id: string }[]) => records.map((record) => record.id);

/** The claims a batch writes or links: a links-only batch names both ends of each link. */
const claimIds = (batch: GraphBatch) => [
  ...new Set([...ids(batch.claims), ...[...batch.disputes, ...batch.supports].flatMap((l) => [l.fromId, l.toId])]),
];

/** The written records' neighbours as the transaction sees them now. */
export async function readNeighbourhood(tx: ManagedTransaction, batch: GraphBatch): Promise<Neighbourhood> {
  const result = await tx.run(NEIGHBOURHOOD, {
    claims: claimIds(batch),
    actors: ids(batch.actors),
    articles: ids(batch.articles),
    locations: ids(batch.locations),
    events: ids(batch.events),
  });
  const touched: Record<EntityKind, Set<string>> = {
    claim: new Set(),
    actor: new Set(),
    article: new Set(),
    location: new Set(),
    event: new Set(),
    evidence: new Set(),
  };
  const parents = new Map<string, string | null>();
  for (const record of result.records) {
    const kind = record.get('kind') as EntityKind;
    const id = record.get('id') as string;
    touched[kind].add(id);
    // Only a written place's or event's own row has a list of parents (empty at the top).
    const parent = record.get('parent') as string[] | null;
    if (parent !== null) parents.set(`${kind}:${id}`, parent[0] ?? null);
  }
  return { touched, parents };
}

/** The kinds of records a batch stores; its claim links count as claims. */
function writtenKinds(batch: GraphBatch): RecordKind[] {
  const lists: Record<RecordKind, unknown[]> = {
    article: batch.articles,
    actor: batch.actors,
    location: batch.locations,
    event: batch.events,
    claim: [...batch.claims, ...batch.disputes, ...batch.supports],
  };
  return (Object.keys(lists) as RecordKind[]).filter((kind) => lists[kind].length > 0);
}

/** What the batch changed, from its records' neighbourhoods before and after it was written. */
export function graphChange(batch: GraphBatch, before: Neighbourhood, after: Neighbourhood): GraphChange {
  const touched = Object.fromEntries(
    (Object.keys(before.touched) as EntityKind[]).map((kind) => [
      kind,
      [...new Set([...before.touched[kind], ...after.touched[kind]])],
    ]),
  ) as Record<EntityKind, string[]>;
  const containmentChanged = [...before.parents].some(([node, parent]) => after.parents.get(node) !== parent);
  return { touched, written: writtenKinds(batch), containmentChanged };
}
