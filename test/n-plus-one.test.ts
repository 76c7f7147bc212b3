// The N+1 guard: a nested request costs one Cypher statement per relation per level, however
// many parents each level returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED, type GraphBatch } from '../src/model/graph.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { writeGraphBatch } from '../src/neo4j/writes/graph-batch.ts';
import { connectTestGraph, reseed } from './support/graph.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const ACTORS = 60;
const CLAIMS = 600;

/** Generated actors who make claims about each other: each speaks 10 claims and is the subject of 10. */
function generatedBatch(): GraphBatch {
  return {
    provenance: CURATED,
    articles: [],
    locations: [],
    events: [],
    evidence: [],
    disputes: [],
    supports: [],
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: `generated-actor-${i}`,
      kind: 'PERSON' as const,
      name: `Generated Actor ${String(i).padStart(2, '0')}`,
      aliases: [],
      description: null,
      basedInId: null,
      affiliations: [],
    })),
    claims: Array.from({ length: CLAIMS }, (_, i) => ({
      id: `generated-claim-${i}`,
      kind: 'ASSERTION' as const,
      paraphrase: `Generated claim ${i}`,
      quote: null,
      cue: 'said',
      stated: { date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'DAY' as const, text: null },
      speakerId: `generated-actor-${i % ACTORS}`,
      onBehalfOfId: null,
      channelId: null,
      about: [{ actorId: `generated-actor-${(i * 7 + 1) % ACTORS}`, role: 'SUBJECT' as const }],
      locationIds: [],
      eventIds: [],
      confidence: null,
    })),
  };
}

const NESTED = /* GraphQL */ `
  query Nested($actors: Int!, $claims: Int!) {
    actors(name: "Generated Actor", first: $actors) {
      edges {
        node {
          key
          claimsAbout(first: $claims) {
            edges {
              role
              node {
                key
                provenance { origin }
                speaker {
                  key
                  claimsMade(first: $claims) {
                    totalCount
                    edges { node { key provenance { origin confidence } about { role actor { key } } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

function countClaimsReturned(data: any): number {
  let count = 0;
  for (const actor of data.actors.edges) {
    for (const about of actor.node.claimsAbout.edges) count += 1 + about.node.speaker.claimsMade.edges.length;
  }
  return count;
}

describe('no N+1: Cypher statements per request do not grow with the result', () => {
  let db: GraphDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    await writeGraphBatch(db, generatedBatch());
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await reseed(db);
    await db.close();
  });

  it('costs the same number of statements for 10× the items, one per relation per level', async () => {
    const small = await server.query(NESTED, { actors: 3, claims: 2 });
    const large = await server.query(NESTED, { actors: 30, claims: 2 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();

    const smallItems = countClaimsReturned(small.data);
    const largeItems = countClaimsReturned(large.data);
    expect(large.data!.actors.edges).toHaveLength(30);
    expect(largeItems).toBe(smallItems * 10);

    // actors; claimsAbout, with each claim's speaker and provenance and that speaker's claimsMade
    // folded in; about; about.actor (actors by id)
    expect(small.extensions?.cypherStatements).toBe(4);
    expect(large.extensions?.cypherStatements).toBe(small.extensions?.cypherStatements);
    console.log(
      `N+1 guard: ${smallItems} claims in ${small.extensions?.cypherStatements} statements; ` +
        `${largeItems} claims in ${large.extensions?.cypherStatements} statements`,
    );
  });

  it('batches deeper pages too: more claims per parent, same statements', async () => {
    const wide = await server.query(NESTED, { actors: 30, claims: 10 });
    expect(wide.errors).toBeUndefined();
    expect(countClaimsReturned(wide.data)).toBe(30 * 10 * 11);
    expect(wide.extensions?.cypherStatements).toBe(4);
  });
});
