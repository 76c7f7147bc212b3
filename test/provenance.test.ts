// Every claim records how it got into the graph: curated by people (the seed, the write API) or
// extracted by a machine, with the extractor's name, version and confidence. An extractor's write
// goes through the editors' upsert path, but never changes a curated claim: it may only add its
// article's evidence to one. Claim lists filter by origin and confidence.
import { describe, expect, it } from 'vitest';
import { upsertGraph } from '../src/ingest/upsert.ts';
import type { BatchProvenance } from '../src/model/graph.ts';
import { claimPages } from '../src/neo4j/reads/claims.ts';
import { statementOf } from './cypher/statements.ts';
import { fingerprint } from './support/graph.ts';
import { useSeededServer } from './support/server.ts';
import {
  article,
  EDITOR_KEY,
  KYIV_BODY,
  kuleba,
  kyiv,
  shellsClaim,
  TEST_ACCESS,
  UPSERT_CLAIMS,
} from './support/writes.ts';

const live = useSeededServer({ access: TEST_ACCESS });

const EXTRACTOR: BatchProvenance = { origin: 'EXTRACTED', extractor: 'quote-finder', extractorVersion: '0.3.1' };

/** A seeded, curated claim with a channel, a principal, three subjects, an event and two disputes. */
const CURATED_CLAIM = 'lavrov-us-failed-to-prove';
const NEW_CLAIM = 'kuleba-north-korean-shells';
const KYIV_ARTICLE = 'ap-kuleba-north-korean-shells';
const DENIAL = 'Russia’s Foreign Ministry denied it.';
/** Inside the curated claim's own evidence in the Moscow article, but not the same span. */
const MOSCOW_ARTICLE = 'ap-lavrov-dismisses-us-claims';
const UNPROVEN = 'saying Washington has failed to prove the allegation';

/**
 * What an extractor might report: a claim the graph lacks, and one under the key of a curated claim
 * that says something else about it (another speaker, subject and link, and other evidence in an
 * article the curated claim has evidence in).
 */
const extractedRun = () => ({
  articles: [article()],
  locations: [kyiv],
  actors: [kuleba],
  claims: [
    { ...shellsClaim(), confidence: 0.72 },
    {
      id: CURATED_CLAIM,
      kind: 'DENIAL',
      speaker: 'russia',
      paraphrase: 'Russia denied that North Korean shells hit Kharkiv.',
      about: [{ actor: 'north-korea', role: 'SUBJECT' }],
      evidence: [
        { article: KYIV_ARTICLE, text: DENIAL },
        { article: MOSCOW_ARTICLE, text: UNPROVEN },
      ],
      supports: [{ claim: 'white-house-1000-containers', rationale: 'a guess of the extractor' }],
      confidence: 0.41,
    },
  ],
});

const stored = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await live.db.query(cypher, params)).records.map((record) => record.toObject());

/** A claim as stored: its properties, every relationship but its evidence, and its evidence's ids. */
async function storedClaim(id: string) {
  const [row] = await stored(
    `MATCH (c:Claim {id: $id})
     RETURN properties(c) AS properties,
       COLLECT { MATCH (c)-[r]-(other) WHERE NOT other:Evidence
                 RETURN [type(r), startNode(r) = c, other.id, properties(r)] } AS links,
       COLLECT { MATCH (c)-[:EVIDENCED_BY]->(e) RETURN e.id } AS evidence`,
    { id },
  );
  return {
    properties: row!.properties,
    links: (row!.links as unknown[]).map((link) => JSON.stringify(link)).sort(),
    evidence: (row!.evidence as string[]).sort(),
  };
}

const PROVENANCE = 'provenance { origin extractor extractorVersion confidence }';
const CURATED_PROVENANCE = { origin: 'CURATED', extractor: null, extractorVersion: null, confidence: null };

async function read(query: string) {
  const response = await live.server.query(query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response;
}

describe('how each claim got into the graph', () => {
  let curatedBefore: Awaited<ReturnType<typeof storedClaim>>;

  it('records every seeded claim as curated, with no extractor', async () => {
    const { data } = await read(`{ claims(first: 100) { totalCount edges { node { key ${PROVENANCE} } } } }`);
    expect(data!.claims.totalCount).toBe(25);
    for (const { node } of data!.claims.edges) expect(node.provenance, node.key).toEqual(CURATED_PROVENANCE);
    expect(await stored('MATCH (c:Claim) RETURN c.origin AS origin, count(*) AS claims')).toEqual([
      { origin: 'CURATED', claims: 25 },
    ]);
  });

  it('stores a new extracted claim with its extractor, version and confidence', async () => {
    curatedBefore = await storedClaim(CURATED_CLAIM);
    const outcome = await upsertGraph(live.db, extractedRun(), EXTRACTOR);
    expect([...outcome.created.claims]).toEqual([NEW_CLAIM]);
    const { data } = await read(`{ claim(key: "${NEW_CLAIM}") { paraphrase ${PROVENANCE} } }`);
    expect(data!.claim).toEqual({
      paraphrase: shellsClaim().paraphrase,
      provenance: { origin: 'EXTRACTED', extractor: 'quote-finder', extractorVersion: '0.3.1', confidence: 0.72 },
    });
  });

  it('leaves a curated claim as it was when an extractor reports it, only adding the extracted evidence', async () => {
    const after = await storedClaim(CURATED_CLAIM);
    expect(after.properties).toEqual(curatedBefore.properties);
    expect(after.links).toEqual(curatedBefore.links);
    expect(after.evidence).toEqual(expect.arrayContaining(curatedBefore.evidence));
    expect(after.evidence).toHaveLength(curatedBefore.evidence.length + 2);
    const { data } = await read(`{
      claim(key: "${CURATED_CLAIM}") {
        ${PROVENANCE}
        evidence { edges { node { text article { key } } } }
      }
    }`);
    expect(data!.claim.provenance).toEqual(CURATED_PROVENANCE);
    expect(data!.claim.evidence.edges).toEqual(
      expect.arrayContaining([
        { node: { text: DENIAL, article: { key: KYIV_ARTICLE } } },
        { node: { text: UNPROVEN, article: { key: MOSCOW_ARTICLE } } },
      ]),
    );
  });

  it('changes nothing when the same extracted request is written again', async () => {
    const before = await fingerprint(live.db);
    const outcome = await upsertGraph(live.db, extractedRun(), EXTRACTOR);
    expect(outcome.created.claims.size).toBe(0);
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('filters every claim list by origin and confidence', async () => {
    const { data } = await read(`{
      extracted: claims(filter: { origin: EXTRACTED }) { totalCount edges { node { key ${PROVENANCE} } } }
      curated: claims(filter: { origin: CURATED }) { totalCount }
      sure: claims(filter: { minConfidence: 0.8 }) { totalCount }
      fairlySure: claims(filter: { minConfidence: 0.7 }) { totalCount }
      sureExtracted: claims(filter: { origin: EXTRACTED, minConfidence: 0.8 }) { totalCount }
      actor(key: "dmytro-kuleba") {
        curated: claimsMade(filter: { origin: CURATED }) { totalCount }
        extracted: claimsMade(filter: { origin: EXTRACTED }) { edges { node { key } } }
      }
      article(key: "${KYIV_ARTICLE}") {
        curated: claims(filter: { origin: CURATED }) { edges { node { key } } }
      }
    }`);
    expect(data!.extracted).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            key: NEW_CLAIM,
            provenance: { origin: 'EXTRACTED', extractor: 'quote-finder', extractorVersion: '0.3.1', confidence: 0.72 },
          },
        },
      ],
    });
    expect(data!.curated.totalCount).toBe(25);
    // Curated claims have no confidence, so a least confidence keeps them.
    expect(data!.sure.totalCount).toBe(25);
    expect(data!.fairlySure.totalCount).toBe(26);
    expect(data!.sureExtracted.totalCount).toBe(0);
    expect(data!.actor).toEqual({ curated: { totalCount: 0 }, extracted: { edges: [{ node: { key: NEW_CLAIM } }] } });
    // The curated claim the extractor found in the Kyiv article is reported by it now, and stays curated.
    expect(data!.article.curated.edges).toEqual([{ node: { key: CURATED_CLAIM } }]);
  });

  it('answers the origin filter from the claim_origin index', async () => {
    const { cypher, params } = await statementOf((db) =>
      claimPages(db, [''], {
        scope: 'all',
        filter: { origin: 'EXTRACTED' },
        order: 'STATED_ON_ASC',
        window: { offset: 0, limit: 21, counted: true },
      }),
    );
    const { plan } = (await live.db.query(`EXPLAIN ${cypher}`, params)).summary;
    const operators: string[] = [];
    const visit = (step: typeof plan) => {
      if (!step) return;
      operators.push(`${step.operatorType} ${String(step.arguments.Details ?? '')}`);
      for (const child of step.children) visit(child);
    };
    visit(plan);
    // The count and the page each seek the index.
    expect(
      operators.filter((operator) => operator.startsWith('NodeIndexSeek') && operator.includes('c:Claim(origin)')),
    ).toHaveLength(2);
  });

  it('reads the provenance with the claim rows, at any depth, without a statement of its own', async () => {
    const response = await read(`{
      claims(first: 30) {
        edges { node { key ${PROVENANCE} disputedBy { edges { node { key ${PROVENANCE} speaker { name } } } } } }
      }
    }`);
    expect(response.extensions!.cypherStatements).toBe(1);
    const disputing = response.data!.claims.edges.flatMap((edge: any) => edge.node.disputedBy.edges);
    expect(disputing.length).toBeGreaterThan(5);
    for (const { node } of disputing) expect(node.provenance).toEqual(CURATED_PROVENANCE);
  });

  it('refuses an extractor’s claims without confidences, and an extractor without a name; and a curated confidence', async () => {
    const before = await fingerprint(live.db);
    const { confidence: _, ...unsure } = extractedRun().claims[0]!;
    await expect(upsertGraph(live.db, { claims: [unsure] }, EXTRACTOR)).rejects.toThrow(
      /claims entry 0 "kuleba-north-korean-shells" field confidence: /,
    );
    await expect(upsertGraph(live.db, { claims: [{ ...unsure, confidence: 1.5 }] }, EXTRACTOR)).rejects.toThrow(
      /field confidence: Too big/,
    );
    await expect(
      upsertGraph(live.db, { claims: [{ ...unsure, confidence: 0.9 }] }, { ...EXTRACTOR, extractor: ' ' }),
    ).rejects.toThrow(/provenance extractor: /);
    await expect(upsertGraph(live.db, { claims: [{ ...unsure, confidence: 0.9 }] })).rejects.toThrow(
      /claims entry 0 "kuleba-north-korean-shells": Unrecognized key: "confidence"/,
    );
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('makes an extracted claim curated when an editor writes it, dropping what the extractor said', async () => {
    const response = await live.server.query(UPSERT_CLAIMS, { input: [shellsClaim()] }, EDITOR_KEY);
    expect(response.errors).toBeUndefined();
    const { data } = await read(`{ claim(key: "${NEW_CLAIM}") { ${PROVENANCE} } }`);
    expect(data!.claim.provenance).toEqual(CURATED_PROVENANCE);
    const [properties] = await stored('MATCH (c:Claim {id: $id}) RETURN keys(c) AS keys', { id: NEW_CLAIM });
    expect(properties!.keys).not.toContain('confidence');
    // Written again by the extractor, it now stays as the editor left it.
    const before = await storedClaim(NEW_CLAIM);
    await upsertGraph(live.db, extractedRun(), EXTRACTOR);
    expect(await storedClaim(NEW_CLAIM)).toEqual(before);
  });

  it('refuses an extractor’s new body that would strand a curated claim’s evidence, which only an editor re-anchors', async () => {
    const before = await fingerprint(live.db);
    const run = extractedRun();
    await expect(
      upsertGraph(live.db, { ...run, articles: [article(`UPDATED: ${KYIV_BODY}`)] }, EXTRACTOR),
    ).rejects.toThrow(
      /the stored evidence "kuleba-north-korean-shells@ap-kuleba-north-korean-shells:\d+-\d+" of claim/,
    );
    expect(await fingerprint(live.db)).toBe(before);
  });
});
