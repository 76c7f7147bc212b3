// An article body cut into what the article page renders: paragraphs (the body's lines), and in
// each the evidence passages as nested pieces, so every passage is one element holding exactly its
// words, even when two claims share words. Offsets are UTF-16 code units, as JavaScript strings
// count them and as the API gives them.

export interface EvidenceSpan {
  key: string;
  start: number;
  end: number;
}

/** A run of the body's text; `covering` names the passages it lies in, innermost first. */
export interface TextPiece {
  type: 'text';
  start: number;
  end: number;
  covering: readonly string[];
}

/**
 * A passage, or the part of one that fits: a passage crossing the end of another one it starts in
 * continues as a second piece after it, and one crossing a line break as a piece in each
 * paragraph. Only a passage's first piece carries its identity (`first`).
 */
export interface PassagePiece {
  type: 'passage';
  key: string;
  first: boolean;
  start: number;
  end: number;
  children: Piece[];
}

export type Piece = TextPiece | PassagePiece;

export interface Paragraph {
  start: number;
  end: number;
  pieces: Piece[];
}

interface Span extends EvidenceSpan {
  first: boolean;
}

export function paragraphsOf(body: string, evidence: readonly EvidenceSpan[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const spans = evidence
        .filter((span) => span.start < end && span.end > start && span.start < span.end)
        .map((span) => ({
          key: span.key,
          start: Math.max(span.start, start),
          end: Math.min(span.end, end),
          first: span.start >= start,
        }));
      paragraphs.push({ start, end, pieces: nest(spans, start, end, []) });
    }
    start = end + 1;
  }
  return paragraphs;
}

/** Outer passages first: by start, then the longest; equal spans in a stable order, by key. */
const outerFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key);

/** The pieces of [from, to), which holds `spans` and lies in the passages `covering`. */
function nest(spans: readonly Span[], from: number, to: number, covering: readonly string[]): Piece[] {
  const queue = [...spans].sort(outerFirst);
  const pieces: Piece[] = [];
  let at = from;
  while (queue.length > 0) {
    const outer = queue.shift()!;
    if (outer.start > at) pieces.push({ type: 'text', start: at, end: outer.start, covering });
    const inside: Span[] = [];
    while (queue.length > 0 && queue[0]!.start < outer.end) {
      const span = queue.shift()!;
      if (span.end <= outer.end) {
        inside.push(span);
      } else {
        // It crosses the outer passage's end: the part inside nests, the rest waits its turn.
        inside.push({ ...span, end: outer.end });
        queue.push({ ...span, start: outer.end, first: false });
      }
    }
    queue.sort(outerFirst);
    pieces.push({
      type: 'passage',
      key: outer.key,
      first: outer.first,
      start: outer.start,
      end: outer.end,
      children: nest(inside, outer.start, outer.end, [outer.key, ...covering]),
    });
    at = outer.end;
  }
  if (at < to) pieces.push({ type: 'text', start: at, end: to, covering });
  return pieces;
}
