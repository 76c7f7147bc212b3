// When a statement was made, from the article's words next to the cue ("said on Friday", "Last
// month, Kim called for …") and the publication date. A weekday is the latest such day on or before
// publication (news style names the day itself for today: a Friday article's "on Friday" is that
// Friday); "last month" and "last year" are a month or a year before it; a month with a day
// ("Oct. 5") is the latest such date on or before publication; a year alone ("in 2015") is that year.
import type { Token } from './analysis.ts';
import type { StatedOn } from './types.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2023-10-20", or the date part of "2023-10-20T11:33:21", as a UTC day. */
export function publicationDay(publishedAt: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

/** The date the tokens from `first` name, if they open a date expression, and how many tokens it takes. */
export function dateAt(
  tokens: readonly Token[],
  first: number,
  published: Date,
): { statedOn: StatedOn; end: number } | undefined {
  const word = (k: number) => tokens[k]?.text.toLowerCase().replace(/\.$/, '') ?? '';
  const preposition = ['on', 'in', 'since', 'during'].includes(word(first)) ? 1 : 0;
  const i = first + preposition;
  const text = (end: number) =>
    tokens
      .slice(first, end)
      .map((token, k) => (k > 0 && token.start > tokens[first + k - 1]!.end ? ' ' : '') + token.text)
      .join('');
  const result = (end: number, date: Date, precision: StatedOn['precision']) => ({
    statedOn: { date: iso(date, precision), precision, text: text(end) },
    end,
  });
  const weekday = WEEKDAYS.indexOf(word(i));
  if (weekday >= 0) {
    const back = (published.getUTCDay() - weekday + 7) % 7;
    return result(i + 1, addDays(published, -back), 'DAY');
  }
  if (word(i) === 'yesterday') return result(i + 1, addDays(published, -1), 'DAY');
  if (word(i) === 'today') return result(i + 1, published, 'DAY');
  if (word(i) === 'last' && word(i + 1) === 'month') {
    return result(i + 2, new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1)), 'MONTH');
  }
  if (word(i) === 'this' && word(i + 1) === 'month') return result(i + 2, published, 'MONTH');
  if (word(i) === 'last' && word(i + 1) === 'year') {
    return result(i + 2, new Date(Date.UTC(published.getUTCFullYear() - 1, 0, 1)), 'YEAR');
  }
  const month = MONTHS.indexOf(word(i).slice(0, 3));
  if (month >= 0 && /^[a-z]+$/.test(word(i)) && (word(i).length === 3 || word(i).startsWith(MONTHS[month]!))) {
    const day = Number(word(i + 1));
    if (Number.isInteger(day) && day >= 1 && day <= 31) {
      let date = new Date(Date.UTC(published.getUTCFullYear(), month, day));
      if (date > published) date = new Date(Date.UTC(published.getUTCFullYear() - 1, month, day));
      return result(i + 2, date, 'DAY');
    }
    if (preposition && /^\p{Lu}/u.test(tokens[i]!.text)) {
      let date = new Date(Date.UTC(published.getUTCFullYear(), month, 1));
      if (date > published) date = new Date(Date.UTC(published.getUTCFullYear() - 1, month, 1));
      return result(i + 1, date, 'MONTH');
    }
  }
  if (preposition && /^(19|20)\d\d$/.test(word(i)))
    return result(i + 1, new Date(Date.UTC(Number(word(i)), 0, 1)), 'YEAR');
  return undefined;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function iso(date: Date, precision: StatedOn['precision']): string {
  const full = date.toISOString().slice(0, 10);
  return precision === 'DAY' ? full : precision === 'MONTH' ? full.slice(0, 7) : full.slice(0, 4);
}
