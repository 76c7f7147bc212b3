// The explorer's shell and GraphiQL in a real browser with no network: the pages load from the
// server alone, and GraphiQL renders, runs its first tab and shows a result.
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  openPage,
  PHONE,
  screenshot,
  seriousAccessibilityViolations,
  useExplorer,
} from '../support/browser.ts';

describe('the explorer shell', () => {
  const live = useExplorer();

  it('serves the start page from the server alone, with hashed assets cached for good', async () => {
    const watched = await openPage(live.browser, live.server.origin, PHONE);
    try {
      await watched.page.goto('/');
      await watched.page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(watched.page, 'start');
      expect(watched.blockedRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.failedRequests).toEqual([]);
      expect(await seriousAccessibilityViolations(watched.page)).toEqual([]);
      const script = await watched.page.locator('script[type=module]').getAttribute('src');
      const asset = await fetch(`${live.server.origin}${script}`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-type')).toContain('text/javascript');
    } finally {
      await watched.close();
    }
  });

  it('answers an address that is no page with 404 and the not-found page', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    watched.expectStatus('/no/such/page', 404);
    try {
      const response = await watched.page.goto('/no/such/page');
      expect(response?.status()).toBe(404);
      await expect(watched.page.getByRole('heading', { name: 'Not found' }).textContent()).resolves.toBe('Not found');
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('refuses paths outside the built folder', async () => {
    const response = await fetch(`${live.server.origin}/assets/..%2f..%2fpackage.json`);
    expect(await response.text()).not.toContain('"name": "claimgraph"');
  });

  it('renders GraphiQL offline, runs its first tab and shows the result', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      await watched.page.goto('/graphql');
      const run = watched.page.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      await run.click();
      const result = watched.page.locator('.result-window');
      await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 20_000 }).toContain('"data"');
      await screenshot(watched.page, 'graphiql');
      expect(watched.blockedRequests).toEqual([]);
      expect(watched.failedRequests).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
