// The extractor against the seed's curated claims (seed/annotations/claims.yaml), article by article.
// The unit is an evidence: a claim as one article reports it (25 claims, 30 evidences).
//
// A prediction overlaps an evidence when any of its roles' characters fall inside the evidence's
// offsets. Its speaker matches a claim's when one of its names (the resolved source, or the mention
// itself) is, once "the", possessives and case are set aside, one of the speaker's names or aliases
// in actors.yaml, or ends with one ("Foreign Minister Sergey Lavrov" ends with "Sergey Lavrov"); a
// prediction without a source matches a speaker the article never names ("Unattributed sources").
//
// - recall: evidences that some prediction overlaps with a matching speaker, over all evidences.
// - speaker accuracy: over the evidences some prediction overlaps, those whose aligned prediction has
//   the right speaker. The aligned prediction of an evidence is the overlapping one whose cue has the
//   curated cue's verb ("has accused" → "accused"), else the most confident, else the first.
// - kind and channel accuracy: over the recalled evidences, whether the aligned prediction among
//   those with the right speaker has the curated kind, and the curated channel (its text holds one of
//   the channel actor's names) or, where the claim has none, none.
// - precision: correct predictions over those judged. Correct = it overlaps an evidence whose claim's
//   speaker it matches. Not judged = nested: its cue lies inside the content of a correct prediction
//   ("Kirby said the U.S. believes …": the curators made the whole sentence Kirby's claim and did not
//   annotate the belief inside it again). Everything else counts against it, including predictions
//   outside every evidence: the curators annotated every claim of the two articles, so one they left
//   out is taken to be an error; these are listed (`unannotated`) for a reader to judge.
import { loadSeed } from '../../ingest/annotations.ts';
import type { ActorRecord, ClaimRecord, EvidenceRecord } from '../../model/graph.ts';
import type { Analyzer } from '../attribution/analysis.ts';
import { type CandidateFinder, extractAttributions } from '../attribution/extract.ts';
import type { ExtractedAttribution } from '../attribution/types.ts';
import { nameKey } from '../linking/names.ts';
import type { Span } from './attribution.ts';

export interface SeedPrediction {
  readonly articleId: string;
  readonly attribution: ExtractedAttribution;
  readonly judgement: 'correct' | 'nested' | 'wrong speaker' | 'unannotated';
  readonly text: string;
}

export interface SeedEvidenceResult {
  readonly claimId: string;
  readonly articleId: string;
  readonly overlapped: boolean;
  readonly recalled: boolean;
  readonly speakerCorrect: boolean;
  readonly kindCorrect: boolean;
  readonly channelCorrect: boolean;
  /** The aligned prediction's source, cue and kind, for the report. */
  readonly predicted?: string;
}

export interface SeedScore {
  readonly evidences: readonly SeedEvidenceResult[];
  readonly predictions: readonly SeedPrediction[];
  readonly recall: number;
  readonly precision: number;
  readonly speakerAccuracy: number;
  readonly kindAccuracy: number;
  readonly channelAccuracy: number;
}

export async function scoreSeed(seedDir: string, analyzer: Analyzer, finder?: CandidateFinder): Promise<SeedScore> {
  const batch = loadSeed(seedDir);
  const actors = new Map(batch.actors.map((actor) => [actor.id, actor]));
  const claims = new Map(batch.claims.map((claim) => [claim.id, claim]));
  const evidences: SeedEvidenceResult[] = [];
  const predictions: SeedPrediction[] = [];
  for (const article of batch.articles) {
    const text = article.body;
    const predicted = await extractAttributions(text, {
      publishedAt: article.publishedAt,
      analyzer,
      ...(finder && { finder }),
    });
    const inArticle = batch.evidence.filter((evidence) => evidence.articleId === article.id);
    const speaks = (attribution: ExtractedAttribution, claim: ClaimRecord) =>
      speakerMatches(attribution, actors.get(claim.speakerId)!, text);
    for (const evidence of inArticle) {
      const claim = claims.get(evidence.claimId)!;
      const overlapping = predicted.filter((attribution) => overlaps(attribution, evidence));
      const right = overlapping.filter((attribution) => speaks(attribution, claim));
      const aligned = align(overlapping, claim, text);
      const best = align(right, claim, text);
      const channel = claim.channelId ? actors.get(claim.channelId) : undefined;
      evidences.push({
        claimId: claim.id,
        articleId: article.id,
        overlapped: aligned !== undefined,
        recalled: best !== undefined,
        speakerCorrect: aligned !== undefined && speaks(aligned, claim),
        kindCorrect: best?.kind === claim.kind,
        channelCorrect: best !== undefined && channelMatches(best, channel, text),
        ...(aligned && { predicted: describe(aligned, text) }),
      });
    }
    const correct = predicted.filter((attribution) =>
      inArticle.some(
        (evidence) => overlaps(attribution, evidence) && speaks(attribution, claims.get(evidence.claimId)!),
      ),
    );
    for (const attribution of predicted) {
      const nested = correct.some((outer) => outer !== attribution && within(attribution.cue[0]![0], outer.content));
      const judgement = correct.includes(attribution)
        ? 'correct'
        : nested
          ? 'nested'
          : inArticle.some((evidence) => overlaps(attribution, evidence))
            ? 'wrong speaker'
            : 'unannotated';
      predictions.push({ articleId: article.id, attribution, judgement, text: describe(attribution, text) });
    }
  }
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const recalled = evidences.filter((evidence) => evidence.recalled);
  const overlapped = evidences.filter((evidence) => evidence.overlapped);
  const judged = predictions.filter((prediction) => prediction.judgement !== 'nested');
  return {
    evidences,
    predictions,
    recall: share(recalled.length, evidences.length),
    precision: share(judged.filter((prediction) => prediction.judgement === 'correct').length, judged.length),
    speakerAccuracy: share(overlapped.filter((evidence) => evidence.speakerCorrect).length, overlapped.length),
    kindAccuracy: share(recalled.filter((evidence) => evidence.kindCorrect).length, recalled.length),
    channelAccuracy: share(recalled.filter((evidence) => evidence.channelCorrect).length, recalled.length),
  };
}

function overlaps(attribution: ExtractedAttribution, evidence: EvidenceRecord): boolean {
  const spans = [attribution.source ?? [], attribution.cue, attribution.content].flat();
  return spans.some(([start, end]) => start < evidence.end && evidence.start < end);
}

const within = (offset: number, span: Span) => span.some(([start, end]) => start <= offset && offset < end);

function namesOf(actor: ActorRecord): string[] {
  return [actor.name, ...actor.aliases].map(nameKey);
}

function nameMatches(predicted: string, names: readonly string[]): boolean {
  const name = nameKey(predicted);
  return names.some((actorName) => name === actorName || name.endsWith(` ${actorName}`));
}

function speakerMatches(attribution: ExtractedAttribution, speaker: ActorRecord, text: string): boolean {
  const names = namesOf(speaker);
  if (attribution.sourceKind === 'none') {
    // Names compared as whole words of the text, in the same form as the names themselves.
    const words = ` ${nameKey(text)} `;
    return !names.some((name) => words.includes(` ${name} `));
  }
  return [attribution.sourceText, ...attribution.sourceAliases].some((name) => nameMatches(name, names));
}

function channelMatches(attribution: ExtractedAttribution, channel: ActorRecord | undefined, text: string): boolean {
  if (!attribution.channel) return channel === undefined;
  if (!channel) return false;
  const spelled = nameKey(attribution.channel.map(([start, end]) => text.slice(start, end)).join(' '));
  return namesOf(channel).some((name) => spelled.includes(name));
}

/** The prediction standing for a claim among several: the curated cue's verb first, then confidence. */
function align(
  candidates: readonly ExtractedAttribution[],
  claim: ClaimRecord,
  text: string,
): ExtractedAttribution | undefined {
  const verb = (claim.cue ?? '')
    .toLowerCase()
    .split(/\s+/)
    .find((word) => !['has', 'have', 'had', 'also', 'steadfastly'].includes(word));
  const cueText = (attribution: ExtractedAttribution) =>
    attribution.cue.map(([start, end]) => text.slice(start, end).toLowerCase()).join(' ');
  const byCue = candidates.filter((attribution) => verb !== undefined && cueText(attribution).includes(verb));
  const pool = byCue.length > 0 ? byCue : candidates;
  return [...pool].sort((a, b) => b.confidence - a.confidence)[0];
}

function describe(attribution: ExtractedAttribution, text: string): string {
  const spelled = (span: Span | undefined) => span?.map(([start, end]) => text.slice(start, end)).join(' … ') ?? '—';
  const source =
    attribution.sourceAliases.length > 0
      ? `${attribution.sourceText} (“${spelled(attribution.source)}”)`
      : attribution.sourceText || '—';
  return `${source} | ${spelled(attribution.cue)} | ${attribution.kind} | ${spelled(attribution.content).slice(0, 60)}`;
}
