// Entity pages as JSON-LD, against the real server and Neo4j: content negotiation on the page
// addresses, the documents expanded by a JSON-LD processor that may fetch nothing (the context is
// inline), the same document embedded in the page's HTML, 404s, and an outage.
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { createDriver, graphDatabase } from '../src/neo4j/driver.ts';
import { createApp } from '../src/server/app.ts';
import { listen } from '../src/server/http.ts';
import { prefersJsonLd } from '../src/server/plugins/explorer.ts';
import { useSeededServer } from './support/server.ts';
import { EDITOR_KEY, TEST_ACCESS } from './support/writes.ts';

const JSON_LD = 'application/ld+json';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
const SCHEMA = 'https://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const OA = 'http://www.w3.org/ns/oa#';

type Expanded = Record<string, any>;

/** Expands a document without any network: a remote @context is refused. */
async function expand(document: object): Promise<Expanded> {
  const [node, ...others] = await jsonld.expand(document as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`the document asked to fetch ${url}`);
    },
  });
  expect(others).toEqual([]);
  return node as Expanded;
}

/** The values of a property of an expanded node: @value of literals, the nodes themselves. */
const values = (node: Expanded, property: string): any[] =>
  (node[property] ?? []).map((value: Expanded) => ('@value' in value ? value['@value'] : value));
const value = (node: Expanded, property: string) => values(node, property)[0];

/** The JSON-LD script the page's HTML embeds, or null. */
function embedded(html: string): unknown {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return match ? JSON.parse(match[1]!) : null;
}

describe('entity pages as JSON-LD', () => {
  const live = useSeededServer({ access: TEST_ACCESS });
  const origin = () => live.server.url.replace(/\/graphql$/, '');
  const get = (path: string, accept?: string) => fetch(`${origin()}${path}`, { headers: accept ? { accept } : {} });
  const document = async (path: string) => {
    const response = await get(path, JSON_LD);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(JSON_LD);
    expect(response.headers.get('vary')).toBe('Accept');
    return response.json();
  };

  it('serves a claim: its speaker, quote, evidence, provenance and disputes', async () => {
    const claim = await expand(await document('/claims/lavrov-no-comment-on-rumors'));
    expect(claim['@id']).toBe(`${origin()}/claims/lavrov-no-comment-on-rumors`);
    expect(claim['@type']).toEqual([`${SCHEMA}Claim`, `${PROV}Entity`]);

    const [author] = values(claim, `${SCHEMA}author`);
    expect(author['@id']).toBe(`${origin()}/actors/sergey-lavrov`);
    expect(author['@type']).toContain(`${SCHEMA}Person`);
    expect(value(author, `${SCHEMA}name`)).toBe('Sergey Lavrov');
    expect(values(claim, `${PROV}wasAttributedTo`)).toEqual([{ '@id': `${origin()}/actors/sergey-lavrov` }]);

    expect(value(claim, `${SCHEMA}text`)).toBe('I don’t comment on rumors');
    expect(value(claim, `${SCHEMA}abstract`)).toMatch(/rumors/);
    expect(values(claim, `${SCHEMA}dateCreated`)).toEqual(['2023-10-20']);

    const [appearance] = values(claim, `${SCHEMA}appearance`);
    expect(value(appearance, `${SCHEMA}text`)).toBe('“I don’t comment on rumors,” he added.');
    const [article] = values(appearance, `${SCHEMA}isPartOf`);
    expect(article['@id']).toBe(`${origin()}/articles/ap-lavrov-dismisses-us-claims`);
    expect(value(article, `${SCHEMA}headline`)).toBe(
      'Russian foreign minister dismisses US claims of North Korea supplying munitions to Moscow as rumors',
    );
    // The passage's address is its place on the article page, selected by quote and position.
    expect(appearance['@id']).toBe(
      `${origin()}/articles/ap-lavrov-dismisses-us-claims#evidence-lavrov-no-comment-on-rumors@ap-lavrov-dismisses-us-claims:1050-1088`,
    );
    const selectors = values(appearance, `${OA}hasSelector`);
    const position = selectors.find((s) => s['@type'].includes(`${OA}TextPositionSelector`));
    expect([value(position, `${OA}start`), value(position, `${OA}end`)]).toEqual([1050, 1088]);
    expect(values(claim, `${PROV}wasQuotedFrom`)).toEqual([
      { '@id': `${origin()}/articles/ap-lavrov-dismisses-us-claims` },
    ]);

    const disputed = values(claim, `${origin()}/vocab#disputes`).map((c) => c['@id']);
    expect(disputed).toContain(`${origin()}/claims/white-house-1000-containers`);
  });

  it('serves an actor: its kind, names, description, ties and base', async () => {
    const actor = await expand(await document('/actors/john-kirby'));
    expect(actor['@type']).toEqual([`${SCHEMA}Person`, `${PROV}Agent`]);
    expect(value(actor, `${SCHEMA}name`)).toBe('John Kirby');
    expect(values(actor, `${SCHEMA}alternateName`)).toEqual([
      'Kirby',
      'White House National Security Council spokesman John Kirby',
    ]);
    expect(value(actor, `${SCHEMA}description`)).toBe('Spokesman of the White House National Security Council.');
    const roles = values(actor, `${SCHEMA}memberOf`);
    const spokesman = roles.find((role) => value(role, `${SCHEMA}roleName`) === 'spokesman');
    expect(values(spokesman, `${SCHEMA}memberOf`)[0]['@id']).toBe(`${origin()}/actors/white-house`);
    expect(value(values(actor, `${SCHEMA}location`)[0], `${SCHEMA}name`)).toBe('Washington, D.C.');

    const whiteHouse = await expand(await document('/actors/white-house'));
    expect(whiteHouse['@type']).toContain(`${SCHEMA}GovernmentOrganization`);
    const outlet = await expand(await document('/actors/associated-press'));
    expect(outlet['@type']).toContain(`${SCHEMA}NewsMediaOrganization`);
  });

  it('serves an article: headline, publisher, dateline and the claims its passages report', async () => {
    const article = await expand(await document('/articles/ap-us-says-north-korea-delivered-containers'));
    expect(article['@type']).toContain(`${SCHEMA}NewsArticle`);
    expect(value(article, `${SCHEMA}headline`)).toBe(
      'US says North Korea delivered 1,000 containers of equipment and munitions to Russia for Ukraine war',
    );
    expect(value(values(article, `${SCHEMA}publisher`)[0], `${SCHEMA}name`)).toBe('The Associated Press');
    expect(value(article, `${SCHEMA}dateline`)).toBe('WASHINGTON');
    expect(value(values(article, `${SCHEMA}locationCreated`)[0], `${SCHEMA}name`)).toBe('Washington, D.C.');
    const body: string = value(article, `${SCHEMA}articleBody`);
    const passages = values(article, `${SCHEMA}hasPart`);
    expect(passages).toHaveLength(11);
    const route = passages.find((p) => value(p, `${SCHEMA}text`).startsWith('The containers were shipped'));
    const [claim] = route['@reverse'][`${SCHEMA}appearance`];
    expect(claim['@id']).toBe(`${origin()}/claims/white-house-shipment-route`);
    const position = values(route, `${OA}hasSelector`).find((s) => s['@type'].includes(`${OA}TextPositionSelector`));
    expect(body.slice(value(position, `${OA}start`), value(position, `${OA}end`))).toBe(value(route, `${SCHEMA}text`));
  });

  it('embeds the same document in the page, for a client that prefers HTML', async () => {
    for (const path of [
      '/claims/white-house-1000-containers',
      '/actors/north-korea',
      '/articles/ap-lavrov-dismisses-us-claims',
    ]) {
      const page = await get(path, BROWSER_ACCEPT);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('vary')).toBe('Accept');
      expect(embedded(await page.text())).toEqual(await document(path));
    }
  });

  it('keeps the embedded script whole whatever the data holds', async () => {
    const name = 'Bobby </script><script>alert(1)</script><!-- Tables';
    const written = await live.server.query(
      'mutation ($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }',
      { input: [{ id: 'bobby-tables', kind: 'PERSON', name }] },
      EDITOR_KEY,
    );
    expect(written.errors).toBeUndefined();
    const html = await (await get('/actors/bobby-tables', BROWSER_ACCEPT)).text();
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<!-- Tables');
    expect((embedded(html) as { name: string }).name).toBe(name);
  });

  it('answers an unknown key with 404: a JSON error, or the app’s page without JSON-LD', async () => {
    for (const path of [
      '/claims/no-such-claim',
      '/actors/no-such-actor',
      '/articles/no-such-article',
      '/claims/Not_A_Key',
    ]) {
      const asJsonLd = await get(path, JSON_LD);
      expect(asJsonLd.status).toBe(404);
      expect(asJsonLd.headers.get('content-type')).toContain('application/json');
      expect(asJsonLd.headers.get('vary')).toBe('Accept');
      expect((await asJsonLd.json()).errors[0].extensions.code).toBe('NOT_FOUND');

      const asPage = await get(path, BROWSER_ACCEPT);
      expect(asPage.status).toBe(404);
      expect(asPage.headers.get('vary')).toBe('Accept');
      const html = await asPage.text();
      expect(html).toContain('<div id="root">');
      expect(embedded(html)).toBeNull();
    }
  });

  it('negotiates by quality, and gives HTML when the client likes it as well', async () => {
    const kind = async (accept?: string) =>
      (await get('/actors/russia', accept)).headers.get('content-type')?.split(';')[0];
    expect(await kind(BROWSER_ACCEPT)).toBe('text/html');
    expect(await kind()).toBe('text/html');
    expect(await kind('*/*')).toBe('text/html');
    expect(await kind('application/ld+json;q=0.5, text/html')).toBe('text/html');
    expect(await kind('application/ld+json, text/html')).toBe('text/html');
    expect(await kind('text/html;q=0.5, application/ld+json')).toBe(JSON_LD);
    expect(await kind('application/ld+json, */*;q=0.1')).toBe(JSON_LD);
    expect(await kind('application/*')).toBe(JSON_LD);
    expect(prefersJsonLd('application/ld+json;q=0, */*')).toBe(false);
    expect(prefersJsonLd('application/*;q=0.9, text/html;q=0.8')).toBe(true);
  });

  it('serves the vocabulary its own terms come from', async () => {
    const response = await get('/vocab');
    expect(response.headers.get('content-type')).toBe(JSON_LD);
    const graph = await jsonld.expand((await response.json()) as jsonld.JsonLdDocument, {
      documentLoader: async (url: string) => {
        throw new Error(`the vocabulary asked to fetch ${url}`);
      },
    });
    const terms = graph.map((node) => node['@id']);
    for (const term of ['disputes', 'disputedBy', 'supports', 'supportedBy', 'kind', 'Group']) {
      expect(terms).toContain(`${origin()}/vocab#${term}`);
    }
  });
});

describe('entity pages while Neo4j is down', () => {
  it('still serves the page, without JSON-LD, and answers JSON-LD with 503', async () => {
    // Nothing listens on port 1: every statement fails as the driver fails on a stopped server.
    const db = graphDatabase(createDriver('bolt://127.0.0.1:1', 'neo4j', 'none'), 'neo4j', null);
    const server = await listen(createApp({ db, graphiql: false }), { port: 0, host: '127.0.0.1', drainMs: 100 });
    const origin = server.url.replace(/\/graphql$/, '');
    try {
      const started = performance.now();
      const page = await fetch(`${origin}/claims/lavrov-no-comment-on-rumors`, { headers: { accept: BROWSER_ACCEPT } });
      expect(page.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(embedded(await page.text())).toBeNull();

      const asJsonLd = await fetch(`${origin}/claims/lavrov-no-comment-on-rumors`, { headers: { accept: JSON_LD } });
      expect(asJsonLd.status).toBe(503);
      expect((await asJsonLd.json()).errors[0].extensions.code).toBe('UNAVAILABLE');
    } finally {
      await server.close();
      await db.close();
    }
  }, 60_000);
});
