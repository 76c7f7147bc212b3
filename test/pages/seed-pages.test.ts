import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/ingest/pages/read.ts';
import { DEFAULT_SEED_DIR } from '../../src/ingest/seed.ts';

const page = (file: string) => readArticle(readFileSync(join(DEFAULT_SEED_DIR, 'pages', file)), file);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe("the seed's scraped pages", () => {
  const lavrov = page('000_520b9a945eda8f39.txt');
  const containers = page('003_b235619caf73dea0.txt');

  it('are told to be scraped pages', () => {
    expect([lavrov.format, containers.format]).toEqual(['scraped', 'scraped']);
  });

  it('give the title without the breadcrumb or the site name', () => {
    expect(lavrov.title).toBe(
      'Russian foreign minister dismisses US claims of North Korea supplying munitions to Moscow as rumors',
    );
    expect(containers.title).toBe(
      'US says North Korea delivered 1,000 containers of equipment and munitions to Russia for Ukraine war',
    );
  });

  it('give the page date, the dateline and the agency, and geocode the dateline', () => {
    expect(lavrov.publishedAt).toBe('2025-04-16T11:33:21');
    expect(containers.publishedAt).toBe('2025-04-13T19:16:59');
    expect([lavrov.datelineText, lavrov.outletText]).toEqual(['MOSCOW', 'AP']);
    expect([containers.datelineText, containers.outletText]).toEqual(['WASHINGTON', 'AP']);
    expect(lavrov.dateline).toMatchObject({ name: 'Moscow', kind: 'CITY', countryCode: 'RU' });
    expect(containers.dateline).toMatchObject({ name: 'Washington, D.C.', kind: 'CITY', countryCode: 'US' });
  });

  it('keep every paragraph of the body, from the dateline to the last sentence', () => {
    expect(lavrov.body.startsWith('MOSCOW (AP) — Russia’s top diplomat shrugged off')).toBe(true);
    expect(lavrov.body.endsWith('on the Korean Peninsula with North Korea and China.')).toBe(true);
    expect(lavrov.body.split('\n')).toHaveLength(13);
    expect(containers.body.startsWith('WASHINGTON (AP) — The White House said on Friday')).toBe(true);
    expect(containers.body.endsWith('in violation of U.N. Security Council resolutions.')).toBe(true);
    expect(containers.body.split('\n')).toHaveLength(9);
  });

  it('give the very bodies the seed annotations were written against, byte for byte', () => {
    // The evidence offsets index into these bodies: hashes of what the earlier reader returned.
    expect([lavrov.body.length, sha256(lavrov.body)]).toEqual([
      2654,
      '4648d5e5631969448a9372212de9a28dbda35d8c5ab005da2e2dab1847cc494a',
    ]);
    expect([containers.body.length, sha256(containers.body)]).toEqual([
      2030,
      '8404a66256ccf3723c91d3b141449a67aee949ba93ce7d5ff326547c49ab8a98',
    ]);
  });

  it('leave none of the site clutter in the body', () => {
    for (const { body } of [lavrov, containers]) {
      expect(body).not.toMatch(/veryGood|Current:|Home >|^View$|^Related$|^Ranking$|^Recommendation$|^- /m);
      expect(body).not.toContain('Sam Taylor');
      expect(body).not.toContain('Date:');
      expect(body).not.toContain('Civic engagement nonprofits');
    }
  });
});
