import { splitOnTerms } from '../search-terms.ts';

/** The text with every search word in it marked. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  return splitOnTerms(text, terms).map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
    part.matched ? <mark key={index}>{part.text}</mark> : part.text,
  );
}
