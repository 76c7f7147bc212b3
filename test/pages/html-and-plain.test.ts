import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, readArticle } from '../../src/ingest/pages/read.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('an HTML page', () => {
  const html = fixture('valley-courier.html');
  const article = readArticle(html, 'valley-courier.html');

  it('gives the title, the JSON-LD date, the site name, the address and the dateline', () => {
    expect(article).toMatchObject({
      format: 'html',
      title: 'Museum returns carved doors to island community',
      publishedAt: '2024-03-05T09:15:00',
      datelineText: 'LONDON',
      outletText: 'The Valley Courier',
      url: 'https://courier.example/world/museum-returns-carved-doors',
    });
    expect(article.dateline).toMatchObject({ name: 'London', country: 'United Kingdom' });
  });

  it('keeps the article paragraphs, joined with "\\n", and none of the navigation, asides or footer', () => {
    const paragraphs = article.body.split('\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe(
      'LONDON — A London museum on Tuesday returned a pair of carved wooden doors to the island community ' +
        'that made them more than a century ago, ending a request that elders first made in 1998.',
    );
    expect(paragraphs.at(-1)).toMatch(/built on the site of the old one\.$/);
    for (const clutter of ['Home', 'cookies', 'Ilse Marrow', 'Share on', 'Courier Photo', 'Advertisement']) {
      expect(article.body).not.toContain(clutter);
    }
    for (const clutter of ['Most read', 'Rail strike', 'newsletter', 'All rights reserved', 'analytics']) {
      expect(article.body).not.toContain(clutter);
    }
  });

  it('falls back to the other date sources and to the JSON-LD publisher', () => {
    const withoutLinkedDate = html.replace(/"datePublished": "[^"]*",/, '');
    expect(readArticle(withoutLinkedDate, 'no-ld-date.html').publishedAt).toBe('2024-03-04T00:00:00');
    const withMetaDate = withoutLinkedDate.replace(
      '<meta property="og:site_name" content="The Valley Courier">',
      '<meta property="article:published_time" content="2024-03-05T11:00:00-05:00">',
    );
    expect(readArticle(withMetaDate, 'meta-date.html')).toMatchObject({
      publishedAt: '2024-03-05T11:00:00',
      outletText: 'Valley Courier Media',
    });
  });
});

describe('a plain-text page with a header', () => {
  const article = readArticle(fixture('plain-wire.txt'), 'plain-wire.txt');

  it('takes the title, date, outlet, dateline and address from the header', () => {
    expect(article).toMatchObject({
      format: 'plain',
      title: 'North Korea opens rail link to Russian border town, state media says',
      publishedAt: '2023-10-21T07:40:00',
      outletText: 'Example Wire',
      datelineText: 'Najin, North Korea',
      url: 'https://wire.example/2023/10/21/rail-link',
    });
    expect(article.dateline).toMatchObject({ name: 'Rajin', kind: 'CITY', country: 'North Korea' });
  });

  it('gives the body a paragraph a line, hard-wrapped paragraphs joined', () => {
    expect(article.body.split('\n')).toEqual([
      'NAJIN, North Korea (AP) — North Korea has reopened a freight rail line that runs from this port city to ' +
        'the Russian border, state media said Saturday, weeks after leaders of the two countries met in ' +
        "Russia's Far East.",
      'The state news agency said the first train carried fertilizer and timber and that more services would ' +
        'follow before the winter.',
      '“The line will carry goods every day,” the agency quoted a railway official as saying.',
    ]);
  });

  it('takes the dateline and the agency from the body when the header has none', () => {
    const bare = fixture('plain-wire.txt').replace(/^(Outlet|Dateline): .*\n/gm, '');
    expect(readArticle(bare, 'bare.txt')).toMatchObject({
      datelineText: 'NAJIN, North Korea',
      outletText: 'AP',
      dateline: { name: 'Rajin' },
    });
  });
});

describe('telling the formats apart', () => {
  it('goes by the first characters, and the caller can say otherwise', () => {
    expect(detectFormat(fixture('valley-courier.html'))).toBe('html');
    expect(detectFormat(fixture('plain-wire.txt'))).toBe('plain');
    expect(detectFormat(fixture('harbor-ledger.txt'))).toBe('scraped');
    // Read as scraped text, the plain page's header lines are only clutter around the same story.
    const scraped = readArticle(fixture('plain-wire.txt'), 'plain-wire.txt', { format: 'scraped' });
    expect(scraped.format).toBe('scraped');
    expect(scraped.datelineText).toBe('NAJIN, North Korea');
  });
});
