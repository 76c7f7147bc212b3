// The journeys a reader takes through the explorer, end to end in a real browser with no network:
// from a search to the claim, its evidence in the article, the claim it disputes, that claim's
// speaker and their network; and the connect page. Each page view is one GraphQL request; each
// step's time is printed. With CLAIMGRAPH_README_SCREENSHOTS=1 the journey also renews the
// README's pictures in docs/images/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/common/paths.ts';
import { DESKTOP, expectCleanRun, openPage, seriousAccessibilityViolations, useExplorer } from '../support/browser.ts';
import { networkDrawn, networkPicture, nodeKeys, nodePosition } from '../support/network-picture.ts';

const README_IMAGES = join(PROJECT_ROOT, 'docs/images');
const LAVROV_RUMORS = 'The U.S. claims of North Korean munitions deliveries are mere rumors that do not merit comment.';
const WHITE_HOUSE_CONTAINERS =
  'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia for its war in Ukraine.';

/** Runs one step of a journey and records how long it took until its page showed what it checks. */
function stepTimer() {
  const timings: string[] = [];
  return {
    timings,
    async step(name: string, action: () => Promise<void>) {
      const started = performance.now();
      await action();
      timings.push(`${name} ${(performance.now() - started).toFixed(0)} ms`);
    },
  };
}

async function readmePicture(page: Page, name: string, element?: string) {
  if (process.env.CLAIMGRAPH_README_SCREENSHOTS !== '1') return;
  mkdirSync(README_IMAGES, { recursive: true });
  const path = join(README_IMAGES, `${name}.png`);
  if (element) await page.locator(element).screenshot({ path });
  else await page.screenshot({ path });
}

describe('journeys through the explorer', () => {
  const live = useExplorer();

  it('search → claim → its evidence in the article → the claim it disputes → its speaker → a neighbour in the network', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    const { step, timings } = stepTimer();
    try {
      await step('start page', async () => {
        await page.goto('/');
        await page.getByRole('heading', { name: 'Recent claims' }).waitFor();
      });
      await step('search "rumors"', async () => {
        await page.getByRole('searchbox').fill('rumors');
        await page.getByRole('searchbox').press('Enter');
        await page.getByRole('heading', { level: 1, name: 'Results for “rumors”' }).waitFor();
      });
      // The searched word is marked in the claim's paraphrase.
      const result = page.getByRole('link', { name: LAVROV_RUMORS });
      expect(await result.locator('mark').allTextContents()).toEqual(['rumors']);

      await step("Lavrov's claim", async () => {
        await page.getByRole('link', { name: LAVROV_RUMORS }).click();
        await page.getByRole('heading', { level: 1, name: LAVROV_RUMORS }).waitFor();
      });
      expect(page.url()).toMatch(/\/claims\/lavrov-no-comment-on-rumors$/);
      const evidenceText = await page.locator('.evidence-span').first().textContent();
      expect(evidenceText).toBe('“I don’t comment on rumors,” he added.');
      await readmePicture(page, 'claim-page');

      await step('its evidence in the article', async () => {
        await page.locator('.evidence-in-sentence figcaption a').first().click();
        await page.locator('.passage.is-target').waitFor();
      });
      expect(page.url()).toMatch(/\/articles\/ap-lavrov-dismisses-us-claims#evidence-/);
      const target = page.locator('.passage.is-target');
      expect(await target.textContent()).toBe(evidenceText);
      expect(await target.isVisible()).toBe(true);
      expect(await target.evaluate((el) => el.id)).toBe(decodeURIComponent(new URL(page.url()).hash.slice(1)));

      await step('back to the claim', async () => {
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: LAVROV_RUMORS }).waitFor();
      });
      await step('the claim it disputes', async () => {
        await page.locator('#disputes').getByRole('link', { name: WHITE_HOUSE_CONTAINERS }).click();
        await page.getByRole('heading', { level: 1, name: WHITE_HOUSE_CONTAINERS }).waitFor();
      });
      // Lavrov's claim is among those disputing this one.
      expect(await page.getByRole('link', { name: LAVROV_RUMORS }).count()).toBe(1);

      await step("that claim's speaker", async () => {
        await page.locator('.claim-facts dd').first().getByRole('link', { name: 'White House' }).click();
        await page.getByRole('heading', { level: 1, name: 'White House' }).waitFor();
        await networkDrawn(page);
      });
      const neighbours = (await nodeKeys(page)).filter((key) => key !== 'white-house');
      expect(neighbours.length).toBeGreaterThan(0);
      expect(neighbours).toContain('north-korea');

      await step('a neighbour, clicked in the picture', async () => {
        const northKorea = await nodePosition(page, 'north-korea');
        await page.mouse.click(northKorea.x, northKorea.y);
        await page.getByRole('heading', { level: 1, name: 'North Korea' }).waitFor();
      });
      expect(page.url()).toMatch(/\/actors\/north-korea$/);
      await networkDrawn(page);
      expect(await networkPicture(page).getAttribute('aria-label')).toContain('North Korea');
      await readmePicture(page, 'actor-network', '.network-picture');

      // One request per page view; going back was answered from the cache.
      expect(watched.graphqlRequests).toEqual([
        'StartPage',
        'SearchPage',
        'ClaimPage',
        'ArticlePage',
        'ClaimPage',
        'ActorPage',
        'ActorPage',
      ]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expectCleanRun(watched);
      console.log(`journey (search to network): ${timings.join(', ')}`);
    } finally {
      await watched.close();
    }
  });

  it('connects two actors chosen on the connect page', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    const { page } = watched;
    const { step, timings } = stepTimer();
    try {
      await step('actor page', async () => {
        await page.goto('/actors/white-house');
        await page.getByRole('heading', { level: 1, name: 'White House' }).waitFor();
      });
      await step('connect page from it', async () => {
        await page.getByRole('link', { name: /How is White House connected/ }).click();
        await page.getByRole('heading', { level: 1, name: 'Connect two actors' }).waitFor();
      });
      expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('White House');
      await step('pick Lavrov', async () => {
        const to = page.getByRole('combobox', { name: 'To' });
        await to.fill('Lavr');
        await page.getByRole('option', { name: /Sergey Lavrov/ }).waitFor();
        await to.press('ArrowDown');
        await to.press('Enter');
        await page.locator('.chain-summary').waitFor();
      });
      expect(await page.locator('.chain-summary').textContent()).toMatch(
        /^White House and Sergey Lavrov are \d+ steps apart/,
      );
      expect(new URL(page.url()).searchParams.get('to')).toBe('sergey-lavrov');
      const steps = page.locator('.actor-chain a');
      expect(await steps.first().getAttribute('href')).toBe('/actors/white-house');
      expect(await steps.last().getAttribute('href')).toBe('/actors/sergey-lavrov');
      expect(watched.graphqlRequests[0]).toBe('ActorPage');
      expect(watched.graphqlRequests.at(-1)).toBe('ConnectPage');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expectCleanRun(watched);
      console.log(`journey (connect): ${timings.join(', ')}`);
    } finally {
      await watched.close();
    }
  });
});
