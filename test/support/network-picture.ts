// The actor page's network picture (a cytoscape canvas) as a test reaches it: the container carries
// the cytoscape instance, which tells where each node is drawn, so a test clicks the canvas itself.
import type { Page } from 'playwright-core';

export const networkPicture = (page: Page) => page.locator('.network-picture');

/** Waits until the network picture has been laid out (it is aria-busy until then). */
export async function networkDrawn(page: Page) {
  await page.waitForSelector('.network-picture[aria-busy="false"]', { timeout: 20_000 });
}

/** Where a node of the picture is on the page, from the cytoscape instance the container carries. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  await networkPicture(page).scrollIntoViewIfNeeded();
  // Cytoscape ignores the mouse for 250 ms after the page scrolls, as a person scrolling past would want.
  await page.waitForTimeout(300);
  return page.evaluate((nodeKey) => {
    const container = document.querySelector('.network-picture') as HTMLElement & { cy: any };
    const node = container.cy.getElementById(nodeKey);
    if (node.empty()) throw new Error(`no node ${nodeKey} in the picture`);
    const box = container.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, key);
}

export const edgeCount = (page: Page) =>
  page.evaluate(() => (document.querySelector('.network-picture') as HTMLElement & { cy: any }).cy.edges().length);

/** The keys of the actors drawn in the picture. */
export const nodeKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (document.querySelector('.network-picture') as HTMLElement & { cy: any }).cy.nodes().map((node: any) => node.id()),
  );
