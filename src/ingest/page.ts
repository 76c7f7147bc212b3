// Parses a scraped article page: a breadcrumb line, the title, "View", a "Date:" line, the body
// paragraphs, then site clutter ("veryGood! (N)", Related / Ranking / Recommendation lists).
import { characterProblem } from './annotation-schema.ts';

export interface ParsedPage {
  title: string;
  /** The "Date:" line as an ISO local date-time ("2025-04-16T11:33:21"). */
  publishedAt: string;
  /** "MOSCOW": the place the article was filed from, as the dateline spells it. */
  datelineText: string;
  /** "AP": the agency named in the dateline. */
  outletText: string;
  /** The body paragraphs joined with "\n"; evidence offsets index into this string. */
  body: string;
}

export class PageFormatError extends Error {
  override name = 'PageFormatError';
}

const DATE_LINE = /^Date:\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*$/;
const DATELINE = /^([A-Z][A-Z .,'’-]*[A-Z.]) \(([A-Za-z]+)\) — /;
// Where the article ends and the site's own lists begin.
const END_OF_BODY = /^(veryGood!\s*\(\d+\)|Related|Ranking|Recommendation)\s*$/;
const CLUTTER_LINE = /^(Current:.*|View)$/;

export function parsePage(text: string, fileName: string): ParsedPage {
  const fail = (what: string): never => {
    throw new PageFormatError(`${fileName}: ${what}`);
  };
  // Its text becomes an article's title and body: refuse the characters the write API refuses there.
  const unprintable = characterProblem(text, true);
  if (unprintable) fail(`the page ${unprintable}`);
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line));
  if (dateIndex < 0) fail('no "Date: YYYY-MM-DD HH:MM:SS" line');
  const [, day, time] = DATE_LINE.exec(lines[dateIndex]!)!;

  const header = lines.slice(0, dateIndex).filter((line) => line !== '' && !CLUTTER_LINE.test(line));
  const title = header.at(-1) ?? fail('no title line before the "Date:" line');

  const rest = lines.slice(dateIndex + 1);
  const end = rest.findIndex((line) => END_OF_BODY.test(line));
  const paragraphs = (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.trim() !== '');
  if (paragraphs.length === 0) fail('no body paragraphs after the "Date:" line');
  const body = paragraphs.join('\n');

  const dateline = DATELINE.exec(body) ?? fail(`the body does not open with a dateline like "MOSCOW (AP) — "`);
  return {
    title,
    publishedAt: `${day}T${time}`,
    datelineText: dateline[1]!,
    outletText: dateline[2]!,
    body,
  };
}
