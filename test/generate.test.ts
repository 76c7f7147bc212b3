// The synthetic news generator: deterministic, shaped like news (a few actors dominate, claims are
// re-reported, dates span years), internally consistent, and the same graph whatever the batch size.
import { describe, expect, it } from 'vitest';
import { emptyGraphBatch, type GraphBatch } from '../src/model/graph.ts';
import { generateNews, planNews } from '../src/synthetic/news.ts';

const CLAIMS = 5_000;

async function collect(options: { claims: number; seed: number; batchClaims: number }): Promise<GraphBatch[]> {
  const batches: GraphBatch[] = [];
  for await (const batch of generateNews(options)) batches.push(batch);
  return batches;
}

function merged(batches: GraphBatch[]): GraphBatch {
  const all = emptyGraphBatch();
  for (const batch of batches)
    for (const key of Object.keys(all) as (keyof GraphBatch)[]) {
      if (key !== 'provenance') (all[key] as unknown[]).push(...batch[key]);
    }
  return all;
}

const batches = await collect({ claims: CLAIMS, seed: 7, batchClaims: 1_000 });
const graph = merged(batches);

describe('the synthetic news generator', () => {
  it('gives exactly the requested number of claims and the planned entities', () => {
    const plan = planNews(CLAIMS);
    expect(graph.claims).toHaveLength(CLAIMS);
    expect(graph.actors).toHaveLength(plan.actors);
    expect(graph.locations).toHaveLength(plan.locations);
    expect(graph.events).toHaveLength(plan.events);
    for (const key of ['articles', 'actors', 'locations', 'events', 'claims', 'evidence'] as const) {
      const ids = graph[key].map((record) => record.id);
      expect(new Set(ids).size, `${key} ids are unique`).toBe(ids.length);
    }
  });

  it('is deterministic, and the batch size only decides where the stream is cut', async () => {
    expect(merged(await collect({ claims: CLAIMS, seed: 7, batchClaims: 333 }))).toEqual(graph);
    const other = merged(await collect({ claims: CLAIMS, seed: 8, batchClaims: 1_000 }));
    expect(other.claims.map((c) => c.paraphrase)).not.toEqual(graph.claims.map((c) => c.paraphrase));
  });

  it('cuts batches near the requested size without splitting an article', () => {
    for (const batch of batches) expect(batch.claims.length).toBeLessThan(1_000 + 10);
    for (const batch of batches) {
      const articles = new Set(batch.articles.map((a) => a.id));
      for (const evidence of batch.evidence) expect(articles.has(evidence.articleId)).toBe(true);
    }
  });

  it('refers only to what an earlier record or batch already holds', () => {
    const seen = new Set<string>();
    for (const batch of batches) {
      const known = (id: string | null) => id === null || seen.has(id);
      for (const l of batch.locations) {
        expect(known(l.withinId), `${l.id} within`).toBe(true);
        seen.add(l.id);
      }
      for (const a of batch.actors) seen.add(a.id);
      for (const a of batch.actors) {
        expect(known(a.basedInId)).toBe(true);
        for (const affiliation of a.affiliations) expect(known(affiliation.actorId)).toBe(true);
      }
      for (const e of batch.events) {
        expect(known(e.partOfId), `${e.id} part of`).toBe(true);
        for (const p of [...e.places.map((x) => x.locationId), ...e.participants.map((x) => x.actorId)])
          expect(known(p)).toBe(true);
        seen.add(e.id);
      }
      for (const a of batch.articles) {
        expect(known(a.outletId) && known(a.datelineLocationId)).toBe(true);
        seen.add(a.id);
      }
      for (const c of batch.claims) {
        for (const ref of [
          c.speakerId,
          c.onBehalfOfId,
          c.channelId,
          ...c.about.map((x) => x.actorId),
          ...c.locationIds,
          ...c.eventIds,
        ]) {
          expect(known(ref), `${c.id} refers to ${ref}`).toBe(true);
        }
        seen.add(c.id);
      }
      for (const link of [...batch.disputes, ...batch.supports])
        expect(known(link.fromId) && known(link.toId)).toBe(true);
      for (const e of batch.evidence) expect(known(e.claimId) && known(e.articleId)).toBe(true);
    }
  });

  it('cuts every evidence span from its article body at the stored offsets', () => {
    const bodies = new Map(graph.articles.map((a) => [a.id, a.body]));
    for (const e of graph.evidence) {
      const body = bodies.get(e.articleId)!;
      expect(body.slice(e.start, e.end)).toBe(e.text);
      expect(body.slice(Math.max(0, e.start - e.prefix.length), e.start)).toBe(e.prefix);
      expect(body.slice(e.end, e.end + e.suffix.length)).toBe(e.suffix);
    }
    const evidenced = new Set(graph.evidence.map((e) => e.claimId));
    expect(evidenced.size, 'every claim has evidence').toBe(CLAIMS);
  });

  it('has the shape of news: a few actors dominate, claims are re-reported, dates span years', () => {
    const spoken = new Map<string, number>();
    for (const c of graph.claims) spoken.set(c.speakerId, (spoken.get(c.speakerId) ?? 0) + 1);
    const counts = [...spoken.values()].sort((a, b) => b - a);
    const topPercent = counts.slice(0, Math.ceil(graph.actors.length / 100)).reduce((a, b) => a + b, 0);
    expect(topPercent / CLAIMS, 'the top 1% of actors make over 15% of the claims').toBeGreaterThan(0.15);

    const articlesPerClaim = new Map<string, Set<string>>();
    for (const e of graph.evidence)
      articlesPerClaim.set(e.claimId, (articlesPerClaim.get(e.claimId) ?? new Set()).add(e.articleId));
    const reReported = [...articlesPerClaim.values()].filter((articles) => articles.size > 1).length;
    expect(reReported / CLAIMS).toBeGreaterThan(0.05);
    expect(graph.disputes.length).toBeGreaterThan(0);
    expect(graph.supports.length).toBeGreaterThan(0);

    const years = new Set(graph.articles.map((a) => a.publishedAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    const claimsPerArticle = graph.evidence.length / graph.articles.length;
    expect(claimsPerArticle).toBeGreaterThan(3);
  });
});
