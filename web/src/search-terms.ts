// The words of a search, cut the way the graph's full-text indexes cut text (Lucene's standard
// tokenizer, lower-cased, no stemming), so that what is highlighted is what matched: "rumors"
// marks "rumors" and "Rumors," but not "rumor".

/** A word: letters and digits, held together by an inner apostrophe or dot ("don’t", "U.S") or a digit group comma ("1,000"). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/** The distinct lower-cased words of a search. */
export function searchTerms(query: string): string[] {
  return [...new Set(Array.from(query.matchAll(WORD), (match) => match[0].toLowerCase()))];
}

export interface TextPart {
  text: string;
  matched: boolean;
}

/** The text cut into the runs that are search words and the runs between them. */
export function splitOnTerms(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(WORD)) {
    if (!terms.includes(match[0].toLowerCase())) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index), matched: false });
    parts.push({ text: match[0], matched: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), matched: false });
  return parts;
}

/**
 * About `length` characters of a long text around its first search word, cut at spaces, with an
 * ellipsis where it was cut; the text's beginning when no word matches.
 */
export function excerptAround(text: string, terms: readonly string[], length = 240): string {
  if (text.length <= length) return text;
  const first = Array.from(text.matchAll(WORD)).find((match) => terms.includes(match[0].toLowerCase()));
  const at = first?.index ?? 0;
  // A third of the excerpt before the word, so it reads as part of its sentence.
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
