// Reads a news page into an article: a scraped text page, an HTML page or plain text with a header,
// told apart by their first characters unless the caller says which. Whatever the format, the body
// must be English prose with a title and a date, and the dateline that opens it is geocoded.
import { franc } from 'franc-min';
import { characterProblem } from '../annotation-schema.ts';
import { findPlace, type Place } from '../gazetteer/gazetteer.ts';
import { readDateline } from './dateline.ts';
import { looksLikeHtml, readHtmlPage } from './html.ts';
import { type Fail, PageError, type PageParts } from './page-reader.ts';
import { hasPlainHeader, readPlainPage } from './plain.ts';
import { readScrapedPage } from './scraped.ts';

export const PAGE_FORMATS = ['scraped', 'html', 'plain'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

export interface ReadArticle {
  format: PageFormat;
  title: string;
  /** ISO local date-time ("2025-04-16T11:33:21"): the time as the page writes it, zone dropped. */
  publishedAt: string;
  /** The place the article was filed from, as written: "MOSCOW", "SEOUL, South Korea". */
  datelineText: string | null;
  /** That place in the gazetteer; null when it names none, there is no dateline, or geocode is false. */
  dateline: Place | null;
  /** The outlet the page names ("AP" from "MOSCOW (AP) —", or an HTML page's site name). */
  outletText: string | null;
  url: string | null;
  /** The body paragraphs joined with "\n"; evidence offsets index into this string. */
  body: string;
}

export interface ReadOptions {
  /** Read the page as this format instead of telling it from its first characters. */
  format?: PageFormat;
  /** Larger pages are refused before they are read; 2 MiB unless given. */
  maxBytes?: number;
  /**
   * Look the dateline up in the gazetteer (true unless given). Its first look-up loads it, which takes
   * a few tenths of a second and some 30 MB; a caller that knows the place already can skip it.
   */
  geocode?: boolean;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Enough of the body to tell its language, and cheap to check. */
const LANGUAGE_SAMPLE = 1000;
/** Below this many characters franc answers "und" (undetermined), and the body is taken as it is. */
const LANGUAGE_MIN_LENGTH = 100;

/** The page's format as its first characters tell it. */
export function detectFormat(text: string): PageFormat {
  if (looksLikeHtml(text)) return 'html';
  if (hasPlainHeader(text)) return 'plain';
  return 'scraped';
}

/**
 * Reads one page, given as its bytes (checked to be UTF-8 text) or as text. Throws PageError naming
 * `fileName` and the reason when the page is not an English news article this can read.
 */
export function readArticle(content: Uint8Array | string, fileName: string, options: ReadOptions = {}): ReadArticle {
  const fail: Fail = (reason, detail) => {
    throw new PageError(fileName, reason, detail);
  };
  const text = decodePage(content, options.maxBytes ?? DEFAULT_MAX_BYTES, fail);
  if (text.trim() === '') fail('empty', 'the page is empty');
  const format = options.format ?? detectFormat(text);
  const parts = readers[format](text, fail);
  if (parts.paragraphs.length === 0) fail('no-body', 'no body paragraphs');

  const body = parts.paragraphs.join('\n');
  const opening = readDateline(body);
  const datelineText = parts.datelineText ?? opening?.place ?? null;
  const outletText = parts.outletText ?? opening?.outlet ?? null;
  // Its text becomes an article's title and body: refuse the characters the write API refuses there.
  for (const [field, value, multiLine] of [
    ['title', parts.title, false],
    ['body', body, true],
    ['dateline', datelineText, false],
    ['outlet', outletText, false],
  ] as const) {
    const problem = value === null ? undefined : characterProblem(value, multiLine);
    if (problem) fail('unprintable', `the ${field} ${problem}`);
  }
  const language = franc(body.slice(0, LANGUAGE_SAMPLE), { minLength: LANGUAGE_MIN_LENGTH });
  if (language !== 'eng' && language !== 'und') {
    fail('not-english', `the body is not in English (it reads as ISO 639-3 "${language}")`);
  }
  return {
    format,
    title: parts.title,
    publishedAt: parts.publishedAt,
    datelineText,
    dateline: datelineText === null || options.geocode === false ? null : findPlace(datelineText),
    outletText,
    url: parts.url,
    body,
  };
}

const readers: Record<PageFormat, (text: string, fail: Fail) => PageParts> = {
  scraped: readScrapedPage,
  html: readHtmlPage,
  plain: readPlainPage,
};

function decodePage(content: Uint8Array | string, maxBytes: number, fail: Fail): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > maxBytes) fail('too-large', `the page has ${size} bytes, over the limit of ${maxBytes}`);
  if (typeof content === 'string') {
    if (content.includes('\0')) fail('binary', 'the page is binary: it contains NUL characters');
    return content;
  }
  if (content.includes(0)) fail('binary', 'the page is binary: it contains NUL bytes');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return fail('binary', 'the page is not UTF-8 text');
  }
}
