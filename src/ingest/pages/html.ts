// An HTML page: Readability (Firefox's reader view) finds the article among the site's navigation,
// asides and footers; the title, date, outlet and address come from the page's metadata, read before
// Readability rewrites the document.
// The DOM's types, which linkedom's documents and Readability's signature use:
/// <reference lib="dom" />
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readDate } from './dates.ts';
import { classifyLines } from './lines.ts';
import type { Fail, PageParts } from './page-reader.ts';

/** Whether the text is markup rather than text: it opens with a doctype, a comment or a page tag. */
export const looksLikeHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text);

export function readHtmlPage(html: string, fail: Fail): PageParts {
  const { document } = parseHTML(html);
  const linkedData = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) =>
    linkedDataObjects(script.textContent ?? ''),
  );
  const meta = (selectors: string) => document.querySelector(selectors)?.getAttribute('content')?.trim() || null;
  const fromLinkedData = (read: (object: Record<string, unknown>) => unknown) =>
    linkedData.map(read).find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? null;

  const dates = [
    fromLinkedData((object) => object.datePublished),
    meta('meta[property="article:published_time"]'),
    meta('meta[property="og:published_time"], meta[property="og:article:published_time"]'),
    meta('meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="dc.date"]'),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ].filter((date): date is string => date !== null);
  const publishedAt = dates.map(readDate).find((date) => date !== null);
  if (!publishedAt) {
    fail(
      'no-date',
      dates.length === 0
        ? 'no publication date: no JSON-LD datePublished, article:published_time or og: date meta tag, or <time datetime>'
        : `no publication date: "${dates[0]}" is not a date`,
    );
  }
  const outletText =
    meta('meta[property="og:site_name"]') ??
    fromLinkedData((object) => (object.publisher as Record<string, unknown> | undefined)?.name);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? null;

  const article = new Readability(document).parse();
  const title = article?.title?.trim() || fail('no-title', 'no title: no headline metadata, <title> or <h1>');
  const paragraphs = articleParagraphs(article?.content ?? '');
  return { title, publishedAt, paragraphs, outletText, datelineText: null, url };
}

/** The objects of a JSON-LD block, its @graph's included; none when it does not parse. */
function linkedDataObjects(json: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      objects.push(object);
      visit(object['@graph']);
    }
  };
  visit(data);
  return objects;
}

/**
 * The text of each paragraph Readability kept, spaces collapsed; what is clutter by its form (a photo
 * credit, a byline, a share prompt, an "Advertisement" slot) is left out, as on a scraped page.
 */
function articleParagraphs(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const paragraphs = [...document.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  const kinds = classifyLines(paragraphs);
  return paragraphs.filter((_, i) => kinds[i] !== 'clutter');
}
