// A page scraped to text, one paragraph a line, with whatever the site put around the article: a
// header, menus and breadcrumbs, the title, a date line, share buttons, the article, then lists of
// other headlines, counters and a footer. The article is the longest run of prose (see lines.ts); its
// date is the best date line outside it; its title the heading above it that shares most of its words.
import { readDateline } from './dateline.ts';
import { type DateLine, readDateLine } from './dates.ts';
import { articleRun, classifyLines, couldBeTitle, pageLines } from './lines.ts';
import type { Fail, PageParts } from './page-reader.ts';

/** A standfirst may stand between the title and a dateline; the story starts at the dateline. */
const DATELINE_REACH = 3;

export function readScrapedPage(text: string, fail: Fail): PageParts {
  const lines = pageLines(text);
  const dateLines = lines.map(readDateLine);
  const barriers = new Set(lines.flatMap((_, i) => (dateLines[i] ? [i] : [])));
  const kinds = classifyLines(lines);
  const run =
    articleRun(
      kinds,
      lines.map((line) => line.length),
      barriers,
    ) ?? fail('no-body', 'no article paragraphs: every line looks like navigation, a list or other site clutter');
  let [start] = run;
  const [, end] = run;
  const dateline = lines.slice(start, Math.min(end, start + DATELINE_REACH)).findIndex((line) => readDateline(line));
  if (dateline > 0) start += dateline;
  const paragraphs = lines.slice(start, end).filter((_, i) => kinds[start + i] !== 'clutter');

  const dateAt = pageDate(dateLines, start);
  if (dateAt < 0) {
    fail(
      'no-date',
      'no publication date: no line such as "Date: 2023-10-20 11:33:00", "Published Oct. 20, 2023" or ' +
        '"October 20, 2023 11:33 AM EDT" outside the article',
    );
  }
  const title = pageTitle(lines, dateLines, start, paragraphs.join('\n'));
  if (title === undefined) fail('no-title', 'no title: no heading line above the date line or the article');
  return {
    title,
    publishedAt: dateLines[dateAt]!.publishedAt,
    paragraphs,
    outletText: null,
    datelineText: null,
    url: null,
  };
}

/** The index of the page's date line: above the article before below it, then by rank, then first. */
function pageDate(dateLines: readonly (DateLine | null)[], articleStart: number): number {
  const found = dateLines.flatMap((line, at) =>
    line ? [{ at, below: at >= articleStart ? 1 : 0, rank: line.rank }] : [],
  );
  found.sort((a, b) => a.below - b.below || a.rank - b.rank || a.at - b.at);
  return found[0]?.at ?? -1;
}

/** Word stems, crudely: the first five letters of each word of four letters or more. */
const stems = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5));

/**
 * Of the heading lines above the article, the one whose words the article uses most ("Leave a
 * comment" or a site's name uses none), the nearest on a tie; a line ending in a full stop, as a
 * standfirst does, counts for less.
 */
function pageTitle(
  lines: readonly string[],
  dateLines: readonly (DateLine | null)[],
  articleStart: number,
  body: string,
): string | undefined {
  const bodyStems = new Set(stems(body));
  let title: string | undefined;
  let best = Number.NEGATIVE_INFINITY;
  for (let at = articleStart - 1; at >= 0; at--) {
    const line = lines[at]!;
    if (dateLines[at] || !couldBeTitle(line)) continue;
    const own = stems(line);
    const used = own.length === 0 ? 0 : own.filter((stem) => bodyStems.has(stem)).length / own.length;
    const score = used - (line.endsWith('.') ? 0.5 : 0);
    if (score > best) {
      title = line;
      best = score;
    }
  }
  return title;
}
