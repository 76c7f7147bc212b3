// Every example question in schema/examples/ runs as one request against the real server, and its
// answer is checked against the facts of the two seeded articles.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../src/server/examples.ts';
import { type GraphQLResponse, useSeededServer } from './support/server.ts';

const keys = (connection: { edges: { node: { key: string } }[] }) => connection.edges.map((e) => e.node.key);

describe('the example questions, each in one request', () => {
  const live = useSeededServer();
  const answers = new Map<string, GraphQLResponse>();

  beforeAll(async () => {
    for (const example of loadExamples()) {
      answers.set(example.name, await live.server.query(example.query, example.variables));
    }
  });

  const answer = (name: string) => {
    const response = answers.get(name);
    expect(response, `example ${name} exists`).toBeDefined();
    expect(response!.errors).toBeUndefined();
    expect(response!.status).toBe(200);
    return response!.data!;
  };

  it('has the ten questions as files', () => {
    expect([...answers.keys()]).toHaveLength(10);
  });

  it('1. everything Sergey Lavrov said, with quotes and evidence offsets', () => {
    const { actor } = answer('01-everything-lavrov-said');
    expect(actor.name).toBe('Sergey Lavrov');
    expect(actor.claimsMade.totalCount).toBe(9);
    const rumors = actor.claimsMade.edges.find((e: any) => e.node.key === 'lavrov-no-comment-on-rumors').node;
    expect(rumors).toMatchObject({
      kind: 'DISMISSAL',
      quote: 'I don’t comment on rumors',
      channel: { name: 'Russian state television' },
    });
    const [evidence] = rumors.evidence.edges;
    expect(evidence.node.text).toBe('“I don’t comment on rumors,” he added.');
    expect(evidence.node.end - evidence.node.start).toBe(evidence.node.text.length);
    expect(evidence.node.article.key).toBe('ap-lavrov-dismisses-us-claims');
  });

  it('2. everything said about North Korea, with each speaker', () => {
    const { actor } = answer('02-said-about-north-korea');
    const speakers = new Set(actor.claimsAbout.edges.map((e: any) => e.node.speaker.name));
    for (const name of ['White House', 'United States', 'South Korean officials', 'Foreign experts']) {
      expect(speakers.has(name), name).toBe(true);
    }
    const denial = actor.claimsAbout.edges.find((e: any) => e.node.key === 'north-korea-denies-arms-shipments');
    expect(denial.role).toBe('SUBJECT');
    expect(denial.node.speaker.name).toBe('North Korea');
  });

  it('3. what the U.S. side claimed about Russia, who disputed and who supported it', () => {
    const { claims } = answer('03-us-claims-about-russia');
    const containers = claims.edges.find((e: any) => e.node.key === 'white-house-1000-containers').node;
    expect(containers.speaker.name).toBe('White House');
    const disputers = new Set(containers.disputedBy.edges.map((e: any) => e.node.speaker.name));
    expect(disputers).toEqual(new Set(['Sergey Lavrov', 'North Korea']));
    expect(containers.disputedBy.edges.every((e: any) => e.rationale.length > 0)).toBe(true);
    const supporters = containers.supportedBy.edges.map((e: any) => e.node.key);
    expect(supporters).toEqual(expect.arrayContaining(['white-house-container-images', 'white-house-shipment-route']));
    const accusation = claims.edges.find((e: any) => e.node.key === 'us-accuses-north-korea-arms-supply').node;
    expect(accusation.supportedBy.edges.map((e: any) => e.node.speaker.name)).toContain('South Korean officials');
    expect(
      claims.edges.every((e: any) => ['White House', 'John Kirby', 'United States'].includes(e.node.speaker.name)),
    ).toBe(true);
  });

  it('4. claims reported by both articles, with each article’s evidence', () => {
    const { claims } = answer('04-claims-in-several-articles');
    expect(new Set(keys(claims))).toEqual(
      new Set([
        'kirby-kim-seeks-weapons-technology',
        'officials-discussed-defense-ties',
        'us-accuses-north-korea-arms-supply',
        'white-house-1000-containers',
        'white-house-container-images',
      ]),
    );
    for (const { node } of claims.edges) {
      expect(node.evidence.totalCount).toBe(2);
      expect(new Set(node.evidence.edges.map((e: any) => e.node.article.key)).size).toBe(2);
    }
  });

  it('5. pairs of claims that dispute each other, with both speakers', () => {
    const { claims } = answer('05-disputes');
    const pairs = claims.edges.flatMap((e: any) =>
      e.node.disputes.edges.map((d: any) => `${e.node.speaker.name} → ${d.node.speaker.name}`),
    );
    expect(pairs).toEqual(expect.arrayContaining(['Sergey Lavrov → White House', 'North Korea → United States']));
    expect(claims.edges.every((e: any) => e.node.disputes.edges.length > 0)).toBe(true);
  });

  it('6. the actor network, with claim counts', () => {
    const { actorNetwork } = answer('06-actor-network');
    const link = (speaker: string, subject: string) =>
      actorNetwork.links.find((l: any) => l.speaker.key === speaker && l.subject.key === subject);
    expect(link('white-house', 'north-korea')?.claimCount).toBe(3);
    expect(link('sergey-lavrov', 'united-states')?.kinds).toContain('DISMISSAL');
    const actorKeys = new Set(actorNetwork.actors.map((a: any) => a.key));
    for (const l of actorNetwork.links) {
      expect(actorKeys.has(l.speaker.key) && actorKeys.has(l.subject.key)).toBe(true);
    }
  });

  it('7. everything tied to Najin, Dunay and Pyongyang', () => {
    const { najin, dunay, pyongyang } = answer('07-places');
    expect(najin.within.name).toBe('North Korea');
    expect(keys(najin.claims)).toContain('white-house-shipment-route');
    expect(keys(dunay.claims)).toContain('white-house-shipment-route');
    expect(keys(najin.events)).toEqual(['container-shipments-2023']);
    expect(keys(pyongyang.events)).toEqual(
      expect.arrayContaining(['lavrov-pyongyang-trip-2023', 'lavrov-kim-talks-2023', 'lavrov-pyongyang-speech-2023']),
    );
  });

  it('8. full-text search, ranked', () => {
    const { rumors, containers } = answer('08-search');
    expect(rumors.edges[0].node).toMatchObject({ __typename: 'Claim', key: 'lavrov-no-comment-on-rumors' });
    const scores = containers.edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const types = new Set(containers.edges.map((e: any) => e.node.__typename));
    expect(types.has('Claim') && types.has('Article')).toBe(true);
  });

  it('9. a timeline of Lavrov’s claims by statement date', () => {
    const { timeline } = answer('09-timeline');
    const dates = timeline.edges.map((e: any) => e.node.statedOn.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= '2023-01-01').toBe(true);
    expect(timeline.edges.every((e: any) => e.node.statedOn !== null)).toBe(true);
    expect(keys(timeline)).toContain('lavrov-no-comment-on-rumors');
  });

  it('10. how Lavrov and Kirby are connected', () => {
    const { actorPath } = answer('10-how-connected');
    const nodes = actorPath.nodes;
    expect(nodes[0].key).toBe('sergey-lavrov');
    expect(nodes.at(-1).key).toBe('john-kirby');
    expect(actorPath.length).toBe(nodes.length - 1);
    expect(actorPath.links).toHaveLength(actorPath.length);
    expect(nodes.some((n: any) => n.__typename === 'Claim')).toBe(true);
  });
});
