// Claim rows carry only the parts a request selects at their place (links, the claim's quote, cue and
// date, the speaker's aliases, description and base), so the same claim may arrive narrow in one
// place and whole in another. Every answer must equal the stored graph whatever the mix, and a part
// the request selects must come with its row, not cost another statement.
import { describe, expect, it } from 'vitest';
import { useSeededServer } from './support/server.ts';

const live = useSeededServer();

const stored = (cypher: string, params: Record<string, unknown>) =>
  live.db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));

const CLAIM = 'white-house-1000-containers';

describe('claim rows with only the selected parts', () => {
  it('answers a narrow lookup in one statement, and a wide one with every detail as stored', async () => {
    const narrow = await live.server.query(`{ claim(key: "${CLAIM}") { key paraphrase speaker { key name } } }`);
    const wide = await live.server.query(`{
      claim(key: "${CLAIM}") {
        key paraphrase quote cue statedOn { date precision text }
        speaker { key name aliases description basedIn { key } }
        onBehalfOf { key } channel { key }
      }
    }`);
    expect(narrow.errors).toBeUndefined();
    expect(wide.errors).toBeUndefined();
    expect(narrow.extensions!.cypherStatements).toBe(1);
    const [truth] = await stored(
      `MATCH (s:Actor)-[:STATED]->(c:Claim {id: $id})
       OPTIONAL MATCH (s)-[:BASED_IN]->(base)
       RETURN c.quote AS quote, c.cue AS cue, toString(c.statedOn) AS date, s.id AS speaker, s.aliases AS aliases,
              s.description AS description, base.id AS base`,
      { id: CLAIM },
    );
    const claim = wide.data!.claim;
    expect(claim).toMatchObject({
      quote: truth!.quote,
      cue: truth!.cue,
      speaker: { key: truth!.speaker, aliases: truth!.aliases, description: truth!.description },
    });
    expect(claim.statedOn?.date ?? null).toBe(truth!.date);
    expect(claim.speaker.basedIn?.key ?? null).toBe(truth!.base);
    expect(narrow.data!.claim).toEqual({
      key: claim.key,
      paraphrase: claim.paraphrase,
      speaker: { key: claim.speaker.key, name: claim.speaker.name },
    });
  });

  it('selects the details through aliases and fragments in the same statement', async () => {
    const answer = await live.server.query(`{
      claim(key: "${CLAIM}") {
        disputedBy(first: 5) { edges { node { key said: quote ...When speaker { key ...Known } } } }
      }
    }
    fragment When on Claim { statedOn { date } }
    fragment Known on Actor { otherNames: aliases }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions!.cypherStatements).toBe(1);
    const rows = await stored(
      `MATCH (s:Actor)-[:STATED]->(c:Claim)-[:DISPUTES]->(:Claim {id: $id})
       RETURN c.id AS key, c.quote AS said, toString(c.statedOn) AS date, s.aliases AS otherNames`,
      { id: CLAIM },
    );
    const edges = answer.data!.claim.disputedBy.edges as { node: any }[];
    expect(edges.length).toBe(Math.min(5, rows.length));
    for (const { node } of edges) {
      const truth = rows.find((r) => r.key === node.key)!;
      expect(node.said).toBe(truth.said);
      expect(node.statedOn?.date ?? null).toBe(truth.date);
      expect(node.speaker.otherNames).toEqual(truth.otherNames);
    }
  });

  it('answers a claim and an actor narrow in one place and whole in another as stored', async () => {
    // The disputing claims come narrow (no quote, a speaker with its name only); the same claims and
    // actors are then asked for whole, by key and as the subjects of claims.
    const answer = await live.server.query(`{
      claim(key: "${CLAIM}") {
        disputedBy(first: 20) { edges { node { key speaker { key name } } } }
      }
      lavrov: actor(key: "sergey-lavrov") { key aliases description basedIn { key } }
      denial: claim(key: "lavrov-us-failed-to-prove") { key quote cue speaker { aliases description } }
    }`);
    expect(answer.errors).toBeUndefined();
    const keys = answer.data!.claim.disputedBy.edges.map((e: any) => e.node.key);
    expect(keys).toContain('lavrov-us-failed-to-prove');
    const [lavrov] = await stored(
      `MATCH (a:Actor {id: 'sergey-lavrov'}) OPTIONAL MATCH (a)-[:BASED_IN]->(b) RETURN a.aliases AS aliases, a.description AS description, b.id AS base`,
      {},
    );
    expect(answer.data!.lavrov).toMatchObject({ aliases: lavrov!.aliases, description: lavrov!.description });
    expect(answer.data!.lavrov.basedIn?.key ?? null).toBe(lavrov!.base);
    const [denial] = await stored(
      `MATCH (c:Claim {id: 'lavrov-us-failed-to-prove'}) RETURN c.quote AS quote, c.cue AS cue`,
      {},
    );
    expect(answer.data!.denial).toMatchObject({
      quote: denial!.quote,
      cue: denial!.cue,
      speaker: { aliases: lavrov!.aliases, description: lavrov!.description },
    });
  });

  it('does not let a speaker fetched narrow stand in for the whole actor elsewhere in the request', async () => {
    // Speakers arrive with their names only; the same actors are then loaded as the claims' subjects.
    const answer = await live.server.query(`{
      claims(first: 25) { edges { node { speaker { key name } about { actor { key aliases description } } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const edges = answer.data!.claims.edges as { node: { speaker: { key: string }; about: { actor: any }[] } }[];
    const speakers = new Set(edges.map((e) => e.node.speaker.key));
    const subjects = edges.flatMap((e) => e.node.about.map((a) => a.actor));
    expect(subjects.some((actor) => speakers.has(actor.key))).toBe(true);
    const truth = new Map(
      (await stored(`MATCH (a:Actor) RETURN a.id AS key, a.aliases AS aliases, a.description AS description`, {})).map(
        (r) => [r.key, r],
      ),
    );
    for (const actor of subjects) {
      expect(actor.aliases, actor.key).toEqual(truth.get(actor.key)!.aliases);
      expect(actor.description, actor.key).toBe(truth.get(actor.key)!.description);
    }
  });

  it('lists keys and dates without the paraphrase, and a paraphrase selected through a fragment with it', async () => {
    const dated = await live.server.query(`{
      claims(first: 10) { edges { node { key statedOn { date } } } }
      worded: claims(first: 10) { edges { node { key ...Worded } } }
    }
    fragment Worded on Claim { paraphrase }`);
    expect(dated.errors).toBeUndefined();
    expect(dated.extensions!.cypherStatements).toBe(2);
    const truth = new Map(
      (
        await stored(`MATCH (c:Claim) RETURN c.id AS key, c.paraphrase AS paraphrase, toString(c.statedOn) AS date`, {})
      ).map((r) => [r.key, r]),
    );
    const edges = dated.data!.claims.edges as { node: { key: string; statedOn: { date: string } | null } }[];
    expect(edges).toHaveLength(10);
    for (const { node } of edges) {
      expect(node).not.toHaveProperty('paraphrase');
      expect(node.statedOn?.date ?? null, node.key).toBe(truth.get(node.key)!.date);
    }
    for (const { node } of dated.data!.worded.edges as { node: { key: string; paraphrase: string } }[]) {
      expect(node.paraphrase, node.key).toBe(truth.get(node.key)!.paraphrase);
    }
  });
});
