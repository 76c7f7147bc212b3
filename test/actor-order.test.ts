// Actors ordered by how many claims they made: the explorer's "most-quoted speakers", asked in one
// request whose statements do not grow with the number of actors listed.
import { describe, expect, it } from 'vitest';
import { useSeededServer } from './support/server.ts';

const MOST_QUOTED = /* GraphQL */ `
  query MostQuoted($first: Int!, $kinds: [ActorKind!]) {
    actors(orderBy: CLAIMS_MADE_DESC, first: $first, kinds: $kinds) {
      totalCount
      edges { node { key name claimsMade(first: 0) { totalCount } } }
    }
  }
`;

interface Listed {
  actors: { totalCount: number; edges: { node: { key: string; name: string; claimsMade: { totalCount: number } } }[] };
}

const ranking = (data: Listed) => data.actors.edges.map(({ node }) => [node.key, node.claimsMade.totalCount]);

describe('actors ordered by the claims they made', () => {
  const live = useSeededServer();

  it('lists the speakers with the most claims first, ties by name', async () => {
    const response = await live.server.query<Listed>(MOST_QUOTED, { first: 3 });
    expect(response.errors).toBeUndefined();
    // Lavrov made nine of the seed's claims; KCNA and the White House three each.
    expect(ranking(response.data!)).toEqual([
      ['sergey-lavrov', 9],
      ['korean-central-news-agency', 3],
      ['white-house', 3],
    ]);
  });

  it('orders the whole list, silent actors last, and keeps the filters', async () => {
    const all = await live.server.query<Listed>(MOST_QUOTED, { first: 100 });
    const counts = all.data!.actors.edges.map(({ node }) => node.claimsMade.totalCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.at(-1)).toBe(0);
    expect(all.data!.actors.totalCount).toBe(counts.length);

    const people = await live.server.query<Listed>(MOST_QUOTED, { first: 2, kinds: ['PERSON'] });
    expect(ranking(people.data!)).toEqual([
      ['sergey-lavrov', 9],
      ['kim-jong-un', 2],
    ]);
  });

  it('still lists by name by default', async () => {
    const response = await live.server.query<{ actors: { edges: { node: { name: string } }[] } }>(
      '{ actors(first: 100) { edges { node { name } } } }',
    );
    const names = response.data!.actors.edges.map(({ node }) => node.name);
    expect(names).toEqual([...names].sort());
  });

  it('costs the same statements for three actors as for all of them', async () => {
    const few = await live.server.query<Listed>(MOST_QUOTED, { first: 3 });
    const many = await live.server.query<Listed>(MOST_QUOTED, { first: 100 });
    expect(many.data!.actors.edges.length).toBeGreaterThan(20);
    // The actors, then the claim counts of all of them at once.
    expect(few.extensions?.cypherStatements).toBe(2);
    expect(many.extensions?.cypherStatements).toBe(2);
  });
});
