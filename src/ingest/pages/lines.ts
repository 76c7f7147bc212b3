// What a line of a page is, judged by its form rather than by any one site's words: article prose
// (sentences that end in sentence punctuation, mostly in lower case), or clutter (menus, breadcrumbs,
// headline lists, counters, banners, bylines, share buttons, photo captions), or neither (a short
// quote, a subheading), which belongs to the article only between its paragraphs.

export type LineKind = 'prose' | 'aside' | 'clutter';

const ENDS_A_SENTENCE = /[.!?…]["'”’)\]]*$/u;
const LIST_MARKER = /^(?:[-*•·▪►–—]|\d{1,2}[.)])\s/u;
/** "veryGood! (3572)", "12 comments", "1.2K shares". */
const COUNTER =
  /^(?:\S+\s*)?\(\d[\d,.]*[KkMm]?\)$|^\d[\d,.]*[KkMm]?\s*(?:comments?|shares?|views?|likes?|reactions?)?$/i;
/** Breadcrumbs and menus: "Home > World > Asia", "News | Sport | Weather". */
const NAVIGATION = /\s[>»›/]\s|(?:\|[^|]*){2}/u;
const LINK = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/i;
const BYLINE = /^By\s+\p{Lu}/u;
/** "(AP Photo/Evan Vucci)", "Photo: Reuters", "… via Getty Images". */
const CAPTION =
  /\([^()]*\b(?:Photos?|Image|Picture|Video|File)\b[^()]*\)$|^(?:Photo|Image|Picture|Caption|Credit|File photo)s?\s*:|\bGetty Images$/i;
/** Banners and calls to action: cookies, subscriptions, sharing, copyright, "3 min read". */
const CALL_TO_ACTION =
  /\b(?:sign up|subscribe (?:now|today|to our|for)|our newsletter|we use cookies|cookie (?:policy|settings)|accept (?:all )?cookies|privacy policy|terms of (?:use|service)|all rights reserved|copyright \d{4}|follow us|share (?:this|on)|read more|click here|download (?:the|our) app|listen to this article|skip to (?:main )?content|\d+ min(?:ute)?s? read|\d+ (?:minutes?|hours?|days?) ago)\b|©/i;

const wordsOf = (line: string) => line.split(/\s+/).filter((word) => word !== '');

/** The share of words of four letters or more that are capitalised: headlines and menus score high. */
function titleCaseShare(words: string[]): number {
  const long = words.filter((word) => /\p{L}{4}/u.test(word));
  if (long.length === 0) return 0;
  return long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length / long.length;
}

/** Clutter by its form alone, whatever stands around it. */
export function isClutter(line: string): boolean {
  return (
    LIST_MARKER.test(line) ||
    COUNTER.test(line) ||
    NAVIGATION.test(line) ||
    LINK.test(line) ||
    CAPTION.test(line) ||
    CALL_TO_ACTION.test(line) ||
    // "By Jim Heintz and Kim Lee", not "By Friday, the count had doubled."
    (BYLINE.test(line) && wordsOf(line).length <= 12 && !ENDS_A_SENTENCE.test(line))
  );
}

/** A line that could be the article's title: a few words that are not clutter. */
export function couldBeTitle(line: string): boolean {
  const words = wordsOf(line).length;
  return words >= 3 && words <= 40 && !isClutter(line);
}

/** Each line's kind; a line the page repeats (a headline listed twice) is clutter. */
export function classifyLines(lines: readonly string[]): LineKind[] {
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  return lines.map((line) => (seen.get(line)! > 1 ? 'clutter' : classifyLine(line)));
}

function classifyLine(line: string): LineKind {
  if (isClutter(line)) return 'clutter';
  const words = wordsOf(line);
  const sentence = ENDS_A_SENTENCE.test(line);
  if ((sentence && words.length >= 4) || words.length >= 25) return 'prose';
  if (sentence) return 'aside';
  // Without sentence punctuation: a button or a menu entry, a headline, or a subheading.
  if (words.length <= 2 || words.length >= 8 || titleCaseShare(words) >= 0.7) return 'clutter';
  return 'aside';
}

/**
 * The article's run of lines: the stretch whose prose outweighs the clutter inside it most, each
 * prose line weighing its length, each clutter line at least a short paragraph's. Lines at `barriers`
 * (date lines) end a run. Returns [start, end) of the run, or null when the page has no prose.
 */
export function articleRun(kinds: readonly LineKind[], lengths: readonly number[], barriers: ReadonlySet<number>) {
  let best: [number, number] | null = null;
  let bestWeight = 0;
  let start = 0;
  let weight = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (barriers.has(i) || weight <= 0) {
      start = barriers.has(i) ? i + 1 : i;
      weight = 0;
      if (barriers.has(i)) continue;
    }
    const kind = kinds[i]!;
    weight +=
      kind === 'prose' ? lengths[i]! : kind === 'aside' ? -ASIDE_WEIGHT : -Math.max(lengths[i]!, CLUTTER_WEIGHT);
    if (weight > bestWeight) {
      bestWeight = weight;
      best = [start, i + 1];
    }
  }
  return best;
}

// An aside costs a little, so a run neither starts nor ends on one; clutter costs at least as much as
// a short paragraph, so a run goes on past an "Advertisement" line but not across a list of headlines.
const ASIDE_WEIGHT = 10;
const CLUTTER_WEIGHT = 80;

/**
 * Non-empty lines, trimmed, with hard-wrapped paragraphs joined: a block of similar-length lines
 * between blank lines that mostly continue in lower case is one paragraph.
 */
export function pageLines(text: string): string[] {
  const lines: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const blockLines = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (isHardWrapped(blockLines)) lines.push(blockLines.join(' '));
    else lines.push(...blockLines);
  }
  return lines;
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const wrapped = lines.slice(0, -1);
  const width = Math.max(...wrapped.map((line) => line.length));
  if (width > 100 || wrapped.some((line) => line.length < 0.75 * width || line.length < 40)) return false;
  const continuations = lines.slice(1);
  if (continuations.some((line) => LIST_MARKER.test(line))) return false;
  return continuations.filter((line) => /^\p{Ll}/u.test(line)).length >= continuations.length / 2;
}
