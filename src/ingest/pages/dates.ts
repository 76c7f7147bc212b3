// Publication dates as pages write them: "Date:2025-04-16 11:33:21", "2023-10-20T15:33:00Z",
// "Oct. 20, 2023", "Published October 20, 2023 11:33 AM EDT", "Updated 11:33 a.m. ET, 20 October 2023".
// Read as an ISO local date-time ("2023-10-20T11:33:00"): the wall-clock time as written, with any zone
// or offset dropped, as the seed's "Date:" lines have none. A date without a time is midnight.

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/i;
const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function localDateTime(year: number, month: number, day: number, time: readonly number[] = [0, 0, 0]): string | null {
  const [hour = 0, minute = 0, second = 0] = time;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || hour > 23 || minute > 59 || second > 59) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** "11:33 PM" as [23, 33, 0]; undefined when there is no time, or a meaningless one. */
function readTime(text: string): number[] | undefined {
  const found = TIME.exec(text);
  if (!found) return undefined;
  const [, h, m, s, half] = found;
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  return [hour, Number(m), Number(s ?? 0)];
}

export interface FoundDate {
  publishedAt: string;
  /** Where in the text the date (without its time) was written. */
  index: number;
  length: number;
}

/** The first date in `text`, with the time written beside it, or null. */
export function findDate(text: string): FoundDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    const time = h === undefined ? readTime(text.slice(iso.index + iso[0].length)) : [h, mi, s ?? 0].map(Number);
    const publishedAt = localDateTime(Number(y), Number(mo), Number(d), time);
    return publishedAt ? { publishedAt, index: iso.index, length: iso[0].length } : null;
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const written = monthFirst ?? dayFirst;
  if (!written) return null;
  const [month, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : [dayFirst![2]!, dayFirst![1]!, dayFirst![3]!];
  const rest = text.slice(0, written.index) + text.slice(written.index + written[0].length);
  const monthNumber = MONTH_NUMBERS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const publishedAt = localDateTime(Number(year), monthNumber, Number(day), readTime(rest));
  return publishedAt ? { publishedAt, index: written.index, length: written[0].length } : null;
}

/** `text` read as a date, or null: a header value or a meta tag's content. */
export const readDate = (text: string): string | null => findDate(text)?.publishedAt ?? null;

// What may stand on a date line besides the date: a label, a weekday, the time and its zone, a byline.
const PUBLISHED_LABEL = /\b(?:date|published|posted|first published)\b/i;
const UPDATED_LABEL = /\b(?:updated|last updated|modified)\b/i;
const LINE_WORDS = new RegExp(
  [
    PUBLISHED_LABEL.source,
    UPDATED_LABEL.source,
    String.raw`\b(?:on|at)\b`,
    String.raw`\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`,
    TIME.source,
    '[|,:;·•—–()-]',
  ].join('|'),
  'gi',
);
// Case matters here: "EDT" is a zone, "edit" is a word.
const TIME_ZONE = /\b[A-Z]{1,4}T\b|\bGMT\b|\bUTC\b|[+-]\d{2}:?\d{2}/g;

export interface DateLine {
  publishedAt: string;
  /** 0 for a line that says it is the publication date, 1 for a bare date, 2 for an update. */
  rank: number;
}

/**
 * A line that gives the page's date, or null: a date with at most a label, weekday, time, zone or
 * a short byline around it ("Published 11:33 AM EDT, October 20, 2023", "By Kim Lee | Oct. 20, 2023").
 * A paragraph that mentions a date is not one.
 */
export function readDateLine(line: string): DateLine | null {
  if (line.length > 120) return null;
  const found = findDate(line);
  if (!found) return null;
  const before = line.slice(0, found.index);
  const rest = before + line.slice(found.index + found.length);
  const others = rest.replace(LINE_WORDS, ' ').replace(TIME_ZONE, ' ').trim();
  if (others !== '' && others.split(/\s+/).length > 4) return null;
  const rank = PUBLISHED_LABEL.test(before) ? 0 : UPDATED_LABEL.test(before) ? 2 : 1;
  return { publishedAt: found.publishedAt, rank };
}
