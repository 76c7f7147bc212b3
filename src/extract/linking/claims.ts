// Which claim an attribution reports: the same speaker putting forward the same proposition in a
// second article is the claim already stored (or proposed earlier in the run), which the article
// then evidences too; anything else is a new claim, keyed by its speaker and words.
import { createHash } from 'node:crypto';
import type { StoredClaimCandidate } from '../../neo4j/reads/matching.ts';
import { slugOf } from './names.ts';
import { containment, jaccard, words } from './similarity.ts';

/** A claim the run knows: stored, or proposed by an earlier attribution. */
export interface KnownClaim {
  readonly id: string;
  readonly speakerId: string;
  /** Whether the speaker is an unnamed group ("officials", "the two countries"). */
  readonly speakerIsGroup: boolean;
  /** Its words as reported: a paraphrase, the quote, each evidence text. */
  readonly texts: readonly string[];
}

export interface ClaimProbe {
  /** Identifies the probe in the lookup's answer. */
  readonly key: string;
  readonly speakerId: string;
  readonly speakerIsGroup: boolean;
  readonly text: string;
}

/** Finds stored claims of each probe's speaker whose words are close to the probe's (one round trip). */
export type StoredClaimLookup = (probes: readonly ClaimProbe[]) => Promise<Map<string, StoredClaimCandidate[]>>;

// Words that carry no proposition of their own.
const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at for from by with as that this these those it its is are was were be been ' +
    'has have had will would could should may might can do does did not no than then there their they he she his her ' +
    'we our you your i me my him them who which what when where while said says say about into over after before'
  ).split(' '),
);

const propositionWords = (text: string) => new Set(words(text).filter((word) => !STOP_WORDS.has(word)));

/**
 * Whether two reports put forward the same proposition: most of the shorter one's words are in the
 * longer one ("had delivered … weapons to Russia" and "has delivered … munitions to Russia for its
 * war"), and the two share a fair part of all their words.
 */
export function sameProposition(a: string, b: string): boolean {
  const wordsA = propositionWords(a);
  const wordsB = propositionWords(b);
  if (Math.min(wordsA.size, wordsB.size) < 3) return false;
  return containment(wordsA, wordsB) >= 0.6 && jaccard(wordsA, wordsB) >= 0.3;
}

/** A new claim's key: its speaker's, its first words', and a digest of all of them, so that keys never collide. */
export function claimKey(speakerId: string, content: string): string {
  const digest = createHash('sha256')
    .update(`${speakerId}\u0000${words(content).join(' ')}`)
    .digest('hex');
  return `${speakerId}-${slugOf(words(content).slice(0, 6).join(' '), 40)}-${digest.slice(0, 8)}`;
}

/** One run's claims: each attribution is matched against the run's earlier ones and the stored graph. */
export class ClaimDirectory {
  private readonly known: KnownClaim[] = [];

  constructor(private readonly lookup: StoredClaimLookup) {}

  /**
   * The claim each probe reports, known or new, and its speaker (a known claim keeps its own); asks
   * the graph once for all probes.
   */
  async link(probes: readonly ClaimProbe[]): Promise<{ id: string; speakerId: string; known: boolean }[]> {
    const stored = await this.lookup(probes);
    for (const candidates of stored.values()) {
      for (const candidate of candidates) {
        if (this.known.some((known) => known.id === candidate.id)) continue;
        const texts = [candidate.paraphrase, ...(candidate.quote ? [candidate.quote] : []), ...candidate.evidence];
        this.known.push({
          id: candidate.id,
          speakerId: candidate.speakerId,
          speakerIsGroup: candidate.speakerIsGroup,
          texts,
        });
      }
    }
    return probes.map((probe) => {
      const says = (known: KnownClaim) => known.texts.some((text) => sameProposition(text, probe.text));
      // Unnamed groups are named differently by each article ("Russian and North Korean officials",
      // "the two countries"): the same proposition from two of them is taken for one claim.
      const same =
        this.known.find((known) => known.speakerId === probe.speakerId && says(known)) ??
        (probe.speakerIsGroup ? this.known.find((known) => known.speakerIsGroup && says(known)) : undefined);
      if (same) return { id: same.id, speakerId: same.speakerId, known: true };
      const id = claimKey(probe.speakerId, probe.text);
      this.known.push({ id, speakerId: probe.speakerId, speakerIsGroup: probe.speakerIsGroup, texts: [probe.text] });
      return { id, speakerId: probe.speakerId, known: false };
    });
  }
}
