// Anchors a piece of evidence in its article body: the offsets of the verbatim text plus the
// characters either side (W3C TextPositionSelector + TextQuoteSelector). The seed and the write
// API both locate evidence here, so a span means the same wherever it came from.
import type { EvidenceRecord } from '../model/graph.ts';

/** Characters of context kept on each side of an evidence span (W3C TextQuoteSelector). */
const CONTEXT_CHARS = 32;

/** Finds where the evidence text stands in the body: at `start` when given, else its only occurrence. */
export function locateEvidence(body: string, text: string, start: number | undefined): number | string {
  if (start !== undefined) {
    const found = body.slice(start, start + text.length);
    return found === text ? start : `text is not at offset ${start}; the body has "${found.slice(0, 60)}" there`;
  }
  const first = body.indexOf(text);
  if (first < 0)
    return `text "${text.slice(0, 70)}${text.length > 70 ? '…' : ''}" does not occur verbatim in the article body`;
  const again = body.indexOf(text, first + 1);
  if (again >= 0) return `text occurs more than once in the article body (offsets ${first}, ${again}, …); give "start"`;
  return first;
}

/** The evidence record of a span, or what is wrong with it. */
export function anchorEvidence(
  claimId: string,
  articleId: string,
  body: string,
  span: { text: string; start?: number | undefined },
): EvidenceRecord | string {
  const start = locateEvidence(body, span.text, span.start);
  if (typeof start === 'string') return start;
  const end = start + span.text.length;
  return {
    id: `${claimId}@${articleId}:${start}-${end}`,
    claimId,
    articleId,
    text: span.text,
    start,
    end,
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}
