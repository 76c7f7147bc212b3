// The actor network reads only what a request selects: the claims' kinds are collected only when
// `links { kinds }` is asked for, under any alias or fragment. Either way the links, their counts and
// their order are those a plain Cypher aggregate over the seeded graph gives, and a link's kinds come
// most frequent first.
import { describe, expect, it } from 'vitest';
import { useSeededServer } from './support/server.ts';

const live = useSeededServer();

interface Link {
  claimCount: number;
  speaker: { key: string };
  subject: { key: string };
  kinds?: string[];
  sorts?: string[];
}

const network = async (actor: string, selection: string, fragments = '') => {
  const answer = await live.server.query<{ actorNetwork: { links: Link[] } }>(
    `query($actor: ID!) { actorNetwork(actor: $actor, first: 500) { links { claimCount speaker { key } subject { key } ${selection} } } } ${fragments}`,
    { actor },
  );
  expect(answer.errors).toBeUndefined();
  return answer;
};

describe('the actor network', () => {
  it('counts and orders the links around an actor as Cypher does, with kinds only when selected', async () => {
    const expected = await live.db.read(async (tx) => {
      const result = await tx.run(`
        MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
        WHERE speaker <> subject AND 'sergey-lavrov' IN [speaker.id, subject.id]
        WITH speaker.id AS speaker, subject.id AS subject, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
        RETURN speaker, subject, claimCount, kinds ORDER BY claimCount DESC, speaker, subject`);
      return result.records.map(
        (r) => r.toObject() as { speaker: string; subject: string; claimCount: number; kinds: string[] },
      );
    });
    expect(expected.length).toBeGreaterThan(3);

    const plain = await network('sergey-lavrov', '');
    const withKinds = await network('sergey-lavrov', 'kinds');
    const aliased = await network('sergey-lavrov', 'sorts: kinds');
    const throughFragment = await network('sergey-lavrov', '...Kinds', 'fragment Kinds on NetworkLink { kinds }');

    const pairs = (links: Link[]) => links.map((l) => [l.speaker.key, l.subject.key, l.claimCount]);
    const expectedPairs = expected.map((e) => [e.speaker, e.subject, e.claimCount]);
    for (const answer of [plain, withKinds, aliased, throughFragment]) {
      expect(pairs(answer.data!.actorNetwork.links)).toEqual(expectedPairs);
    }
    const sorted = (kinds: string[] | undefined) => [...(kinds ?? [])].sort();
    expected.forEach((e, i) => {
      expect(sorted(withKinds.data!.actorNetwork.links[i]!.kinds)).toEqual(sorted(e.kinds));
      expect(sorted(aliased.data!.actorNetwork.links[i]!.sorts)).toEqual(sorted(e.kinds));
      expect(sorted(throughFragment.data!.actorNetwork.links[i]!.kinds)).toEqual(sorted(e.kinds));
    });
    expect(plain.data!.actorNetwork.links[0]).not.toHaveProperty('kinds');
  });

  it('gives the kinds of a link most frequent first, so its first kind is its main one', async () => {
    const expected = await live.db.read(async (tx) => {
      const result = await tx.run(`
        MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
        WHERE speaker <> subject
        WITH speaker.id + ' ' + subject.id AS pair, c.kind AS kind, count(DISTINCT c) AS kindCount
        ORDER BY pair, kindCount DESC, kind
        RETURN pair, collect(kind) AS kinds`);
      return new Map(result.records.map((r) => [r.get('pair') as string, r.get('kinds') as string[]]));
    });
    const answer = await live.server.query<{ actorNetwork: { links: Link[] } }>(
      '{ actorNetwork(first: 500) { links { speaker { key } subject { key } claimCount kinds } } }',
    );
    const links = answer.data!.actorNetwork.links;
    expect(links).toHaveLength(expected.size);
    // The seed has links whose kinds are not equally frequent, or the order would prove nothing.
    expect(links.some((l) => l.kinds!.length > 1 && l.kinds!.join() !== [...l.kinds!].sort().join())).toBe(true);
    for (const link of links) expect(link.kinds).toEqual(expected.get(`${link.speaker.key} ${link.subject.key}`));
    const aroundLavrov = await network('sergey-lavrov', 'kinds');
    for (const link of aroundLavrov.data!.actorNetwork.links) {
      expect(link.kinds).toEqual(expected.get(`${link.speaker.key} ${link.subject.key}`));
    }
  });

  it('costs the same statements whatever the number of links, and reports an unknown actor', async () => {
    const few = await live.server.query(
      `{ actorNetwork(actor: "sergey-lavrov", first: 1) { links { speaker { key } subject { name } } } }`,
    );
    const many = await live.server.query(
      `{ actorNetwork(actor: "sergey-lavrov", first: 500) { links { speaker { key } subject { name } } } }`,
    );
    expect(few.data!.actorNetwork.links).toHaveLength(1);
    expect(many.data!.actorNetwork.links.length).toBeGreaterThan(3);
    expect(many.extensions!.cypherStatements).toBe(few.extensions!.cypherStatements);

    const unknown = await live.server.query(`{ actorNetwork(actor: "no-such-actor") { links { claimCount } } }`);
    expect(unknown.data).toBeNull();
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(unknown.errors![0]!.message).toContain('no-such-actor');
  });

  it('reads the claim counts of all the actors of a network at once, as the explorer draws them', async () => {
    const counted = (actor: string) =>
      live.server.query<{ actorNetwork: { actors: { made: { totalCount: number } }[] } }>(
        `query($actor: ID!) { actorNetwork(actor: $actor) {
          actors { key made: claimsMade(first: 0) { totalCount } about: claimsAbout(first: 0) { totalCount } }
          links { claimCount kinds speaker { key } subject { key } } } }`,
        { actor },
      );
    const small = await counted('china');
    const large = await counted('north-korea');
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data!.actorNetwork.actors.length).toBeGreaterThan(small.data!.actorNetwork.actors.length + 5);
    expect(large.extensions!.cypherStatements).toBe(small.extensions!.cypherStatements);
  });

  it('tells the same chain between two actors every time: of the equally short ones, the one through most claims', async () => {
    const chainKeys = async (from: string, to: string) => {
      const answer = await live.server.query<{ actorPath: { nodes: { key: string }[] } }>(
        'query($from: ID!, $to: ID!) { actorPath(from: $from, to: $to) { nodes { ... on Actor { key } ... on Claim { key } } } }',
        { from, to },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.actorPath.nodes.map((n) => n.key);
    };
    // Every shortest chain, ranked by plain Cypher over the seeded graph: most claims, then keys.
    const tied = await live.db.read(async (tx) => {
      const result = await tx.run(`
        MATCH (from:Actor {id: 'white-house'}), (to:Actor {id: 'sergey-lavrov'})
        MATCH path = allShortestPaths((from)-[:STATED|ABOUT|DISPUTES|SUPPORTS|ON_BEHALF_OF|VIA|AFFILIATED_WITH*..12]-(to))
        RETURN [n IN nodes(path) | n.id] AS keys, size([n IN nodes(path) WHERE n:Claim]) AS claims
        ORDER BY claims DESC, keys`);
      return result.records.map((r) => r.get('keys') as string[]);
    });
    expect(tied.length).toBeGreaterThan(3);

    const chain = await chainKeys('white-house', 'sergey-lavrov');
    expect(chain).toEqual(tied[0]);
    expect(await chainKeys('white-house', 'sergey-lavrov')).toEqual(chain);
    expect(await chainKeys('sergey-lavrov', 'white-house')).toEqual([...chain].reverse());
  });
});
