// Constraints and indexes of the claim graph. Every statement is idempotent (IF NOT EXISTS), so
// this runs at every start of the seed, the server and the tests.
import type { Neo4jError } from 'neo4j-driver';
import { type GraphDatabase, retryTransient } from './driver.ts';

const ENTITY_LABELS = ['Article', 'Actor', 'Location', 'Event', 'Claim', 'Evidence'] as const;

/** Names of the full-text indexes, used by the search queries. */
export const FULLTEXT = {
  claims: 'claim_text',
  actors: 'actor_names',
  articles: 'article_text',
} as const;

/** Uniqueness of every entity's id: the writes' MERGE seeks it, so it is never dropped. */
const CONSTRAINTS = ENTITY_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

type IndexKind = 'INDEX' | 'FULLTEXT INDEX';

/** The indexes that only reads use, by name. */
const SECONDARY_INDEXES: Record<string, { kind: IndexKind; on: string }> = {
  [FULLTEXT.claims]: { kind: 'FULLTEXT INDEX', on: 'FOR (n:Claim) ON EACH [n.paraphrase, n.quote]' },
  [FULLTEXT.actors]: { kind: 'FULLTEXT INDEX', on: 'FOR (n:Actor) ON EACH [n.name, n.aliases, n.description]' },
  [FULLTEXT.articles]: { kind: 'FULLTEXT INDEX', on: 'FOR (n:Article) ON EACH [n.title, n.body]' },
  claim_kind: { kind: 'INDEX', on: 'FOR (n:Claim) ON (n.kind)' },
  claim_stated_on: { kind: 'INDEX', on: 'FOR (n:Claim) ON (n.statedOn)' },
  // The order of claim lists: an actor's lists walk it (see actorWalk in reads/claims.ts). The
  // planner uses a composite index only where every one of its properties has a predicate, so it
  // does not serve date filters in place of claim_stated_on (a year's claims of some kinds, first
  // page, went from 107 to 58 requests/s at 1M without that one).
  claim_stated_on_id: { kind: 'INDEX', on: 'FOR (n:Claim) ON (n.statedOn, n.id)' },
  // Claims of some kinds in a date range, counted: one seek per kind reads only the matching index
  // entries, where the date index alone reads every claim of the range to check its kind (a year
  // of a million claims: 19 ms instead of 75).
  claim_kind_stated_on: { kind: 'INDEX', on: 'FOR (n:Claim) ON (n.kind, n.statedOn)' },
  // Claims of one origin: the extracted ones, while they are few, are found without reading the
  // curated ones (the claim lists' origin filter).
  claim_origin: { kind: 'INDEX', on: 'FOR (n:Claim) ON (n.origin)' },
  actor_name: { kind: 'INDEX', on: 'FOR (n:Actor) ON (n.name)' },
  event_start: { kind: 'INDEX', on: 'FOR (n:Event) ON (n.start)' },
  article_published_at: { kind: 'INDEX', on: 'FOR (n:Article) ON (n.publishedAt)' },
};

const STATEMENTS = [
  ...CONSTRAINTS,
  ...Object.entries(SECONDARY_INDEXES).map(([name, { kind, on }]) => `CREATE ${kind} ${name} IF NOT EXISTS ${on}`),
  // Evidence text had its own full-text index in early versions; nothing searched it, and keeping
  // it up to date cost more than half of a bulk load's time.
  'DROP INDEX evidence_text IF EXISTS',
];

/** How long ensureGraphSchema waits for the indexes to come online. */
const INDEX_WAIT_SECONDS = 300;

/**
 * Said when another process created the same index or constraint between this statement's IF NOT
 * EXISTS check and its own creation: what the statement asked for is there.
 */
const CREATED_MEANWHILE = 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';

async function runEach(db: GraphDatabase, statements: readonly string[]): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // Schema commands cannot share a transaction with each other, so each runs on its own. Several
    // server processes starting at once on a new database (docker compose up --scale api=3) race
    // for the schema: a deadlock on its locks is retried, an index created meanwhile is taken.
    for (const statement of statements) {
      await retryTransient(() => session.run(statement)).catch((error: Neo4jError) => {
        if (error.code !== CREATED_MEANWHILE) throw error;
      });
    }
  } finally {
    await session.close();
  }
}

const AWAIT_INDEXES = `CALL db.awaitIndexes(${INDEX_WAIT_SECONDS})`;

/** Creates whatever constraint or index is missing and waits until all of them are online. */
export async function ensureGraphSchema(db: GraphDatabase): Promise<void> {
  await runEach(db, [...STATEMENTS, AWAIT_INDEXES]);
}

/** Only the id constraints the writes need, for a bulk load that builds the other indexes after it. */
export async function ensureConstraints(db: GraphDatabase): Promise<void> {
  await runEach(db, [...CONSTRAINTS, AWAIT_INDEXES]);
}

/**
 * Drops the indexes only reads use, for a bulk load into an empty graph: building them once from the
 * loaded graph costs less than keeping them up to date through every batch (the full-text indexes'
 * updates, refreshes and segment merges were a third of Neo4j's CPU during a load). The id
 * constraints stay (see ensureConstraints); ensureGraphSchema builds the rest again.
 */
export async function dropSecondaryIndexes(db: GraphDatabase): Promise<void> {
  await runEach(
    db,
    Object.keys(SECONDARY_INDEXES).map((name) => `DROP INDEX ${name} IF EXISTS`),
  );
}
