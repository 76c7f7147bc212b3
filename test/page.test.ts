import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageFormatError, parsePage } from '../src/ingest/page.ts';
import { DEFAULT_SEED_DIR } from '../src/ingest/seed.ts';

const page = (file: string) => parsePage(readFileSync(join(DEFAULT_SEED_DIR, 'pages', file), 'utf8'), file);

describe('parsing the scraped article pages', () => {
  const lavrov = page('000_520b9a945eda8f39.txt');
  const containers = page('003_b235619caf73dea0.txt');

  it('reads the title without the breadcrumb or the site name', () => {
    expect(lavrov.title).toBe(
      'Russian foreign minister dismisses US claims of North Korea supplying munitions to Moscow as rumors',
    );
    expect(containers.title).toBe(
      'US says North Korea delivered 1,000 containers of equipment and munitions to Russia for Ukraine war',
    );
  });

  it('reads the page date and the dateline', () => {
    expect(lavrov.publishedAt).toBe('2025-04-16T11:33:21');
    expect(containers.publishedAt).toBe('2025-04-13T19:16:59');
    expect([lavrov.datelineText, lavrov.outletText]).toEqual(['MOSCOW', 'AP']);
    expect([containers.datelineText, containers.outletText]).toEqual(['WASHINGTON', 'AP']);
  });

  it('keeps every paragraph of the body, from the dateline to the last sentence', () => {
    expect(lavrov.body.startsWith('MOSCOW (AP) — Russia’s top diplomat shrugged off')).toBe(true);
    expect(lavrov.body.endsWith('on the Korean Peninsula with North Korea and China.')).toBe(true);
    expect(lavrov.body.split('\n')).toHaveLength(13);
    expect(containers.body.startsWith('WASHINGTON (AP) — The White House said on Friday')).toBe(true);
    expect(containers.body.endsWith('in violation of U.N. Security Council resolutions.')).toBe(true);
    expect(containers.body.split('\n')).toHaveLength(9);
  });

  it('leaves none of the site clutter in the body', () => {
    for (const { body } of [lavrov, containers]) {
      expect(body).not.toMatch(/veryGood|Current:|Home >|^View$|^Related$|^Ranking$|^Recommendation$|^- /m);
      expect(body).not.toContain('Sam Taylor');
      expect(body).not.toContain('Date:');
    }
  });

  it('rejects a page without a date line or a dateline, naming the file', () => {
    expect(() => parsePage('Title\nView\nno date here', 'broken.txt')).toThrow(PageFormatError);
    expect(() => parsePage('Title\nView\nno date here', 'broken.txt')).toThrow(/broken\.txt: no "Date:/);
    expect(() => parsePage('Title\nDate:2025-01-01 10:00:00\nJust a paragraph.', 'nodateline.txt')).toThrow(
      /nodateline\.txt: the body does not open with a dateline/,
    );
  });
});
