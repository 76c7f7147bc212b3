// The seed's claims that both of its articles report, against what reading the two pages proposes on
// an emptied graph (as `npm run ingest -- seed/pages/*` does): each such claim should come out as one
// proposed claim with evidence in both articles, not as two claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed } from '../../ingest/annotations.ts';
import type { ActorRecord } from '../../model/graph.ts';
import type { CandidateFinder } from '../attribution/extract.ts';
import type { LinkedActor } from '../linking/actors.ts';
import { nameKey } from '../linking/names.ts';
import { ArticleReader, EMPTY_GRAPH, type ProposedClaim } from '../reading.ts';

export interface SeedMerges {
  /** Curated claims with evidence in both articles. */
  readonly total: number;
  readonly merged: readonly string[];
  readonly missed: readonly string[];
}

const namesOf = (actor: ActorRecord | LinkedActor) => new Set([actor.name, ...actor.aliases].map(nameKey));

export async function seedMerges(seedDir: string, finder?: CandidateFinder): Promise<SeedMerges> {
  const batch = loadSeed(seedDir);
  const reader = new ArticleReader(EMPTY_GRAPH, finder);
  const proposed = new Map<string, ProposedClaim[]>();
  for (const article of batch.articles) {
    const page = join(seedDir, 'pages', article.sourceFile);
    const proposal = await reader.propose({ content: readFileSync(page), source: page });
    proposed.set(article.id, proposal.claims);
  }
  const actors = new Map(batch.actors.map((actor) => [actor.id, actor]));
  const merged: string[] = [];
  const missed: string[] = [];
  for (const claim of batch.claims) {
    const evidence = batch.evidence.filter((e) => e.claimId === claim.id);
    if (new Set(evidence.map((e) => e.articleId)).size < 2) continue;
    const speakerNames = namesOf(actors.get(claim.speakerId)!);
    // The proposed claims reporting each curated evidence: overlapping it, by the same speaker.
    const reporting = evidence.map(
      (e) =>
        new Set(
          (proposed.get(e.articleId) ?? [])
            .filter((p) => p.evidence.start < e.end && e.start < p.evidence.end)
            .filter((p) => [...namesOf(p.speaker)].some((name) => speakerNames.has(name)))
            .map((p) => p.id),
        ),
    );
    const [first, ...rest] = reporting;
    const shared = [...first!].some((id) => rest.every((ids) => ids.has(id)));
    (shared ? merged : missed).push(claim.id);
  }
  return { total: merged.length + missed.length, merged, missed };
}
