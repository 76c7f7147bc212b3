// Reading articles into the graph, against the real server and Neo4j: the readArticle mutation
// proposes without writing and stores with `commit`, through the write API's path as extracted
// claims; a republished copy is the stored article, a second report of a known claim is evidence on
// it, curated claims stay as they are, and bad pages are refused with nothing written.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { analyzeInProcess } from '../src/extract/attribution/design-a/analyzer.ts';
import { attributionsOf, EXTRACTOR } from '../src/extract/attribution/extract.ts';
import { AttributionTagger } from '../src/extract/attribution/tagger/tagger.ts';
import { deleteEntireGraph } from '../src/neo4j/writes/graph-batch.ts';
import { fingerprint, reseed } from './support/graph.ts';
import { startTestServer, useSeededServer } from './support/server.ts';
import { EDITOR_KEY, TEST_ACCESS } from './support/writes.ts';

const live = useSeededServer({ access: TEST_ACCESS });
const run = promisify(execFile);

const READ_ARTICLE = `mutation($page: PageInput!, $commit: Boolean) {
  readArticle(page: $page, commit: $commit) {
    articleKey title publishedAt datelineText copyOf body
    outlet { key name stored }
    claims { key kind cue paraphrase quote known places speaker { key name stored } subjects { key } evidence { text start end } confidence }
    stored { articles { key sources } claims { created claim { key provenance { origin extractor confidence } } } }
  }
}`;

/** An invented report, as plain text with a header: a spokesperson, a denial, a quote. */
const HARBOR_REPORT = `Title: Port authority denies that cranes were sold abroad
Date: 2024-03-08 09:15:00
Outlet: Coastal Wire

PORTLAND, Maine (Coastal Wire) — The Maine Port Authority on Thursday denied that it had sold two container cranes to a foreign buyer.
“No crane has left this port, and none will,” authority spokeswoman Dana Whitlock told reporters.
Union leaders said that the cranes were still needed for the spring season.`;

/** The same report republished by another site: other clutter around it, another date. */
const HARBOR_REPUBLISHED = `<!doctype html>
<html><head><title>Port authority denies that cranes were sold abroad | Daily Gull</title>
<meta property="og:site_name" content="Daily Gull">
<meta property="article:published_time" content="2024-03-09T07:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Port authority denies that cranes were sold abroad</h1>
<p>PORTLAND, Maine (Coastal Wire) — The Maine Port Authority on Thursday denied that it had sold two container cranes to a foreign buyer.</p>
<p>“No crane has left this port, and none will,” authority spokeswoman Dana Whitlock told reporters.</p>
<p>Union leaders said that the cranes were still needed for the spring season.</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Gulls return to the harbor early this year</a></li><li><a href="/b">Ferry fares rise again in April</a></li></ul></aside>
<footer>© 2024 Daily Gull. All rights reserved.</footer></body></html>`;

/** Another outlet's report of the White House's claim, which the seed holds as curated. */
const SECOND_REPORT = `Title: White House says North Korea shipped containers to Russia
Date: 2023-10-14 08:00:00
Outlet: Harbor Times

WASHINGTON (Harbor Times) — The White House said on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.
Analysts said the shipments could prolong the war.`;

const read = (content: string, source: string, commit: boolean, key?: string) =>
  live.server.query(READ_ARTICLE, { page: { content, source }, commit }, key);

const curatedClaims = () =>
  live.db
    .query('MATCH (c:Claim {origin: "CURATED"}) RETURN c.id AS id, properties(c) AS props ORDER BY id')
    .then((result) => JSON.stringify(result.records.map((r) => r.toObject())));

const claimCount = () => live.db.query('MATCH (c:Claim) RETURN count(c) AS n').then((r) => r.records[0]!.get('n'));

describe('reading an article', () => {
  it('proposes without writing, and refuses a page without an editor key', async () => {
    const before = await fingerprint(live.db);
    const answer = await read(HARBOR_REPORT, 'https://coastal.example/cranes', false, EDITOR_KEY);
    expect(answer.errors).toBeUndefined();
    const reading = answer.data!.readArticle;
    expect(reading.title).toBe('Port authority denies that cranes were sold abroad');
    expect(reading.datelineText).toBe('PORTLAND, Maine');
    expect(reading.outlet).toMatchObject({ name: 'Coastal Wire', stored: false });
    expect(reading.stored).toBeNull();
    const denial = reading.claims.find((claim: any) => claim.kind === 'DENIAL');
    expect(denial).toBeDefined();
    const quote = reading.claims.find((claim: any) => claim.quote === 'No crane has left this port, and none will,');
    expect(quote.speaker.name).toBe('Dana Whitlock');
    for (const claim of reading.claims) {
      expect(reading.body.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    }
    const anonymous = await read(HARBOR_REPORT, 'https://coastal.example/cranes', true);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('stores the proposal as extracted claims, and reading it again changes nothing', async () => {
    const answer = await read(HARBOR_REPORT, 'https://coastal.example/cranes', true, EDITOR_KEY);
    expect(answer.errors).toBeUndefined();
    const stored = answer.data!.readArticle.stored;
    expect(stored.articles[0].key).toBe(answer.data!.readArticle.articleKey);
    expect(stored.claims.length).toBeGreaterThan(0);
    for (const change of stored.claims) {
      expect(change.claim.provenance).toMatchObject({ origin: 'EXTRACTED', extractor: 'claimgraph-rules' });
      expect(change.claim.provenance.confidence).toBeGreaterThan(0);
    }
    const dateline = await live.db.query(
      `MATCH (:Article {id: $id})-[:DATELINED]->(city:Location)-[:LOCATED_IN]->(country:Location)
       RETURN city.name AS city, city.coordinates.latitude AS latitude, country.name AS country`,
      { id: answer.data!.readArticle.articleKey },
    );
    expect(dateline.records[0]?.toObject()).toMatchObject({ city: 'Portland', country: 'United States' });
    expect(dateline.records[0]?.get('latitude')).toBeCloseTo(43.66, 1);
    const after = await fingerprint(live.db);
    const again = await read(HARBOR_REPORT, 'https://coastal.example/cranes', true, EDITOR_KEY);
    expect(again.errors).toBeUndefined();
    expect(await fingerprint(live.db)).toBe(after);
  });

  it('takes a republished copy under other clutter for the stored article, adding a source and no claim', async () => {
    const claims = await claimCount();
    const answer = await read(HARBOR_REPUBLISHED, 'https://gull.example/cranes', true, EDITOR_KEY);
    expect(answer.errors).toBeUndefined();
    const reading = answer.data!.readArticle;
    expect(reading.copyOf).toBe(reading.articleKey);
    expect(reading.body).not.toMatch(/Most read|Ferry fares|All rights reserved/);
    expect(reading.stored.articles[0].sources).toEqual([
      'https://coastal.example/cranes',
      'https://gull.example/cranes',
    ]);
    expect(await claimCount()).toBe(claims);
  });

  it('adds a second article’s report of a curated claim as evidence on it, leaving the claim as curated', async () => {
    const curated = await curatedClaims();
    const answer = await read(SECOND_REPORT, 'https://harbor.example/containers', true, EDITOR_KEY);
    expect(answer.errors).toBeUndefined();
    const reading = answer.data!.readArticle;
    const report = reading.claims.find((claim: any) => claim.key === 'white-house-1000-containers');
    expect(report).toMatchObject({ known: true, speaker: { key: 'white-house', stored: true } });
    const evidence = await live.db.query(
      `MATCH (:Claim {id: 'white-house-1000-containers'})-[:EVIDENCED_BY]->(e)-[:FOUND_IN]->(a)
       RETURN a.id AS article, e.text AS text ORDER BY article`,
    );
    expect(evidence.records.map((r) => r.get('article'))).toContain(reading.articleKey);
    expect(await curatedClaims()).toBe(curated);
  });

  it('reads a seed page into the curated article without changing a curated claim', async () => {
    const curated = await curatedClaims();
    const page = readFileSync('seed/pages/000_520b9a945eda8f39.txt', 'utf8');
    const answer = await read(page, 'https://example.org/republished-lavrov', true, EDITOR_KEY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.readArticle.copyOf).toBe('ap-lavrov-dismisses-us-claims');
    const speakers = answer.data!.readArticle.claims.map((claim: any) => claim.speaker.key);
    expect(speakers).toContain('sergey-lavrov');
    expect(await curatedClaims()).toBe(curated);
  });

  it('refuses pages it cannot read, saying why, with nothing written', async () => {
    const before = await fingerprint(live.db);
    const cases: [string, string][] = [
      ['', 'empty'],
      ['Title: Only a header\nDate: 2024-01-01\nOutlet: Nobody\n\n', 'no-body'],
      [
        `Title: Nachrichten\nDate: 2024-01-01\nOutlet: Zeitung\n\n${'Die Regierung hat am Montag erklärt, dass die Verhandlungen über den Haushalt fortgesetzt werden. '.repeat(4)}`,
        'not-english',
      ],
      ['\u0000\u0001\u0002binary', 'binary'],
    ];
    for (const [content, reason] of cases) {
      const answer = await read(content, 'bad-page', true, EDITOR_KEY);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(answer.errors?.[0]?.message).toContain('bad-page');
    }
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('finds the attributions with a learnt tagger when the server is given one, and says so in each claim', async () => {
    // A tagger learnt from the rules' own reading of one made-up report: enough to read its twin.
    const body = (place: string) =>
      `Officials in ${place} said that the ferry would run again in May. The mayor said the harbor was safe.`;
    const analysis = analyzeInProcess(body('Bath'));
    const tagger = new AttributionTagger(AttributionTagger.train([{ analysis, gold: attributionsOf(analysis) }], 3));
    const server = await startTestServer(live.db, undefined, { access: TEST_ACCESS, attributionFinder: tagger });
    try {
      const page = `Title: Ferry to run again in May\nDate: 2024-04-02\nOutlet: Kennebec Courier\n\n${body('Wiscasset')}`;
      const answer = await server.query(
        `mutation($page: PageInput!) { readArticle(page: $page, commit: true) {
          stored { claims { claim { cue provenance { origin extractor extractorVersion } } } } } }`,
        { page: { content: page, source: 'https://courier.example/ferry' } },
        EDITOR_KEY,
      );
      expect(answer.errors).toBeUndefined();
      const stored = answer.data!.readArticle.stored.claims.map((change: any) => change.claim);
      expect(stored.map((claim: any) => claim.cue)).toEqual(['said', 'said']);
      for (const claim of stored) {
        expect(claim.provenance).toEqual({
          origin: 'EXTRACTED',
          extractor: 'claimgraph-rules+tagger',
          extractorVersion: `${EXTRACTOR.version}+model.unsaved`,
        });
      }
    } finally {
      await server.close();
    }
  });
});

describe('npm run ingest', () => {
  it('proposes the seed pages on an emptied graph, stores them with --write, and changes nothing the second time', async () => {
    const { uri, username, password, database } = inject('neo4j');
    const env = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    };
    const ingest = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/extract/cli.ts', 'seed/pages', ...args], { env });
    await deleteEntireGraph(live.db);
    const proposed = await ingest();
    expect(proposed.stdout).toMatch(/2 articles read, 0 refused, \d+ claims proposed/);
    expect(await claimCount()).toBe(0);
    const written = await ingest('--write');
    expect(written.stdout).toMatch(/2 articles read, 0 refused, \d+ claims written/);
    const cross = await live.db.query(
      `MATCH (c:Claim)-[:EVIDENCED_BY]->()-[:FOUND_IN]->(a) WITH c, count(DISTINCT a) AS articles
       WHERE articles > 1 RETURN count(c) AS n`,
    );
    expect(cross.records[0]!.get('n')).toBeGreaterThanOrEqual(4);
    const once = await fingerprint(live.db);
    await ingest('--write');
    expect(await fingerprint(live.db)).toBe(once);
    await reseed(live.db);
  });
});
