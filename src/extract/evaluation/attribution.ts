// The shape every part of the evaluation shares: an attribution is who (source) said (cue) what
// (content), each role a span of character offsets into the article's text. Offsets are JavaScript
// string indices (UTF-16 code units); brat counts code points, which is the same for text without
// characters beyond the Basic Multilingual Plane (polnear.ts checks that PolNeAR's texts are).

/** A half-open character range [start, end). */
export type Fragment = readonly [start: number, end: number];

/** A role's text: one fragment, or several when the annotation skips words (a quote split by "he said"). */
export type Span = readonly Fragment[];

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface Attribution {
  /** Absent when the text names nobody ("it is said that…", PolNeAR's Attribution-no-source). */
  readonly source?: Span;
  readonly cue: Span;
  readonly content: Span;
}

/**
 * Sorted, with overlapping or touching fragments merged: two spans covering the same characters get
 * the same form, whatever order or pieces an annotator or a model wrote them in.
 */
export function normalizeSpan(fragments: Iterable<Fragment>): Span {
  const sorted = [...fragments].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
