// The claim kind: the cue's (cues.ts), sharpened where the cue is neutral ("said", "told", "added")
// and the content or the source says more. In order:
//   a news medium's plain statement reports          KCNA said Kim made the comments …    → REPORT
//   a content that waves something away dismisses    “I don’t comment on rumors,” he added → DISMISSAL
//   a content opening with a cue of its own takes it  Kirby said the U.S. believes …        → ASSESSMENT
//   a content negated from its first clause denies    “Our friendship isn’t directed …”     → DENIAL
// and a stance taken on an action proposes it: "he supports holding regular talks" → PROPOSAL.
import type { ClaimKind } from '../../model/vocabulary.ts';
import type { Token } from './analysis.ts';

const DISMISSIVE = new Set(
  (
    'rumor rumors rumour rumours nonsense absurd ridiculous baseless groundless hoax fabrication fabricated ' +
    'lies propaganda laughable preposterous'
  ).split(' '),
);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no']);
const STANCES = new Set(['support', 'back', 'endorse', 'favor', 'advocate']);
/** How many tokens into the content a negation or a nested cue still opens it. */
export const OPENING_TOKENS = 6;

export interface KindEvidence {
  readonly cueKind: ClaimKind;
  readonly cueLemma: string;
  /** The content's tokens, quote marks included. */
  readonly content: readonly Token[];
  readonly sourceIsMedium: boolean;
  /** The kind of a cue among the content's first words, with that cue's lemma. */
  readonly nested?: { readonly kind: ClaimKind; readonly cueLemma: string };
}

export function claimKind({ cueKind, cueLemma, content, sourceIsMedium, nested }: KindEvidence): ClaimKind {
  if (STANCES.has(cueLemma) && content.some((token, i) => i < 2 && token.pos === 'VERB' && /ing$/.test(token.text))) {
    return 'PROPOSAL';
  }
  if (cueKind !== 'ASSERTION') return cueKind;
  if (sourceIsMedium) return 'REPORT';
  if (content.some((token) => DISMISSIVE.has(token.lemma) || DISMISSIVE.has(token.text.toLowerCase()))) {
    return 'DISMISSAL';
  }
  if (nested && nested.kind !== 'ASSERTION') return nested.kind;
  // Within the first clause: "they discussed ties but didn’t disclose steps" denies nothing.
  const clauseEnd = content.findIndex((token, i) => i > 1 && (token.pos === 'CCONJ' || /^[,;]$/.test(token.text)));
  const opening = content.slice(0, Math.min(OPENING_TOKENS + 2, clauseEnd < 0 ? content.length : clauseEnd));
  if (opening.some((token) => NEGATIONS.has(token.text.toLowerCase()))) return 'DENIAL';
  return cueKind;
}
