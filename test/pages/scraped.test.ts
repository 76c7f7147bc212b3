import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/ingest/pages/read.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

const PARAGRAPHS = [
  'The council voted 7-2 on Tuesday to close the old harbor bridge to heavy trucks after engineers found cracks in two of its supports.',
  'Repairs are expected to take at least six months, and the city will pay for a ferry service in the meantime, the mayor’s office said.',
  '“Nobody wants to close a bridge, but nobody wants one to fall down either,” council member Dana Okafor said.',
];

/** A small scraped page of another layout: menu, title, a date line, the story, a headline list. */
function page(dateLine: string, opening = '') {
  return [
    'Home | News | Sport | Weather',
    'Council closes harbor bridge to heavy trucks',
    dateLine,
    opening + PARAGRAPHS[0],
    ...PARAGRAPHS.slice(1),
    'Most Read',
    '1. Storm warning lifted for the southern coast',
    '2. Bakery wins national bread prize',
  ].join('\n');
}

describe('a scraped page of another site', () => {
  const story = readArticle(fixture('harbor-ledger.txt'), 'harbor-ledger.txt');

  it('gives the title, the published (not the updated) date, the dateline and the agency', () => {
    expect(story).toMatchObject({
      format: 'scraped',
      title: 'South Korean ferry operator suspends night crossings after engine fire',
      publishedAt: '2023-10-20T11:33:00',
      datelineText: 'SEOUL, South Korea',
      outletText: 'AP',
      url: null,
    });
    expect(story.dateline).toMatchObject({ name: 'Seoul', kind: 'CITY', country: 'South Korea' });
  });

  it('keeps the article paragraphs, short quotes included, and nothing else', () => {
    const paragraphs = story.body.split('\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^SEOUL, South Korea \(AP\) — A South Korean ferry operator/);
    expect(paragraphs).toContain('“It was frightening.”');
    expect(paragraphs.at(-1)).toBe(
      'Officials said the ministry would review the safety records of every operator on the route by the end of the month.',
    );
    for (const clutter of [
      'Advertisement',
      'AP Photo',
      'Quillfeather',
      'Copy link',
      'Leave a comment',
      'min read',
      'Storm warning',
      'newsletter',
      'Trade talks',
      'All rights reserved',
      'Privacy policy',
    ]) {
      expect(story.body).not.toContain(clutter);
    }
  });

  it('reads the common forms of date line', () => {
    const dates: [string, string][] = [
      ['Date: 2023-10-20', '2023-10-20T00:00:00'],
      ['2023-10-20T11:33:05Z', '2023-10-20T11:33:05'],
      ['Oct. 20, 2023', '2023-10-20T00:00:00'],
      ['October 20, 2023 11:33 AM EDT', '2023-10-20T11:33:00'],
      ['Published 11:33 a.m. ET, Friday, 20 October 2023', '2023-10-20T11:33:00'],
      ['Posted on Sept 3, 2023 at 12:05 pm', '2023-09-03T12:05:00'],
      ['By Kim Lee | Oct 20, 2023', '2023-10-20T00:00:00'],
    ];
    for (const [line, publishedAt] of dates) {
      expect(readArticle(page(line), 'dated.txt').publishedAt, line).toBe(publishedAt);
    }
  });

  it('reads the common forms of dateline, with or without an agency', () => {
    const openings: [string, string | null, string | null, string | undefined][] = [
      ['WASHINGTON (Reuters) - ', 'WASHINGTON', 'Reuters', 'Washington, D.C.'],
      ['KYIV, Ukraine, Oct 20 (Reuters) - ', 'KYIV, Ukraine', 'Reuters', 'Kyiv'],
      ['PYONGYANG, North Korea (AP) — ', 'PYONGYANG, North Korea', 'AP', 'Pyongyang'],
      ['LONDON — ', 'LONDON', null, 'London'],
      ['', null, null, undefined],
    ];
    for (const [opening, datelineText, outletText, place] of openings) {
      const article = readArticle(page('Oct. 20, 2023', opening), 'dateline.txt');
      expect([article.datelineText, article.outletText, article.dateline?.name], opening).toEqual([
        datelineText,
        outletText,
        place,
      ]);
      expect(article.body.startsWith(opening + PARAGRAPHS[0])).toBe(true);
    }
  });

  it('finds the title above a standfirst, or between a date line and the story', () => {
    const standfirst = [
      'Council closes harbor bridge to heavy trucks',
      'Engineers found cracks in two supports.',
      'Oct. 20, 2023',
      ...PARAGRAPHS,
    ].join('\n');
    expect(readArticle(standfirst, 'standfirst.txt').title).toBe('Council closes harbor bridge to heavy trucks');
    const dateFirst = ['Oct. 20, 2023', 'Council closes harbor bridge to heavy trucks', ...PARAGRAPHS].join('\n');
    expect(readArticle(dateFirst, 'date-first.txt')).toMatchObject({
      title: 'Council closes harbor bridge to heavy trucks',
      body: PARAGRAPHS.join('\n'),
    });
  });

  it('joins hard-wrapped paragraphs', () => {
    const wrapped = [
      'Council closes harbor bridge to heavy trucks',
      'Oct. 20, 2023',
      '',
      'The council voted 7-2 on Tuesday to close the old harbor bridge to heavy',
      'trucks after engineers found cracks in two of its supports, officials said.',
      '',
      PARAGRAPHS[1],
    ].join('\n');
    expect(readArticle(wrapped, 'wrapped.txt').body.split('\n')).toEqual([
      'The council voted 7-2 on Tuesday to close the old harbor bridge to heavy trucks after engineers found cracks in two of its supports, officials said.',
      PARAGRAPHS[1],
    ]);
  });
});
