// The actor page in a real browser against the seeded graph: who the actor is, the claims made and
// about them as tabs and filters kept in the URL, "show more" over the connection, the timeline, and
// the network as a picture one can click (on the canvas itself) and grow in place. Each page view is
// one GraphQL request; the picture's library is loaded with the page that draws it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectCleanRun,
  expectGoodPageView,
  openPage,
  PHONE,
  SCREENSHOTS_DIR,
  seriousAccessibilityViolations,
  useExplorer,
} from '../support/browser.ts';
import { edgeCount, networkDrawn, networkPicture, nodePosition } from '../support/network-picture.ts';

const live = useExplorer();

const claimCards = (page: Page) => page.locator('.actor-claims .claim-card');
describe('the actor page', () => {
  it('shows who Lavrov is, his claims newest first, his timeline and his network, in one request', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const watched = await openPage(live.browser, live.server.origin, viewport);
      const { page } = watched;
      try {
        await page.goto('/actors/sergey-lavrov');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sergey Lavrov');
        expect(await page.title()).toBe('Sergey Lavrov · claimgraph');
        const profile = page.locator('.actor-profile');
        expect(await profile.locator('.actor-kind').textContent()).toBe('Person');
        expect(await profile.textContent()).toContain('Foreign Minister of Russia.');
        expect(await profile.locator('.inline-list').first().locator('li').allTextContents()).toEqual([
          'Lavrov',
          'Russia’s top diplomat',
          'Foreign Minister Sergey Lavrov',
        ]);
        expect(await profile.getByRole('link', { name: 'Russia', exact: true }).getAttribute('href')).toBe(
          '/actors/russia',
        );
        expect(await profile.textContent()).toContain('Moscow');

        // Claims made: the tab is current and counts them all; the first page holds all nine.
        const tabs = page.getByRole('navigation', { name: 'Claims made or about them' });
        expect(await tabs.locator('[aria-current="page"]').textContent()).toBe('Claims made 9');
        expect(await page.locator('.claims-count').textContent()).toBe('9 claims, newest first');
        expect(await claimCards(page).count()).toBe(9);
        expect(await page.getByRole('button', { name: 'Show more claims' }).count()).toBe(0);
        const dates = await claimCards(page)
          .locator('time')
          .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
        expect(dates[0]).toBe('2023-10-20');
        expect([...dates].sort().reverse()).toEqual(dates);
        for (const speaker of await claimCards(page).locator('header .actor-link').allTextContents()) {
          expect(speaker).toBe('Sergey Lavrov');
        }

        // The timeline: the dated claims by or about him, oldest first, under their month.
        const timeline = page.locator('.actor-timeline');
        expect(await timeline.locator('.timeline-period').allTextContents()).toEqual(['October 2023']);
        const timelineDates = await timeline
          .locator('time')
          .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
        expect(timelineDates).toHaveLength(11);
        expect([...timelineDates].sort()).toEqual(timelineDates);
        expect(await timeline.textContent()).toContain('Korean Central News Agency');

        // The network: a canvas, the kinds of its links in the legend, and the same links as a list.
        await networkDrawn(page);
        expect(await networkPicture(page).locator('canvas').count()).toBeGreaterThan(0);
        expect(await networkPicture(page).getAttribute('aria-label')).toBe(
          'Who made claims about whom around Sergey Lavrov: 9 actors and 8 links, listed below the picture.',
        );
        expect(await page.locator('.network-legend li').allTextContents()).toEqual([
          'Assertion',
          'Dismissal',
          'Proposal',
          'Report',
        ]);
        expect(await edgeCount(page)).toBe(8);
        const links = await page.locator('.network-links li').allTextContents();
        expect(links).toContain('Sergey Lavrov → United States: 3 claims (dismissal)');
        expect(links).toContain('Korean Central News Agency → Sergey Lavrov: 2 claims (report)');
        // The picture takes no focus: the keyboard goes through the list beside it.
        expect(await page.locator('.network-picture[tabindex], .network-picture [tabindex]').count()).toBe(0);

        await expectGoodPageView(watched, ['ActorPage'], 'actor');
      } finally {
        await watched.close();
      }
    }
  });

  it('keeps the tab in the URL: "claims about" shows his role in each, and back returns to the claims made', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    try {
      await page.goto('/actors/sergey-lavrov');
      await claimCards(page).first().waitFor();
      await page.getByRole('link', { name: 'Claims about them 3' }).click();
      await page.waitForURL('**/actors/sergey-lavrov?tab=about');
      await page.locator('.claims-count', { hasText: '3 claims' }).waitFor();
      expect(await claimCards(page).count()).toBe(3);
      const roles = await page.locator('.about-role').allTextContents();
      expect(roles).toHaveLength(3);
      expect(roles).toContain('Sergey Lavrov is the subject');
      expect(roles).toContain('Sergey Lavrov is mentioned');
      expect(await page.getByRole('link', { name: 'Claims about them 3' }).getAttribute('aria-current')).toBe('page');

      // The role filter belongs to this tab.
      await page.getByLabel('Their role').selectOption('SUBJECT');
      await page.waitForURL('**/actors/sergey-lavrov?tab=about&role=SUBJECT');
      await page.locator('.claims-count', { hasText: '2 claims match' }).waitFor();
      expect(await page.locator('.about-role').allTextContents()).toEqual([
        'Sergey Lavrov is the subject',
        'Sergey Lavrov is the subject',
      ]);

      await page.goBack();
      await page.waitForURL('**/actors/sergey-lavrov?tab=about');
      await page.locator('.claims-count', { hasText: '3 claims,' }).waitFor();
      expect(await page.getByLabel('Their role').inputValue()).toBe('');
      await page.goBack();
      await page.waitForURL('**/actors/sergey-lavrov');
      await page.locator('.claims-count', { hasText: '9 claims' }).waitFor();
      expect(await page.getByLabel('Their role').count()).toBe(0);
      // A view seen before comes from the cache: back asks nothing.
      expect(watched.graphqlRequests).toEqual(['ActorPage', 'ActorPage', 'ActorPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('narrows the claims by kind and by date, from the form or straight from the URL', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    const { page } = watched;
    try {
      await page.goto('/actors/sergey-lavrov');
      await claimCards(page).first().waitFor();
      await page.getByLabel('Kind', { exact: true }).selectOption('DISMISSAL');
      await page.waitForURL('**/actors/sergey-lavrov?kind=DISMISSAL');
      await page.locator('.claims-count', { hasText: '3 claims match' }).waitFor();
      expect(await claimCards(page).locator('.kind-badge').allTextContents()).toEqual([
        'Dismissal',
        'Dismissal',
        'Dismissal',
      ]);

      await page.getByRole('link', { name: 'Clear filters' }).click();
      await page.locator('.claims-count', { hasText: '9 claims' }).waitFor();
      await page.getByLabel('Said from').fill('2023-10-18');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL('**/actors/sergey-lavrov?from=2023-10-18');
      await page.locator('.claims-count', { hasText: '4 claims match' }).waitFor();
      expect(
        await claimCards(page)
          .locator('time')
          .evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
      ).toEqual(['2023-10-20', '2023-10-20', '2023-10-20', '2023-10-18']);
      expect(watched.graphqlRequests).toEqual(['ActorPage', 'ActorPage', 'ActorPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }

    const deepLink = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      await deepLink.page.goto('/actors/sergey-lavrov?tab=about&kind=REPORT');
      await deepLink.page.locator('.claims-count', { hasText: '2 claims match' }).waitFor();
      expect(await deepLink.page.getByLabel('Kind', { exact: true }).inputValue()).toBe('REPORT');
      expect(await claimCards(deepLink.page).locator('header .actor-link').allTextContents()).toEqual([
        'Korean Central News Agency',
        'Korean Central News Agency',
      ]);
      expect(deepLink.graphqlRequests).toEqual(['ActorPage']);
      expectCleanRun(deepLink);
    } finally {
      await deepLink.close();
    }
  });

  it('shows more claims on request, appending the next page of the connection', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    try {
      await page.goto('/actors/north-korea?tab=about');
      await page.locator('.claims-count', { hasText: '19 claims, newest first' }).waitFor();
      expect(await claimCards(page).count()).toBe(10);
      expect(await page.locator('.actor-claims .load-more-count').textContent()).toBe('10 of 19 shown');
      await page.getByRole('button', { name: 'Show more claims' }).click();
      await expect.poll(() => claimCards(page).count()).toBe(19);
      expect(await page.getByRole('button', { name: 'Show more claims' }).count()).toBe(0);
      const keys = await claimCards(page)
        .locator('.paraphrase a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(new Set(keys).size).toBe(19);
      expect(watched.graphqlRequests).toEqual(['ActorPage', 'ActorClaimsMore']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it("opens a neighbour's page on a click on its node in the picture", async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    try {
      await page.goto('/actors/sergey-lavrov');
      await networkDrawn(page);
      const kim = await nodePosition(page, 'kim-jong-un');
      await page.mouse.click(kim.x, kim.y);
      await page.waitForURL('**/actors/kim-jong-un');
      await page.getByRole('heading', { level: 1, name: 'Kim Jong Un' }).waitFor();
      // The new page draws Kim's own network.
      await networkDrawn(page);
      expect(await networkPicture(page).getAttribute('aria-label')).toContain('around Kim Jong Un');
      expect(watched.graphqlRequests).toEqual(['ActorPage', 'ActorPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it("adds a neighbour's links to the picture in place, by its button or a right-click on its node", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const watched = await openPage(live.browser, live.server.origin, viewport);
      const { page } = watched;
      try {
        await page.goto('/actors/sergey-lavrov');
        await networkDrawn(page);
        expect(await edgeCount(page)).toBe(8);

        await page.getByRole('button', { name: 'Show links of Kim Jong Un' }).click();
        await page.locator('.network-status', { hasText: 'links of Kim Jong Un' }).waitFor();
        await networkDrawn(page);
        const afterKim = await edgeCount(page);
        expect(afterKim).toBeGreaterThan(8);
        expect(await page.locator('.network-status').textContent()).toBe(`Added ${afterKim - 8} links of Kim Jong Un.`);
        expect(await page.locator('.network-links li').count()).toBe(afterKim);
        expect(await page.getByRole('button', { name: 'Show links of Kim Jong Un' }).count()).toBe(0);
        expect(page.url()).toMatch(/\/actors\/sergey-lavrov$/);

        const northKorea = await nodePosition(page, 'north-korea');
        await page.mouse.click(northKorea.x, northKorea.y, { button: 'right' });
        await page.locator('.network-status', { hasText: 'links of North Korea' }).waitFor();
        await networkDrawn(page);
        expect(await edgeCount(page)).toBeGreaterThan(afterKim);
        expect(page.url()).toMatch(/\/actors\/sergey-lavrov$/);

        expect(watched.graphqlRequests).toEqual(['ActorPage', 'ActorNetworkExpansion', 'ActorNetworkExpansion']);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await networkPicture(page).scrollIntoViewIfNeeded();
        await page
          .locator('.actor-network-section')
          .screenshot({ path: join(SCREENSHOTS_DIR, `actor-network-${viewport.width}.png`) });
        expectCleanRun(watched);
      } finally {
        await watched.close();
      }
    }
  });

  it('answers an unknown key with the not-found page, in one request', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    try {
      // The server answers an unknown key with the app and a 404.
      watched.expectStatus('/actors/no-such-actor', 404);
      await watched.page.goto('/actors/no-such-actor');
      await watched.page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      expect(await watched.page.locator('.not-found').textContent()).toContain('There is no actor no-such-actor');
      expect(await watched.page.title()).toBe('Not found · claimgraph');
      expect(watched.graphqlRequests).toEqual(['ActorPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });
});
