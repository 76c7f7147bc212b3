import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { AnnotationError } from '../src/ingest/annotations.ts';
import { seedGraph } from '../src/ingest/seed.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { countGraph } from '../src/neo4j/graph-stats.ts';
import { connectTestGraph, copyOfSeed, fingerprint, reseed } from './support/graph.ts';

type Entry = Record<string, unknown> & { id: string };

/** A seed folder whose annotations/<file>.yaml was changed by `edit`. */
function seedWith(file: string, edit: (entries: Entry[]) => void, dir = copyOfSeed()): string {
  const path = join(dir, 'annotations', `${file}.yaml`);
  const entries = parse(readFileSync(path, 'utf8')) as Entry[];
  edit(entries);
  writeFileSync(path, stringify(entries));
  return dir;
}

const seedWithClaims = (edit: (claims: Entry[]) => void) => seedWith('claims', edit);

const claim = (claims: Entry[], id: string) => {
  const found = claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id} in the seed`);
  return found as Entry & { evidence: { article: string; text: string; start?: number }[] };
};

describe('the seed pipeline against a real Neo4j', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
  });
  afterAll(() => db.close());

  it('stores every annotated entity with the evidence of both articles', async () => {
    const counts = await countGraph(db);
    expect(counts.nodes).toMatchObject({ Article: 2, Actor: 23, Location: 13, Event: 8, Claim: 25, Evidence: 30 });
    expect(counts.relationships.EVIDENCED_BY).toBe(30);
    expect(counts.relationships.STATED).toBe(25);
  });

  it('leaves identical nodes, relationships and properties when seeded twice', async () => {
    const before = await fingerprint(db);
    const countsBefore = await countGraph(db);
    await seedGraph(db);
    expect(await countGraph(db)).toEqual(countsBefore);
    expect(await fingerprint(db)).toBe(before);
  });

  it('stores evidence whose offsets point at its exact text in the stored body', async () => {
    const mismatches = await db.read(async (tx) => {
      const result = await tx.run(`
        MATCH (e:Evidence)-[:FOUND_IN]->(a:Article)
        WHERE substring(a.body, e.start, e.end - e.start) <> e.text
           OR substring(a.body, e.start - size(e.prefix), size(e.prefix)) <> e.prefix
        RETURN e.id AS id`);
      return result.records.map((r) => r.get('id'));
    });
    expect(mismatches).toEqual([]);
  });

  it('rejects a misquoted evidence span with a message naming file, claim and text, and writes nothing', async () => {
    const dir = seedWithClaims((claims) => {
      const span = claim(claims, 'lavrov-no-comment-on-rumors').evidence[0]!;
      span.text = span.text.replace('rumors', 'rumours');
    });
    const before = await fingerprint(db);
    // reset: true as well: the validation must stop the seed before it empties anything.
    const attempt = seedGraph(db, { seedDir: dir, reset: true });
    await expect(attempt).rejects.toBeInstanceOf(AnnotationError);
    await expect(attempt).rejects.toThrow(
      /claims\.yaml claim "lavrov-no-comment-on-rumors" evidence 0 \(article "ap-lavrov-dismisses-us-claims"\): text "“I don’t comment on rumours,” he added\." does not occur verbatim/,
    );
    expect(await fingerprint(db)).toBe(before);
  });

  it('rejects evidence pinned at a wrong offset', async () => {
    const dir = seedWithClaims((claims) => {
      claim(claims, 'white-house-1000-containers').evidence[0]!.start = 5;
    });
    await expect(seedGraph(db, { seedDir: dir })).rejects.toThrow(
      /claim "white-house-1000-containers" evidence 0 .*: text is not at offset 5/,
    );
  });

  it('rejects a dangling reference with a message naming it, and writes nothing', async () => {
    const dir = seedWithClaims((claims) => {
      claim(claims, 'north-korea-denies-arms-shipments').speaker = 'kim-jong-il';
      (claim(claims, 'lavrov-americans-keep-accusing').disputes as { claim: string; rationale: string }[]).push({
        claim: 'no-such-claim',
        rationale: 'a link to nowhere',
      });
    });
    const before = await fingerprint(db);
    const attempt = seedGraph(db, { seedDir: dir, reset: true });
    await expect(attempt).rejects.toThrow(
      /claim "north-korea-denies-arms-shipments" speaker: refers to unknown actor "kim-jong-il"/,
    );
    await expect(attempt).rejects.toThrow(
      /claim "lavrov-americans-keep-accusing" link: refers to unknown claim "no-such-claim"/,
    );
    expect(await fingerprint(db)).toBe(before);
  });

  it('rejects duplicate ids and schema violations, naming the entry and field', async () => {
    const dir = seedWithClaims((claims) => {
      claims.push({ ...claim(claims, 'lavrov-talks-comprehensive') });
      claim(claims, 'lavrov-supports-security-talks').kind = 'RUMOUR';
    });
    const attempt = seedGraph(db, { seedDir: dir });
    await expect(attempt).rejects.toThrow(/claims\.yaml entry \d+ "lavrov-supports-security-talks" field kind: /);
    const dupes = seedWithClaims((claims) => {
      claims.push({ ...claim(claims, 'lavrov-talks-comprehensive') });
    });
    await expect(seedGraph(db, { seedDir: dupes })).rejects.toThrow(
      /claims\.yaml: duplicate id "lavrov-talks-comprehensive"/,
    );
  });

  it('rejects control characters in annotations and pages, and line breaks in one-line fields, writing nothing', async () => {
    const annotations = seedWithClaims((claims) => {
      claim(claims, 'lavrov-no-comment-on-rumors').paraphrase = 'nul \u0000 byte';
    });
    seedWith(
      'actors',
      (actors) => {
        actors.find((a) => a.id === 'sergey-lavrov')!.name = 'Sergey\nLavrov';
      },
      annotations,
    );
    const before = await fingerprint(db);
    const attempt = seedGraph(db, { seedDir: annotations, reset: true });
    await expect(attempt).rejects.toThrow(
      /claims\.yaml entry \d+ "lavrov-no-comment-on-rumors" field paraphrase: contains a control character \(U\+0000\) at position 4/,
    );
    await expect(attempt).rejects.toThrow(
      /actors\.yaml entry \d+ "sergey-lavrov" field name: contains a line break \(U\+000A\) at position 6; it must be one line/,
    );
    // A C1 control, as text decoded from Windows-1252 as Latin-1 has for a curly apostrophe.
    const pages = copyOfSeed();
    const page = join(pages, 'pages', '000_520b9a945eda8f39.txt');
    const scraped = readFileSync(page, 'utf8');
    writeFileSync(page, scraped.replace('didn’t disclose', 'didn\u0092t disclose'));
    // The body, which the position counts in, starts at the dateline.
    const position = scraped.indexOf('didn’t disclose') - scraped.indexOf('MOSCOW (AP) —') + 'didn'.length;
    await expect(seedGraph(db, { seedDir: pages, reset: true })).rejects.toThrow(
      'articles.yaml "ap-lavrov-dismisses-us-claims": 000_520b9a945eda8f39.txt: the body contains a control character ' +
        `(U+0092) at position ${position}`,
    );
    expect(await fingerprint(db)).toBe(before);
  });

  it('rejects impossible dates, containment cycles and a dateline the page contradicts', async () => {
    const impossibleDate = seedWith('events', (events) => {
      events.find((e) => e.id === 'lavrov-kim-talks-2023')!.start = '2023-02-30';
    });
    await expect(seedGraph(db, { seedDir: impossibleDate })).rejects.toThrow(
      /events\.yaml entry \d+ "lavrov-kim-talks-2023" field start: is not a date of the calendar/,
    );
    const dir = seedWith('events', (events) => {
      events.find((e) => e.id === 'lavrov-pyongyang-trip-2023')!.partOf = 'lavrov-kim-talks-2023';
    });
    seedWith(
      'locations',
      (locations) => {
        locations.find((l) => l.id === 'north-korea')!.within = 'najin';
      },
      dir,
    );
    seedWith(
      'articles',
      (articles) => {
        articles.find((a) => a.id === 'ap-lavrov-dismisses-us-claims')!.dateline = 'pyongyang';
      },
      dir,
    );
    const before = await fingerprint(db);
    const attempt = seedGraph(db, { seedDir: dir });
    await expect(attempt).rejects.toThrow(/events\.yaml "lavrov-pyongyang-trip-2023": partOf leads back to itself/);
    await expect(attempt).rejects.toThrow(
      /locations\.yaml "najin": within leads back to itself \(najin → north-korea → najin\)/,
    );
    await expect(attempt).rejects.toThrow(
      /articles\.yaml "ap-lavrov-dismisses-us-claims" dateline: the page is datelined MOSCOW, not Pyongyang/,
    );
    expect(await fingerprint(db)).toBe(before);
  });

  it('replaces what a re-seeded claim says about itself instead of accumulating it', async () => {
    const dir = seedWithClaims((claims) => {
      const dismissal = claim(claims, 'lavrov-americans-keep-accusing');
      dismissal.disputes = [];
      dismissal.about = [{ actor: 'united-states', role: 'TARGET' }];
    });
    await seedGraph(db, { seedDir: dir });
    const links = await db.read(async (tx) => {
      const result = await tx.run(
        `MATCH (c:Claim {id: 'lavrov-americans-keep-accusing'})
         RETURN COUNT { (c)-[:DISPUTES]->() } AS disputes, COUNT { (c)-[:ABOUT]->() } AS about`,
      );
      return { disputes: result.records[0]!.get('disputes'), about: result.records[0]!.get('about') };
    });
    expect(links).toEqual({ disputes: 0, about: 1 });
    await reseed(db);
  });
});
