// The article page in a real browser: the body with every evidence passage highlighted by claim
// kind, who said what on hover and focus, links to the claims, deep links to a passage, the claims
// the article reports, and its JSON-LD; plus how a body is cut into nested passages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../web/src/evidence-passages.ts';
import { KIND_COLOR } from '../../web/src/kinds.ts';
import {
  DESKTOP,
  expectCleanRun,
  expectGoodPageView,
  openPage,
  PHONE,
  screenshot,
  seriousAccessibilityViolations,
  useExplorer,
} from '../support/browser.ts';

const LAVROV_ARTICLE = 'ap-lavrov-dismisses-us-claims';
const CONTAINERS_ARTICLE = 'ap-us-says-north-korea-delivered-containers';

interface Passage {
  key: string;
  start: number;
  end: number;
  text: string;
  claim: { key: string; kind: keyof typeof KIND_COLOR; paraphrase: string; speaker: { name: string } };
}

/** "#b3261e" as the browser computes it: "rgb(179, 38, 30)". */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const passage = (page: Page, key: string) => page.locator(`[id="evidence-${key}"]`);

describe('the article page', () => {
  const live = useExplorer();

  async function articleData(key: string): Promise<{ title: string; body: string; passages: Passage[] }> {
    const response = await fetch(`${live.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($key: ID!) { article(key: $key) { title body evidence(first: 100) { edges { node {
          key start end text claim { key kind paraphrase speaker { name } } } } } } }`,
        variables: { key },
      }),
    });
    const { article } = ((await response.json()) as { data: { article: any } }).data;
    return { ...article, passages: article.evidence.edges.map((edge: { node: Passage }) => edge.node) };
  }

  async function openArticle(key: string, viewport = DESKTOP, hash = '') {
    const watched = await openPage(live.browser, live.server.origin, viewport);
    await watched.page.goto(`/articles/${key}${hash}`);
    await watched.page.locator('.highlighted-body').waitFor();
    return watched;
  }

  it('highlights every passage with its own words, coloured by kind, and lists the claims', async () => {
    const article = await articleData(LAVROV_ARTICLE);
    const watched = await openArticle(LAVROV_ARTICLE);
    const { page } = watched;
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);
      await expect(page.title()).resolves.toBe(`${article.title} · claimgraph`);
      const facts = page.locator('.article-facts');
      expect(await facts.getByRole('link', { name: 'The Associated Press' }).getAttribute('href')).toBe(
        '/actors/associated-press',
      );
      const fact = (name: string) => facts.locator('div', { has: page.locator('dt', { hasText: name }) }).locator('dd');
      expect(await fact('Dateline').textContent()).toBe('MOSCOW');
      expect(await fact('Published').textContent()).toBe('16 April 2025 at 11:33');
      expect(await fact('Source').textContent()).toBe('000_520b9a945eda8f39.txt');

      // The body keeps its paragraphs, and each passage is one element holding exactly its words.
      expect(await page.locator('.highlighted-body > p').count()).toBe(article.body.split('\n').length);
      expect(article.passages).toHaveLength(19);
      for (const p of article.passages) {
        expect(article.body.slice(p.start, p.end)).toBe(p.text);
        expect(await passage(page, p.key).textContent()).toBe(p.text);
      }
      // Words of one claim link to it and are underlined in its kind's colour.
      const dismissal = article.passages.find((p) => p.claim.key === 'lavrov-no-comment-on-rumors')!;
      const link = passage(page, dismissal.key).getByRole('link');
      expect(await link.getAttribute('href')).toBe('/claims/lavrov-no-comment-on-rumors');
      expect(await link.evaluate((a) => getComputedStyle(a).textDecorationColor)).toBe(rgb(KIND_COLOR.DISMISSAL));
      const accusation = article.passages.find((p) => p.claim.kind === 'ACCUSATION')!;
      expect(
        await passage(page, accusation.key)
          .getByRole('link')
          .evaluate((a) => getComputedStyle(a).textDecorationColor),
      ).toBe(rgb(KIND_COLOR.ACCUSATION));
      const legend = await page.locator('.kind-legend li').allTextContents();
      expect(legend).toEqual([
        'AaAccusation',
        'AaAssertion',
        'AaAssessment',
        'AaDenial',
        'AaDismissal',
        'AaPledge',
        'AaProposal',
        'AaReport',
      ]);

      // Below: each claim once, in reading order, with a link back to its passage.
      const claimKeys = [...new Set(article.passages.map((p) => p.claim.key))];
      const cards = page.locator('.claim-card');
      expect(await cards.count()).toBe(claimKeys.length);
      expect(
        await page.getByRole('heading', { level: 2, name: `The ${claimKeys.length} claims it reports` }).count(),
      ).toBe(1);
      expect(await cards.first().locator('.paraphrase a').getAttribute('href')).toBe(`/claims/${claimKeys[0]}`);

      const [linkedData] = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')));
      expect(linkedData.headline).toBe(article.title);
      expect(linkedData['@id']).toBe(`${live.server.origin}/articles/${LAVROV_ARTICLE}`);

      await expectGoodPageView(watched, ['ArticlePage'], 'article');
    } finally {
      await watched.close();
    }
  });

  it('shows who said it on focus and on hover, for every claim on shared words, and opens the claim', async () => {
    const article = await articleData(LAVROV_ARTICLE);
    const watched = await openArticle(LAVROV_ARTICLE);
    const { page } = watched;
    try {
      const dismissal = article.passages.find((p) => p.claim.key === 'lavrov-no-comment-on-rumors')!;
      const link = passage(page, dismissal.key).getByRole('link');
      const card = page.locator('.claims-card');
      await link.focus();
      await expect.poll(() => card.textContent()).toContain('Sergey Lavrov');
      expect(await card.textContent()).toContain(dismissal.claim.paraphrase);
      // Screen readers hear the same: the link is described by its claim's speaker and paraphrase.
      const description = await link.evaluate((a) =>
        (a.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' | '),
      );
      expect(description).toBe(`Sergey Lavrov, dismissal: ${dismissal.claim.paraphrase}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);

      // Two claims on the same words: both passages hold them, and the card names both speakers.
      const shared = article.passages.filter((p) => p.start === 1839);
      expect(shared.map((p) => p.claim.key).sort()).toEqual([
        'kcna-kim-resolve-agreements',
        'kim-pledges-to-carry-out-putin-agreements',
      ]);
      for (const p of shared) expect(await passage(page, p.key).textContent()).toBe(p.text);
      const sharedLink = passage(page, shared[0]!.key).getByRole('link');
      expect(await sharedLink.count()).toBe(1);
      await sharedLink.hover();
      await expect.poll(() => card.locator('.claims-card-claim').count()).toBe(2);
      for (const p of shared) expect(await card.textContent()).toContain(p.claim.speaker.name);
      await screenshot(page, 'article-card');

      // The pointer can move onto the card and follow its links; clicking the words opens the claim.
      await page.mouse.move(0, 0);
      await expect.poll(() => card.count()).toBe(0);
      await link.click();
      await page.waitForURL('**/claims/lavrov-no-comment-on-rumors');
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('scrolls to and marks the passage the address names, on a phone', async () => {
    const article = await articleData(CONTAINERS_ARTICLE);
    const last = article.passages.at(-1)!;
    const watched = await openArticle(CONTAINERS_ARTICLE, PHONE, `#evidence-${last.key}`);
    const { page } = watched;
    try {
      const target = passage(page, last.key);
      await expect.poll(() => target.getAttribute('class')).toContain('is-target');
      expect(await page.locator('.passage.is-target').count()).toBe(1);
      await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
      const box = await target.evaluate((el) => el.getBoundingClientRect().toJSON());
      expect(box.bottom).toBeLessThan(PHONE.height);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

      // On a phone the card sits below the paragraph, in the flow, covering nothing.
      await target.getByRole('link').focus();
      const card = page.locator('.claims-card');
      await expect.poll(() => card.textContent()).toContain(last.claim.speaker.name);
      expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('static');

      expect(watched.graphqlRequests).toEqual(['ArticlePage']);
      expectCleanRun(watched);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await screenshot(page, 'article');
    } finally {
      await watched.close();
    }
  });

  it('moves to a claim’s passage from the list below without another request', async () => {
    const article = await articleData(CONTAINERS_ARTICLE);
    const watched = await openArticle(CONTAINERS_ARTICLE);
    const { page } = watched;
    try {
      const route = article.passages.find((p) => p.claim.key === 'white-house-shipment-route')!;
      const card = page.locator('.claim-card', { hasText: route.claim.paraphrase });
      await card.getByRole('link', { name: 'Show in the text' }).click();
      await expect.poll(() => passage(page, route.key).getAttribute('class')).toContain('is-target');
      expect(page.url()).toContain(`#evidence-${route.key}`);
      expect(watched.graphqlRequests).toEqual(['ArticlePage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('answers an unknown key with 404 and the not-found page', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    watched.expectStatus('/articles/no-such-article', 404);
    try {
      const response = await watched.page.goto('/articles/no-such-article');
      expect(response?.status()).toBe(404);
      const heading = watched.page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.textContent()).toBe('Not found');
      expect(await watched.page.locator('main').textContent()).toContain('no-such-article');
      expect(watched.graphqlRequests).toEqual(['ArticlePage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });
});

describe('cutting a body into passages', () => {
  type Pieces = ReturnType<typeof paragraphsOf>[number]['pieces'];
  /** The pieces as nested objects: a passage by its key (… when it continues), text as its words. */
  const shape = (body: string, pieces: Pieces): unknown[] =>
    pieces.map((piece) =>
      piece.type === 'text'
        ? body.slice(piece.start, piece.end)
        : { [`${piece.key}${piece.first ? '' : '…'}`]: shape(body, piece.children) },
    );
  /** Each run of text with the passages it lies in, innermost first. */
  const runs = (body: string, pieces: Pieces): [string, readonly string[]][] =>
    pieces.flatMap((piece) =>
      piece.type === 'text' ? [[body.slice(piece.start, piece.end), piece.covering]] : runs(body, piece.children),
    );

  it('nests a passage inside another, and equal passages one in the other', () => {
    const body = 'One two three four.';
    const [paragraph] = paragraphsOf(body, [
      { key: 'b', start: 4, end: 13 },
      { key: 'a', start: 0, end: 19 },
      { key: 'c', start: 4, end: 13 },
    ]);
    expect(shape(body, paragraph!.pieces)).toEqual([{ a: ['One ', { b: [{ c: ['two three'] }] }, ' four.'] }]);
    expect(runs(body, paragraph!.pieces)).toEqual([
      ['One ', ['a']],
      ['two three', ['c', 'b', 'a']],
      [' four.', ['a']],
    ]);
  });

  it('splits a passage that crosses another’s end or a line break, naming it once', () => {
    const body = 'One two three\nfour five.';
    const paragraphs = paragraphsOf(body, [
      { key: 'a', start: 0, end: 7 },
      { key: 'b', start: 4, end: 18 },
    ]);
    expect(paragraphs.map((p) => shape(body, p.pieces))).toEqual([
      [{ a: ['One ', { b: ['two'] }] }, { 'b…': [' three'] }],
      [{ 'b…': ['four'] }, ' five.'],
    ]);
  });
});
