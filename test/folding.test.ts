// Claim lists nested under listed claims (a claim's disputes, its speaker's other claims) are folded
// into the statement that lists the claims. A folded request must answer exactly as the same request
// resolved list by list; a directive on a list keeps it to its own resolver, which gives the
// unfolded answer to compare with.
import { describe, expect, it } from 'vitest';
import { useSeededServer } from './support/server.ts';

const live = useSeededServer();

/** The request as written, and the same request with every list resolved on its own. */
function withAndWithoutFolding(query: string): [string, string] {
  return [query.replaceAll(' @own', ''), query.replaceAll(' @own', ' @include(if: true)')];
}

const QUESTIONS: { name: string; query: string; variables: Record<string, unknown>; foldedStatements: number }[] = [
  {
    name: 'a claim, who disputes it, and what else they said',
    query: `query($key: ID!) {
      claim(key: $key) {
        key
        disputedBy(first: 3) @own {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges {
            cursor rationale
            node {
              key paraphrase
              speaker { key name claimsMade(first: 2, orderBy: STATED_ON_DESC) @own { totalCount edges { cursor node { key } } } }
              supports(first: 2) @own { edges { rationale node { key } } }
            }
          }
        }
        later: disputedBy(first: 2, after: "T2Zmc2V0Q29ubmVjdGlvbjow") @own { pageInfo { hasPreviousPage hasNextPage } edges { node { key } } }
        supportedBy @own { edges { node { key speaker { ... on Person { claimsAbout(first: 1) @own { edges { role node { key } } } } } } } }
      }
    }`,
    variables: { key: 'white-house-1000-containers' },
    foldedStatements: 1,
  },
  {
    name: 'a claim, what its speaker also said, and who disputes that',
    query: `query($key: ID!) {
      claim(key: $key) {
        key paraphrase
        speaker { key name claimsMade(first: 3) @own { totalCount edges { node { key disputedBy(first: 2) @own { edges { node { key } } } } } } }
        supports @own { edges { rationale node { key } } }
      }
    }`,
    variables: { key: 'white-house-1000-containers' },
    foldedStatements: 1,
  },
  {
    name: 'an actor, the claims about them, and their speakers’ claims',
    query: `query($key: ID!) {
      actor(key: $key) {
        key
        claimsAbout(first: 5, role: SUBJECT) @own {
          totalCount
          edges { role node { key speaker { key ...Made } disputedBy(first: 2) @own { edges { node { key } } } } }
        }
        claimsMade(first: 3, orderBy: STATED_ON_DESC) @own { pageInfo { hasPreviousPage } edges { node { key } } }
      }
    }
    fragment Made on Actor { claimsMade(first: 2) @own { edges { node { key } } } }`,
    variables: { key: 'white-house' },
    foldedStatements: 1,
  },
  {
    name: 'a list of claims with lists under each',
    query: `{
      claims(first: 12, orderBy: STATED_ON_DESC) {
        edges { node { key disputes(first: 2) @own { totalCount edges { node { key } } } speaker { claimsCarried: claimsMade(first: 1) @own { edges { node { key } } } } } }
      }
    }`,
    variables: {},
    foldedStatements: 1,
  },
];

describe('nested claim lists folded into their parent’s statement', () => {
  for (const question of QUESTIONS) {
    it(`${question.name}: the same answer in fewer statements`, async () => {
      const [folded, unfolded] = withAndWithoutFolding(question.query);
      const byList = await live.server.query(unfolded, question.variables);
      const inOne = await live.server.query(folded, question.variables);
      expect(byList.errors).toBeUndefined();
      expect(inOne.errors).toBeUndefined();
      expect(JSON.stringify(byList.data)).toMatch(/"key"/);
      expect(inOne.data).toEqual(byList.data);
      expect(inOne.extensions?.cypherStatements).toBe(question.foldedStatements);
      expect(byList.extensions!.cypherStatements!).toBeGreaterThan(question.foldedStatements);
    });
  }

  it('answers null for an unknown claim with lists under it, in one statement', async () => {
    const response = await live.server.query(
      `{ claim(key: "no-such-claim") { key disputedBy { edges { node { key } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ claim: null });
    expect(response.extensions?.cypherStatements).toBe(1);
  });

  it('leaves a filtered list to its own resolver, whose checks still apply', async () => {
    const response = await live.server.query(`{
      claim(key: "white-house-1000-containers") {
        disputedBy(first: 5, filter: { statedFrom: "2023-10-14", statedTo: "2023-10-01" }) { totalCount }
      }
    }`);
    expect(response.errors?.[0]?.message).toMatch(/statedFrom must not be after statedTo/);
  });

  it('refuses a folded list’s bad page size as the list itself would', async () => {
    const response = await live.server.query(
      `{ claim(key: "white-house-1000-containers") { key disputedBy(first: 500) { totalCount } } }`,
    );
    expect(response.errors?.[0]?.message).toMatch(/"first" must be between 0 and 100, got 500/);
    expect(response.errors?.[0]?.path).toEqual(['claim', 'disputedBy']);
  });
});
