// Direct quotes: quotation marks paired across the text. Curly marks say which way they face; a
// straight mark (", or two apostrophes '' as some newspapers write it) opens when no quote is open
// and closes otherwise. News style runs a quote over several paragraphs by opening each paragraph
// again and closing only the last one, so a quote left open at a line break continues when the next
// paragraph opens with a mark, and is dropped (an unpaired mark, not a quote) otherwise. Single marks
// are left alone: most are apostrophes.
import type { Fragment } from '../evaluation/attribution.ts';

export interface Quote {
  /** Each paragraph's part, marks included: text.slice(start, end) is “…” or, before a break, “… */
  readonly fragments: readonly Fragment[];
  /** The quoted words without the marks, one fragment a paragraph. */
  readonly inner: readonly Fragment[];
  readonly start: number;
  readonly end: number;
}

type Mark = 'opening' | 'closing' | 'straight';

/** The quotation mark at i, if any, and its length. */
export function quoteMarkAt(text: string, i: number): { mark: Mark; length: number } | undefined {
  const char = text[i];
  if (char === '“') return { mark: 'opening', length: 1 };
  if (char === '”') return { mark: 'closing', length: 1 };
  if (char === '"') return { mark: 'straight', length: 1 };
  if ((char === "'" || char === '’') && text[i + 1] === char) return { mark: 'straight', length: 2 };
  return undefined;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  /** The parts of the open quote in earlier paragraphs, and where its current part opened. */
  let earlier: { fragment: Fragment; inner: Fragment }[] = [];
  let opened: { at: number; length: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      if (!opened) continue;
      // Open at a line break: it goes on only if the next paragraph opens with a mark.
      const next = text.slice(i + 1).search(/\S/);
      const mark = next < 0 ? undefined : quoteMarkAt(text, i + 1 + next);
      if (mark && mark.mark !== 'closing') {
        const end = trimEnd(text, i);
        earlier.push({ fragment: [opened.at, end], inner: [opened.at + opened.length, end] });
      } else earlier = [];
      opened = undefined;
      continue;
    }
    const found = quoteMarkAt(text, i);
    if (!found) continue;
    const closes = found.mark === 'closing' || (found.mark === 'straight' && opened !== undefined);
    if (closes && opened) {
      const end = i + found.length;
      const parts = [
        ...earlier,
        { fragment: [opened.at, end] as Fragment, inner: [opened.at + opened.length, i] as Fragment },
      ];
      quotes.push({
        fragments: parts.map((part) => part.fragment),
        inner: parts.map((part) => part.inner),
        start: parts[0]!.fragment[0],
        end,
      });
      earlier = [];
      opened = undefined;
    } else if (!closes) {
      // A second opening mark: the first was unpaired.
      if (opened) earlier = [];
      opened = { at: i, length: found.length };
    }
    i += found.length - 1;
  }
  return quotes.filter((quote) => quote.inner.some(([start, end]) => text.slice(start, end).trim() !== ''));
}

function trimEnd(text: string, end: number): number {
  let stop = end;
  while (stop > 0 && /\s/.test(text[stop - 1]!)) stop--;
  return stop;
}
