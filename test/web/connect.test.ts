// The connect page in a real browser against the seeded graph: two actors chosen by typing (an ARIA
// combobox driven by the keyboard), kept in the URL, and the shortest chain of claims and actors
// between them, drawn and linked step by step. With both actors in the URL the page view is one
// request; the pickers ask the API only while someone types.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectCleanRun,
  expectGoodPageView,
  openPage,
  PHONE,
  seriousAccessibilityViolations,
  useExplorer,
} from '../support/browser.ts';

const live = useExplorer();

const chainSteps = (page: Page) => page.locator('.actor-chain > li');

describe('the connect page', () => {
  it('draws the chain between the White House and Lavrov from the URL, in one request', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const watched = await openPage(live.browser, live.server.origin, viewport);
      const { page } = watched;
      try {
        await page.goto('/connect?from=white-house&to=sergey-lavrov');
        const summary = page.locator('.chain-summary');
        await summary.waitFor();
        expect(await summary.textContent()).toMatch(
          /^White House and Sergey Lavrov are 3 steps apart through 2 claims/,
        );
        expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('White House');
        expect(await page.getByRole('combobox', { name: 'To' }).inputValue()).toBe('Sergey Lavrov');

        // Four steps, from one actor to the other, each linked to its page, each tie said in words.
        expect(await chainSteps(page).count()).toBe(4);
        const firstLink = chainSteps(page).first().getByRole('link');
        expect(await firstLink.getAttribute('href')).toBe('/actors/white-house');
        expect(await chainSteps(page).last().getByRole('link').getAttribute('href')).toBe('/actors/sergey-lavrov');
        const claimLinks = await page
          .locator('.actor-chain .chain-claim .paraphrase a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        // Of the equally short chains, the one through the most claims: Lavrov disputing the White House.
        expect(claimLinks).toEqual(['/claims/white-house-1000-containers', '/claims/lavrov-americans-keep-accusing']);
        const ties = await page.locator('.chain-tie').allTextContents();
        expect(ties).toHaveLength(3);
        for (const tie of ties) expect(tie).toMatch(/^↓ [a-z]/);

        await expectGoodPageView(watched, ['ConnectPage'], 'connect');

        // A step of the chain opens its page.
        await firstLink.click();
        await page.waitForURL('**/actors/white-house');
        await page.getByRole('heading', { level: 1, name: 'White House' }).waitFor();
      } finally {
        await watched.close();
      }
    }
  });

  it('picks both actors by keyboard, asking only while typing, and keeps them in the URL', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    try {
      await page.goto('/connect');
      await page.getByRole('heading', { level: 1, name: 'Connect two actors' }).waitFor();
      expect(watched.graphqlRequests).toEqual([]);

      // An alias finds the actor, and says which alias matched.
      const from = page.getByRole('combobox', { name: 'From' });
      await from.focus();
      await page.keyboard.type('top diplomat', { delay: 20 });
      const fromList = page.getByRole('listbox', { name: 'From: matching actors' });
      await fromList.waitFor();
      expect(await from.getAttribute('aria-expanded')).toBe('true');
      expect(await fromList.getByRole('option').allTextContents()).toEqual([
        'Sergey Lavrov Person, also called “Russia’s top diplomat”',
      ]);
      await page.keyboard.press('ArrowDown');
      const active = await from.getAttribute('aria-activedescendant');
      expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/connect?from=sergey-lavrov');
      expect(await from.inputValue()).toBe('Sergey Lavrov');
      expect(await from.getAttribute('aria-expanded')).toBe('false');

      // Arrows move through several matches; Escape closes the list without choosing.
      const to = page.getByRole('combobox', { name: 'To' });
      await to.focus();
      await page.keyboard.type('whi', { delay: 20 });
      const toList = page.getByRole('listbox', { name: 'To: matching actors' });
      await toList.getByRole('option', { name: /^White House/ }).waitFor();
      const names = await toList.locator('.picker-name').allTextContents();
      expect(names).toContain('White House');
      expect(names.length).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
      expect(await to.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('ArrowDown');
      await toList.waitFor();
      for (let i = 0; i <= names.indexOf('White House'); i++) await page.keyboard.press('ArrowDown');
      const chosen = await to.getAttribute('aria-activedescendant');
      expect(await page.locator(`[id="${chosen}"] .picker-name`).textContent()).toBe('White House');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/connect?from=sergey-lavrov&to=white-house');
      await page.locator('.chain-summary', { hasText: 'Sergey Lavrov and White House are 3 steps apart' }).waitFor();

      // Typing asked for matches; choosing both asked for the chain once.
      const requests = watched.graphqlRequests;
      expect(requests.filter((name) => name !== 'ActorPicker')).toEqual(['ConnectPage', 'ConnectPage']);
      expect(requests.filter((name) => name === 'ActorPicker').length).toBeGreaterThan(0);
      expect(requests.filter((name) => name === 'ActorPicker').length).toBeLessThanOrEqual(6);

      // Back undoes the second choice.
      await page.goBack();
      await page.waitForURL('**/connect?from=sergey-lavrov');
      expect(await to.inputValue()).toBe('');
      expect(await page.locator('.connect-result').count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('says so when no chain links the two actors', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    try {
      await watched.page.goto('/connect?from=associated-press&to=sergey-lavrov');
      const summary = watched.page.locator('.chain-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toBe(
        'No chain of claims and actors links The Associated Press and Sergey Lavrov in the graph.',
      );
      expect(await watched.page.locator('.actor-chain').count()).toBe(0);
      expect(watched.graphqlRequests).toEqual(['ConnectPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('names an unknown actor key and keeps the known one', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    try {
      await watched.page.goto('/connect?from=no-such-actor&to=sergey-lavrov');
      const alert = watched.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('There is no actor no-such-actor in the graph.');
      expect(await watched.page.getByRole('combobox', { name: 'To' }).inputValue()).toBe('Sergey Lavrov');
      expect(await watched.page.locator('.connect-result').count()).toBe(0);
      expect(watched.graphqlRequests).toEqual(['ConnectPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });
});
