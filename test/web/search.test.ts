// The start page and the search in a real browser against the seeded graph: what they show, where
// their links go, what is highlighted, and that each page view is one GraphQL request.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

const textsOf = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('the start page and the search', () => {
  const live = useExplorer();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`says what claimgraph is and shows recent claims and the most-quoted speakers (${viewport.width} px)`, async () => {
      const watched = await openPage(live.browser, live.server.origin, viewport);
      try {
        const { page } = watched;
        await page.goto('/');
        await expect.poll(() => page.locator('h1').textContent()).toBe('Who said what about whom');
        const recent = page.getByRole('region', { name: 'Recent claims' });
        await recent.locator('.claim-card').first().waitFor();
        await expect(page.locator('.start-stats').textContent()).resolves.toContain('25 claims from 2 articles');

        // Newest statement dates first: Lavrov's three claims of 20 October 2023 lead.
        const dates = await recent
          .locator('.claim-card time.stated-on')
          .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
        expect(dates.length).toBe(6);
        expect(dates).toEqual([...dates].sort().reverse());
        expect(dates[0]).toBe('2023-10-20');
        const firstLinks = await recent
          .locator('.paraphrase a')
          .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
        // Newest first is oldest first reversed: claims of one day by key, descending.
        expect(firstLinks).toEqual([
          '/claims/lavrov-us-failed-to-prove',
          '/claims/lavrov-no-comment-on-rumors',
          '/claims/lavrov-americans-keep-accusing',
        ]);

        // The speakers with the most claims, each linking to the actor's page.
        const speakers = page.getByRole('region', { name: 'Most-quoted speakers' }).locator('li');
        expect(await speakers.locator('.speaker-name').allTextContents()).toEqual(
          expect.arrayContaining(['Sergey Lavrov', 'Korean Central News Agency', 'White House']),
        );
        expect(await speakers.first().locator('.speaker-name').textContent()).toBe('Sergey Lavrov');
        expect(await speakers.first().locator('.speaker-count').textContent()).toBe('9 claims');
        expect(await speakers.first().locator('a').getAttribute('href')).toBe('/actors/sergey-lavrov');
        const counts = (await textsOf(page, '.speaker-count')).map((count) => Number.parseInt(count, 10));
        expect(counts).toEqual([...counts].sort((a, b) => b - a));

        await expectGoodPageView(watched, ['StartPage'], 'start');
      } finally {
        await watched.close();
      }
    });
  }

  it('finds Lavrov’s claim for “rumors”, highlighted, and opens its page; back returns to the results', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/');
      await page.getByRole('heading', { name: 'Recent claims' }).waitFor();
      await page.getByLabel('Search claims, actors and articles').fill('rumors');
      await page.getByLabel('Search claims, actors and articles').press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Results for “rumors”' }).waitFor();
      expect(new URL(page.url()).search).toBe('?q=rumors');

      const claims = page.getByRole('region', { name: /^Claims/ });
      expect(await claims.getByRole('heading').first().textContent()).toBe('Claims (1)');
      const card = claims.locator('.claim-card', {
        has: page.locator('a[href="/claims/lavrov-no-comment-on-rumors"]'),
      });
      await expect(card.locator('mark').allTextContents()).resolves.toEqual(['rumors', 'rumors']);
      expect(await card.locator('.actor-link').first().textContent()).toBe('Sergey Lavrov');

      // The article's title says "rumors" too; its body is shown around the word.
      const articles = page.getByRole('region', { name: /^Articles/ });
      const article = articles.locator('.article-result', {
        has: page.locator('a[href="/articles/ap-lavrov-dismisses-us-claims"]'),
      });
      expect(await article.locator('.result-title mark').allTextContents()).toEqual(['rumors']);
      expect(await article.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
      // Every mark on the page is the word searched for, and nothing else.
      const marked = await textsOf(page, 'main mark');
      expect(new Set(marked.map((word) => word.toLowerCase()))).toEqual(new Set(['rumors']));

      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'search');

      await card.getByRole('link', { name: /rumors that do not merit comment/ }).click();
      await page.getByRole('heading', { level: 1, name: /mere rumors that do not merit comment/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/claims/lavrov-no-comment-on-rumors');

      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Results for “rumors”' }).waitFor();

      // Another search, then back: the results and the box are those of the search returned to.
      const box = page.getByLabel('Search claims, actors and articles');
      await box.fill('Kirby');
      await box.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Results for “Kirby”' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Results for “rumors”' }).waitFor();
      expect(await box.inputValue()).toBe('rumors');
      // Pages seen before come from the cache.
      expect(watched.graphqlRequests).toEqual(['StartPage', 'SearchPage', 'ClaimPage', 'SearchPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('groups actors and articles with their counts, on a phone', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    try {
      const { page } = watched;
      await page.goto('/search?q=Lavrov');
      await page.getByRole('heading', { level: 1, name: 'Results for “Lavrov”' }).waitFor();
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toHaveLength(3);
      expect(headings[0]).toMatch(/^Claims \(\d+\)$/);
      // Lavrov himself, and China, whose description names him ("Lavrov’s" is another word).
      expect(headings[1]).toBe('Actors (2)');
      expect(headings[2]).toBe('Articles (1)');
      const actors = page.getByRole('region', { name: /^Actors/ }).locator('.actor-result');
      const lavrov = actors.first();
      expect(await lavrov.getByRole('link').getAttribute('href')).toBe('/actors/sergey-lavrov');
      expect(await lavrov.locator('.result-title mark').allTextContents()).toEqual(['Lavrov']);
      expect(await lavrov.locator('.result-aliases').textContent()).toBe(
        'Also called “Lavrov”, “Foreign Minister Sergey Lavrov”',
      );
      expect(await actors.nth(1).getByRole('link').getAttribute('href')).toBe('/actors/china');
      expect(await actors.nth(1).locator('.result-excerpt mark').allTextContents()).toEqual(['Lavrov']);
      const counts = await textsOf(page, '.result-counts li');
      expect(counts.slice(1)).toEqual(['2 actors', '1 article']);
      // The counts lead to their sections, within the page.
      await page.getByRole('navigation', { name: 'Result kinds' }).getByRole('link', { name: '1 article' }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe('#articles-results');
      expect(await page.getByRole('region', { name: /^Articles/ }).getAttribute('id')).toBe('articles-results');

      await expectGoodPageView(watched, ['SearchPage'], 'search');
    } finally {
      await watched.close();
    }
  });

  it('shows more of a section on request, with one more request', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/search?q=Russia');
      const claims = page.getByRole('region', { name: /^Claims/ });
      await claims.locator('.claim-card').first().waitFor();
      const total = Number(/\((\d+)\)/.exec((await claims.getByRole('heading').first().textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(10);
      expect(await claims.locator('.claim-card').count()).toBe(10);

      await claims.getByRole('button', { name: 'Show more claims' }).click();
      await expect.poll(() => claims.locator('.claim-card').count()).toBe(Math.min(total, 20));
      const keys = await claims
        .locator('.paraphrase a')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(new Set(keys).size).toBe(keys.length);
      expect(watched.graphqlRequests).toEqual(['SearchPage', 'SearchMore']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('says so helpfully when nothing matches', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/search?q=xylophone');
      await page.getByRole('heading', { level: 1, name: 'No results for “xylophone”' }).waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain('“rumor” does not find “rumors”');
      expect(
        await page.getByRole('link', { name: 'recent claims and most-quoted speakers' }).getAttribute('href'),
      ).toBe('/');
      expect(watched.graphqlRequests).toEqual(['SearchPage']);
      expectCleanRun(watched);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
