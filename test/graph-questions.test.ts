// The questions the graph model exists to answer, asked in Cypher against the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { FULLTEXT } from '../src/neo4j/graph-schema.ts';
import { connectTestGraph, reseed } from './support/graph.ts';

describe('who said what about whom, in Cypher', () => {
  let db: GraphDatabase;
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));

  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
  });
  afterAll(() => db.close());

  it('everything Lavrov said, with quotes, channel and evidence', async () => {
    const said = await rows(`
      MATCH (:Actor {name: 'Sergey Lavrov'})-[:STATED]->(c:Claim)-[:EVIDENCED_BY]->(e:Evidence)-[:FOUND_IN]->(a:Article)
      OPTIONAL MATCH (c)-[:VIA]->(channel:Actor)
      RETURN c.id AS claim, c.kind AS kind, c.quote AS quote, channel.name AS channel,
             a.id AS article, e.start AS start, e.end AS end
      ORDER BY claim`);
    const claims = new Set(said.map((r) => r.claim));
    expect(claims).toEqual(
      new Set([
        'lavrov-us-failed-to-prove',
        'lavrov-americans-keep-accusing',
        'lavrov-no-comment-on-rumors',
        'lavrov-talks-comprehensive',
        'lavrov-understanding-on-agreements',
        'lavrov-values-north-korea-support',
        'lavrov-ties-based-on-bilateral-concerns',
        'lavrov-friendship-not-against-anyone',
        'lavrov-supports-security-talks',
      ]),
    );
    // Everything Lavrov said is reported by the Moscow article only.
    expect(new Set(said.map((r) => r.article))).toEqual(new Set(['ap-lavrov-dismisses-us-claims']));
    const rumors = said.find((r) => r.claim === 'lavrov-no-comment-on-rumors')!;
    expect(rumors).toMatchObject({
      kind: 'DISMISSAL',
      quote: 'I don’t comment on rumors',
      channel: 'Russian state television',
    });
    expect(rumors.end - rumors.start).toBe('“I don’t comment on rumors,” he added.'.length);
  });

  it('who disputes the White House’s containers claim, and how', async () => {
    const disputes = await rows(`
      MATCH (speaker:Actor)-[:STATED]->(d:Claim)-[:DISPUTES]->(:Claim {id: 'white-house-1000-containers'})
      RETURN speaker.name AS speaker, d.id AS claim, d.kind AS kind ORDER BY claim`);
    expect(new Set(disputes.map((r) => r.speaker))).toEqual(new Set(['Sergey Lavrov', 'North Korea']));
    expect(disputes.map((r) => r.claim)).toEqual(
      expect.arrayContaining([
        'lavrov-us-failed-to-prove',
        'lavrov-no-comment-on-rumors',
        'north-korea-denies-arms-shipments',
      ]),
    );
    expect(disputes.find((r) => r.claim === 'north-korea-denies-arms-shipments')?.kind).toBe('DENIAL');
    const supporters = await rows(`
      MATCH (speaker:Actor)-[:STATED]->(:Claim)-[:SUPPORTS]->(:Claim {id: 'us-accuses-north-korea-arms-supply'})
      RETURN collect(DISTINCT speaker.name) AS names`);
    expect(supporters[0]!.names).toContain('South Korean officials');
  });

  it('which claims are evidenced by both articles: one claim, two pieces of evidence', async () => {
    const shared = await rows(`
      MATCH (c:Claim)-[:EVIDENCED_BY]->(e:Evidence)-[:FOUND_IN]->(a:Article)
      WITH c, collect(DISTINCT a.id) AS articles, count(e) AS evidence
      WHERE size(articles) = 2
      RETURN c.id AS claim, evidence ORDER BY claim`);
    expect(shared.map((r) => r.claim)).toEqual([
      'kirby-kim-seeks-weapons-technology',
      'officials-discussed-defense-ties',
      'us-accuses-north-korea-arms-supply',
      'white-house-1000-containers',
      'white-house-container-images',
    ]);
    expect(shared.every((r) => r.evidence === 2)).toBe(true);
  });

  it('what is located in North Korea: places, the events there, the actors based there', async () => {
    const places = await rows(`
      MATCH (place:Location)-[:LOCATED_IN*1..]->(:Location {name: 'North Korea'})
      RETURN place.name AS name, place.kind AS kind ORDER BY name`);
    expect(places).toEqual([
      { name: 'Najin', kind: 'PORT' },
      { name: 'Pyongyang', kind: 'CITY' },
    ]);
    const events = await rows(`
      MATCH (e:Event)-[at:TOOK_PLACE_AT]->(:Location)-[:LOCATED_IN*0..]->(:Location {name: 'North Korea'})
      RETURN e.id AS event, at.role AS role ORDER BY event`);
    expect(events).toContainEqual({ event: 'container-shipments-2023', role: 'ORIGIN' });
    expect(events).toContainEqual({ event: 'lavrov-pyongyang-trip-2023', role: 'VENUE' });
    const najin = await rows(
      `MATCH (l:Location {id: 'najin'}) RETURN l.coordinates.latitude AS lat, l.coordinates.longitude AS lon`,
    );
    expect(najin[0]!.lat).toBeCloseTo(42.25, 0);
    expect(najin[0]!.lon).toBeCloseTo(130.3, 0);
  });

  it('keeps when a claim was said apart from when the article was published', async () => {
    const [containers] = await rows(`
      MATCH (c:Claim {id: 'white-house-1000-containers'})-[:EVIDENCED_BY]->(:Evidence)-[:FOUND_IN]->(a:Article {id: 'ap-us-says-north-korea-delivered-containers'})
      RETURN toString(c.statedOn) AS statedOn, c.statedOnPrecision AS precision, toString(a.publishedAt) AS publishedAt`);
    expect(containers).toEqual({ statedOn: '2023-10-13', precision: 'DAY', publishedAt: '2025-04-13T19:16:59' });
  });

  it('finds claims, actors and articles through the full-text indexes', async () => {
    const claims = await rows(`CALL db.index.fulltext.queryNodes($index, 'rumors') YIELD node RETURN node.id AS id`, {
      index: FULLTEXT.claims,
    });
    expect(claims.map((r) => r.id)).toContain('lavrov-no-comment-on-rumors');
    const actors = await rows(
      `CALL db.index.fulltext.queryNodes($index, '"Russia’s top diplomat"') YIELD node RETURN node.id AS id`,
      { index: FULLTEXT.actors },
    );
    expect(actors[0]?.id).toBe('sergey-lavrov');
    const articles = await rows(
      `CALL db.index.fulltext.queryNodes($index, 'containers') YIELD node RETURN node.id AS id`,
      { index: FULLTEXT.articles },
    );
    expect(articles.map((r) => r.id).sort()).toEqual([
      'ap-lavrov-dismisses-us-claims',
      'ap-us-says-north-korea-delivered-containers',
    ]);
  });
});
