// What each format's reader gives read.ts (PageParts), and how it gives up on a page (Fail): with a
// PageError that says why, for a person (the message names the file) and for a program (the reason).

export const PAGE_PROBLEMS = [
  'binary',
  'empty',
  'too-large',
  'not-english',
  'bad-header',
  'no-title',
  'no-date',
  'no-body',
  'unprintable',
] as const;
export type PageProblem = (typeof PAGE_PROBLEMS)[number];

export class PageError extends Error {
  override name = 'PageError';

  constructor(
    readonly file: string,
    readonly reason: PageProblem,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** How a reader gives up on a page; the caller adds the file name. */
export type Fail = (reason: PageProblem, detail: string) => never;

/** What a reader finds on a page, before the checks and the dateline common to every format. */
export interface PageParts {
  title: string;
  publishedAt: string;
  paragraphs: string[];
  /** Named by the page itself (a header, the site's metadata); else the dateline's agency is used. */
  outletText: string | null;
  /** Given by a header; else read from the body's dateline. */
  datelineText: string | null;
  url: string | null;
}
