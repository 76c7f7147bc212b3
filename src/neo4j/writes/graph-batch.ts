// The one write path of the claim graph: the seed, the generator and the mutations all store their
// records through writeGraphBatch. Each record type is one UNWIND statement, so a batch costs a
// fixed number of round trips whatever its size, and the whole batch is one transaction.
//
// Writes are idempotent upserts on stable ids. A record that is written again replaces what it
// says about itself (its properties and outgoing relationships), so re-running a seed after an
// annotation changed leaves no stale speaker, subject or dispute behind.
//
// A batch is curated or extracted (its provenance), and an extracted batch never changes a curated
// claim: the statements that rewrite a claim, prune its evidence or link it pass over such claims,
// while the evidence statement still adds the extracted article's evidence to them.
//
// Each upsert of a node answers the ids of the nodes it created, decided by its MERGE (see isNew):
// a check before the write cannot tell, as writers of the same new id all find it missing there.
import type { ManagedTransaction } from 'neo4j-driver';
import type { BatchProvenance, ClaimRecord, GraphBatch } from '../../model/graph.ts';
import { ACTOR_KIND_LABEL, type ClaimOrigin } from '../../model/vocabulary.ts';
import type { GraphDatabase } from '../driver.ts';

const ALL_ACTOR_KIND_LABELS = Object.values(ACTOR_KIND_LABEL).join(':');

/**
 * Whether the MERGE before it created `node`, given a property every write of the label sets.
 * Only the creating transaction sees the node without it: the unique constraint on the id makes
 * a concurrent MERGE of the same id wait for the creator's commit, and then find the node whole.
 * The read puts no Eager into the claims', articles' and actors' upserts, which hold their rows at
 * that point already (the few locations and events gain one); ON CREATE SET of a marker, read and
 * removed again, would cost the bulk load two writes per node and the claims' upsert an Eager more.
 */
const isNew = (node: string, property: string) => `${node}.${property} IS NULL AS created`;

/** The last lines of a node upsert: the ids of the nodes it created. */
const createdIds = (node: string) => `
WITH ${node}, created WHERE created
RETURN ${node}.id AS id`;

const UPSERT_LOCATIONS = `
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
WITH l, row, ${isNew('l', 'name')}
SET l.name = row.name, l.kind = row.kind,
    l.coordinates = point({latitude: row.latitude, longitude: row.longitude})${createdIds('l')}`;

const LINK_LOCATIONS = `
UNWIND $rows AS row
MATCH (l:Location {id: row.id})
CALL (l) { MATCH (l)-[old:LOCATED_IN]->() DELETE old }
CALL (l, row) {
  MATCH (parent:Location {id: row.withinId})
  MERGE (l)-[:LOCATED_IN]->(parent)
}`;

const UPSERT_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, ${isNew('a', 'kind')}
SET a.kind = row.kind, a.name = row.name, a.aliases = row.aliases, a.description = row.description
REMOVE a:${ALL_ACTOR_KIND_LABELS}
SET a:$(row.label)${createdIds('a')}`;

const LINK_ACTORS = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
CALL (a) { MATCH (a)-[old:AFFILIATED_WITH|BASED_IN]->() DELETE old }
CALL (a, row) {
  MATCH (place:Location {id: row.basedInId})
  MERGE (a)-[:BASED_IN]->(place)
}
CALL (a, row) {
  UNWIND row.affiliations AS affiliation
  MATCH (other:Actor {id: affiliation.actorId})
  MERGE (a)-[:AFFILIATED_WITH {role: affiliation.role}]->(other)
}`;

const UPSERT_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, ${isNew('a', 'title')}
SET a.title = row.title, a.publishedAt = localdatetime(row.publishedAt), a.datelineText = row.datelineText,
    a.body = row.body, a.sourceFile = row.sourceFile,
    // A copy read from another address (a republication) adds a source to the same article.
    a.sources = CASE WHEN row.sourceFile IN coalesce(a.sources, []) THEN a.sources
      ELSE coalesce(a.sources, []) + row.sourceFile END
WITH a, row, created
CALL (a) { MATCH (a)-[old:PUBLISHED_BY|DATELINED]->() DELETE old }
CALL (a, row) {
  MATCH (outlet:Actor {id: row.outletId})
  MERGE (a)-[:PUBLISHED_BY]->(outlet)
}
CALL (a, row) {
  MATCH (place:Location {id: row.datelineLocationId})
  MERGE (a)-[:DATELINED]->(place)
}${createdIds('a')}`;

const UPSERT_EVENTS = `
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
WITH e, row, ${isNew('e', 'name')}
SET e.name = row.name, e.description = row.description,
    e.start = date(row.start.date), e.startPrecision = row.start.precision,
    e.end = date(row.end.date), e.endPrecision = row.end.precision${createdIds('e')}`;

const LINK_EVENTS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
CALL (e) { MATCH (e)-[old:TOOK_PLACE_AT|PART_OF]->() DELETE old }
CALL (e) { MATCH ()-[old:PARTICIPATED_IN]->(e) DELETE old }
CALL (e, row) {
  MATCH (parent:Event {id: row.partOfId})
  MERGE (e)-[:PART_OF]->(parent)
}
CALL (e, row) {
  UNWIND row.places AS place
  MATCH (l:Location {id: place.locationId})
  MERGE (e)-[:TOOK_PLACE_AT {role: place.role}]->(l)
}
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (a:Actor {id: participant.actorId})
  MERGE (a)-[:PARTICIPATED_IN {role: participant.role}]->(e)
}`;

/**
 * The claims a batch may change: a curated batch any claim, an extracted batch only extracted ones,
 * as every claim it creates is. A claim stored before origins were recorded has none, and counts as
 * curated. A curated batch's statements leave the condition out: reading the origin that the
 * claims' upsert writes makes Neo4j hold all of a batch's rows at two more points (Eager), and the
 * claim batches of a 40,000-claim load took a sixth to a half longer with it.
 */
const onlyExtracted = (origin: ClaimOrigin, claim: string) =>
  origin === 'EXTRACTED' ? `\nWHERE ${claim}.origin = 'EXTRACTED'` : '';

/** The same rule for the checks before a write, given the claim's stored origin (undefined: new). */
export const batchMayChange = (provenance: BatchProvenance, stored: ClaimOrigin | null | undefined): boolean =>
  provenance.origin === 'CURATED' || stored === undefined || stored === 'EXTRACTED';

/** An extracted batch marks the claims it creates as extracted, so that they pass its condition. */
const NEW_CLAIMS_EXTRACTED = `
ON CREATE SET c.origin = 'EXTRACTED'`;

// A curated write of an extracted claim removes the extractor's properties (null parameters).
const upsertClaims = (origin: ClaimOrigin) => `
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})${origin === 'EXTRACTED' ? NEW_CLAIMS_EXTRACTED : ''}
WITH c, row, ${isNew('c', 'kind')}${onlyExtracted(origin, 'c')}
SET c.kind = row.kind, c.paraphrase = row.paraphrase, c.quote = row.quote, c.cue = row.cue,
    c.statedOn = date(row.stated.date), c.statedOnPrecision = row.stated.precision,
    c.statedOnText = row.stated.text,
    c.origin = $provenance.origin, c.extractor = $provenance.extractor,
    c.extractorVersion = $provenance.extractorVersion, c.confidence = row.confidence
WITH c, row, created
CALL (c) { MATCH (c)-[old:ABOUT|ON_BEHALF_OF|VIA|CONCERNS|DISPUTES|SUPPORTS]->() DELETE old }
CALL (c) { MATCH ()-[old:STATED]->(c) DELETE old }
CALL (c, row) {
  MATCH (speaker:Actor {id: row.speakerId})
  CREATE (speaker)-[:STATED]->(c)
}
CALL (c, row) {
  MATCH (principal:Actor {id: row.onBehalfOfId})
  CREATE (c)-[:ON_BEHALF_OF]->(principal)
}
CALL (c, row) {
  MATCH (channel:Actor {id: row.channelId})
  CREATE (c)-[:VIA]->(channel)
}
CALL (c, row) {
  UNWIND row.about AS about
  MATCH (a:Actor {id: about.actorId})
  CREATE (c)-[:ABOUT {role: about.role}]->(a)
}
CALL (c, row) {
  UNWIND row.locationIds AS locationId
  MATCH (l:Location {id: locationId})
  CREATE (c)-[:CONCERNS]->(l)
}
CALL (c, row) {
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  CREATE (c)-[:CONCERNS]->(e)
}${createdIds('c')}`;

// Evidence of a (claim, article) pair that the batch no longer lists is removed before the batch's
// own evidence is merged, so corrected offsets do not leave the old span behind; an extracted
// batch's evidence for a curated claim is only added.
// The claim is looked up first and only expanded from: planned as one pattern while the database
// is nearly empty (the first batch of a load), the cached plan joined it with the article's side,
// and one batch of a 50k load took minutes. Without labels on old and article there is nothing
// else to start from; EVIDENCED_BY and FOUND_IN only ever link Evidence to Article.
const pruneEvidence = (origin: ClaimOrigin) => `
UNWIND $pairs AS pair
MATCH (c:Claim {id: pair.claimId})${onlyExtracted(origin, 'c')}
CALL (c, pair) {
  MATCH (c)-[:EVIDENCED_BY]->(old)-[:FOUND_IN]->(article)
  WHERE article.id = pair.articleId AND NOT old.id IN pair.keepIds
  DETACH DELETE old
}`;

const UPSERT_EVIDENCE = `
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (a:Article {id: row.articleId})
MERGE (e:Evidence {id: row.id})
SET e.text = row.text, e.start = toInteger(row.start), e.end = toInteger(row.end), e.prefix = row.prefix, e.suffix = row.suffix
MERGE (c)-[:EVIDENCED_BY]->(e)
MERGE (e)-[:FOUND_IN]->(a)`;

/** Claim-to-claim links, owned by their `from` claim; the type is one of these two, never taken from input. */
const linkClaims = (type: 'DISPUTES' | 'SUPPORTS', origin: ClaimOrigin) => `
UNWIND $rows AS row
MATCH (from:Claim {id: row.fromId})${onlyExtracted(origin, 'from')}
MATCH (to:Claim {id: row.toId})
MERGE (from)-[r:${type}]->(to)
SET r.rationale = row.rationale`;

const claimStatements = (origin: ClaimOrigin) => ({
  upsertClaims: upsertClaims(origin),
  pruneEvidence: pruneEvidence(origin),
  linkDisputes: linkClaims('DISPUTES', origin),
  linkSupports: linkClaims('SUPPORTS', origin),
});

/** The statements that write claims, for a batch of each origin. */
const CLAIM_STATEMENTS: Record<ClaimOrigin, ReturnType<typeof claimStatements>> = {
  CURATED: claimStatements('CURATED'),
  EXTRACTED: claimStatements('EXTRACTED'),
};

/**
 * The statements of a curated batch (as every load is) in the order they run, by name: reports of
 * a load's time use the names.
 */
export const WRITE_STATEMENTS = {
  'upsert locations': UPSERT_LOCATIONS,
  'link locations': LINK_LOCATIONS,
  'upsert actors': UPSERT_ACTORS,
  'link actors': LINK_ACTORS,
  'upsert articles': UPSERT_ARTICLES,
  'upsert events': UPSERT_EVENTS,
  'link events': LINK_EVENTS,
  'upsert claims': CLAIM_STATEMENTS.CURATED.upsertClaims,
  'prune evidence': CLAIM_STATEMENTS.CURATED.pruneEvidence,
  'upsert evidence': UPSERT_EVIDENCE,
  'link disputes': CLAIM_STATEMENTS.CURATED.linkDisputes,
  'link supports': CLAIM_STATEMENTS.CURATED.linkSupports,
} as const;

async function runIfAny(
  tx: ManagedTransaction,
  statement: string,
  rows: unknown[],
  key = 'rows',
  params: Record<string, unknown> = {},
): Promise<void> {
  if (rows.length > 0) await tx.run(statement, { ...params, [key]: rows });
}

/** Runs a node upsert on the rows, if any; answers the ids of the nodes it created. */
async function upsertNodes(
  tx: ManagedTransaction,
  statement: string,
  rows: unknown[],
  params: Record<string, unknown> = {},
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await tx.run(statement, { ...params, rows });
  return new Set(result.records.map((record) => record.get('id') as string));
}

/** The ids of the records a batch created, by kind; its other records existed and were updated. */
export type CreatedRecords = Record<'locations' | 'actors' | 'articles' | 'events' | 'claims', ReadonlySet<string>>;

function evidencePairs(batch: GraphBatch): { claimId: string; articleId: string; keepIds: string[] }[] {
  const pairs = new Map<string, { claimId: string; articleId: string; keepIds: string[] }>();
  for (const evidence of batch.evidence) {
    const key = `${evidence.claimId}\u0000${evidence.articleId}`;
    const pair = pairs.get(key) ?? { claimId: evidence.claimId, articleId: evidence.articleId, keepIds: [] };
    pair.keepIds.push(evidence.id);
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

/**
 * A claim's outgoing links are deleted and then created afresh (CREATE, not MERGE: merging against
 * an actor with a hundred thousand incoming links costs far more), so its lists must not repeat.
 */
function withDistinctLinks(claim: ClaimRecord): ClaimRecord {
  const about = new Map(claim.about.map((link) => [`${link.actorId}\u0000${link.role}`, link]));
  return {
    ...claim,
    about: [...about.values()],
    locationIds: [...new Set(claim.locationIds)],
    eventIds: [...new Set(claim.eventIds)],
  };
}

/**
 * Stores one batch inside the caller's write transaction, so the caller can check the graph and
 * write in one unit (a mutation validates references against what is stored, then writes).
 * Records may refer to nodes stored earlier or elsewhere in the batch. Answers which of its
 * records the batch created.
 */
export async function writeGraphBatchInTransaction(tx: ManagedTransaction, batch: GraphBatch): Promise<CreatedRecords> {
  const locations = await upsertNodes(tx, UPSERT_LOCATIONS, batch.locations);
  await runIfAny(tx, LINK_LOCATIONS, batch.locations);
  const actors = await upsertNodes(
    tx,
    UPSERT_ACTORS,
    batch.actors.map((actor) => ({ ...actor, label: ACTOR_KIND_LABEL[actor.kind] })),
  );
  await runIfAny(tx, LINK_ACTORS, batch.actors);
  const articles = await upsertNodes(tx, UPSERT_ARTICLES, batch.articles);
  const events = await upsertNodes(tx, UPSERT_EVENTS, batch.events);
  await runIfAny(tx, LINK_EVENTS, batch.events);
  const statements = CLAIM_STATEMENTS[batch.provenance.origin];
  const claims = await upsertNodes(tx, statements.upsertClaims, batch.claims.map(withDistinctLinks), {
    provenance: batch.provenance,
  });
  await runIfAny(tx, statements.pruneEvidence, evidencePairs(batch), 'pairs');
  await runIfAny(tx, UPSERT_EVIDENCE, batch.evidence);
  await runIfAny(tx, statements.linkDisputes, batch.disputes);
  await runIfAny(tx, statements.linkSupports, batch.supports);
  return { locations, actors, articles, events, claims };
}

/** Stores one batch in one write transaction. */
export async function writeGraphBatch(db: GraphDatabase, batch: GraphBatch): Promise<void> {
  await db.write((tx) => writeGraphBatchInTransaction(tx, batch));
}

/**
 * Empties the database in chunks, so a large graph does not need one huge transaction: the
 * relationships first, then the nodes, since one DETACH DELETE of an actor spoken about in a
 * hundred thousand claims would hold them all in one transaction's memory.
 */
export async function deleteEntireGraph(db: GraphDatabase): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
