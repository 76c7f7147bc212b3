// Many editors sending the same new record at once, through the real server: the graph holds it
// once, and exactly one of them is told that it created it (the others that they updated it), so a
// client counting new records, or a claimAdded subscriber, sees each creation once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphDatabase, graphDatabase } from '../src/neo4j/driver.ts';
import { limitsFromEnv } from '../src/server/limits.ts';
import { connectTestGraph, reseed } from './support/graph.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { CLAIM_ADDED, subscribe } from './support/subscriptions.ts';
import { article, EDITOR_KEY, kuleba, kyiv, shellsClaim, TEST_ACCESS } from './support/writes.ts';

/** Writers racing each other with one request each. */
const WRITERS = 48;

const globalId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');

describe('concurrent upserts of one new record', () => {
  // Served as `npm start` serves, with its default number of write transactions at once: without
  // that limit, dozens of writes linking one article to one outlet deadlock in Neo4j and wait out
  // the driver's retries.
  const live = {} as { db: GraphDatabase; server: TestServer };
  beforeAll(async () => {
    const db = connectTestGraph();
    await reseed(db);
    live.db = graphDatabase(db.driver, db.database, null, {
      maxConcurrentWrites: limitsFromEnv({}).maxConcurrentWrites,
    });
    live.server = await startTestServer(live.db, undefined, { access: TEST_ACCESS });
  });
  afterAll(async () => {
    await live.server?.close();
    await live.db?.close();
  });

  /** Sends the same mutation from every writer at once; each must succeed. */
  async function race<T>(mutation: string, input: unknown): Promise<T[]> {
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, () => live.server.query<T>(mutation, { input }, EDITOR_KEY)),
    );
    for (const response of responses) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return responses.map((response) => response.data!);
  }

  /** How many nodes carry the id, and how many relationships of each type leave or reach them. */
  async function stored(label: string, id: string): Promise<Record<string, number>> {
    const result = await live.db.query(
      `MATCH (n {id: $id}) WHERE $label IN labels(n)
       OPTIONAL MATCH (n)-[r]-()
       RETURN count(DISTINCT n) AS nodes, [type IN collect(type(r)) | type] AS types`,
      { id, label },
    );
    const counts: Record<string, number> = { nodes: result.records[0]!.get('nodes') };
    for (const type of result.records[0]!.get('types') as string[]) counts[type] = (counts[type] ?? 0) + 1;
    return counts;
  }

  // Each race's record refers to those of the races before it.
  it('stores a new actor once, and tells one writer it created it', async () => {
    const answers = await race<{ upsertActors: { createdIds: string[] } }>(
      `mutation($input: [ActorInput!]!) { upsertActors(input: $input) { createdIds actors { key } } }`,
      [kuleba],
    );
    const creators = answers.filter((answer) => answer.upsertActors.createdIds.length > 0);
    expect(creators.map((answer) => answer.upsertActors.createdIds)).toEqual([[globalId('Person', kuleba.id)]]);
    expect(await stored('Actor', kuleba.id)).toEqual({ nodes: 1, AFFILIATED_WITH: 1 });
  });

  it('stores a new article once, and tells one writer it created it', async () => {
    await live.server.query(
      `mutation($input: [LocationInput!]!) { upsertLocations(input: $input) { locations { key } } }`,
      { input: [kyiv] },
      EDITOR_KEY,
    );
    const answers = await race<{ upsertArticle: { createdIds: string[] } }>(
      `mutation($input: ArticleInput!) { upsertArticle(input: $input) { createdIds articles { key } } }`,
      article(),
    );
    const creators = answers.filter((answer) => answer.upsertArticle.createdIds.length > 0);
    expect(creators.map((answer) => answer.upsertArticle.createdIds)).toEqual([[globalId('Article', article().id)]]);
    expect(await stored('Article', article().id)).toEqual({ nodes: 1, PUBLISHED_BY: 1, DATELINED: 1 });
  });

  it('stores a new claim once with its evidence, tells one writer it created it, and announces one creation', async () => {
    const claimAdded = await subscribe(live.server.url, CLAIM_ADDED());
    try {
      const answers = await race<{ upsertClaims: { createdIds: string[]; claims: { created: boolean }[] } }>(
        `mutation($input: [ClaimInput!]!) { upsertClaims(input: $input) { createdIds claims { created claim { key } } } }`,
        [shellsClaim()],
      );
      const creators = answers.filter((answer) => answer.upsertClaims.claims[0]!.created);
      expect(creators.map((answer) => answer.upsertClaims.createdIds)).toEqual([[globalId('Claim', shellsClaim().id)]]);
      const toldCreated = answers.filter((answer) => answer.upsertClaims.createdIds.length > 0).length;
      const events = [];
      for (let i = 0; i < WRITERS; i++) events.push(await claimAdded.next());
      const announcedCreated = events.filter((event) => event.created).length;
      expect({ toldCreated, announcedCreated }).toEqual({ toldCreated: 1, announcedCreated: 1 });
      expect(events.every((event) => event.claim.key === shellsClaim().id)).toBe(true);
    } finally {
      claimAdded.close();
    }
    expect(await stored('Claim', shellsClaim().id)).toEqual({
      nodes: 1,
      STATED: 1,
      ON_BEHALF_OF: 1,
      ABOUT: 1,
      CONCERNS: 1,
      EVIDENCED_BY: 1,
    });
    const evidence = await live.db.query(
      'MATCH (:Claim {id: $id})-[:EVIDENCED_BY]->(e:Evidence)-[found:FOUND_IN]->(:Article) RETURN count(found) AS links',
      { id: shellsClaim().id },
    );
    expect(evidence.records[0]!.get('links')).toBe(1);
  });
});
