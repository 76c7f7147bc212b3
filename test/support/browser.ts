// The explorer in a real headless Chromium (Debian's, driven by playwright-core: no browser is
// downloaded), against the real server and the suite's Neo4j. Every request to anything but the
// local server is blocked, so a page that needs the internet fails here. Each page records the
// GraphQL requests it makes, its console errors and its failed requests, and can run axe-core.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/common/paths.ts';
import type { GraphDatabase } from '../../src/neo4j/driver.ts';
import { createApp } from '../../src/server/app.ts';
import { listen, type RunningServer } from '../../src/server/http.ts';
import { connectTestGraph, reseed } from './graph.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE: string = require('axe-core').source;

/** Where the journeys leave a screenshot of every page at both widths (git-ignored). */
export const SCREENSHOTS_DIR = join(PROJECT_ROOT, '.screenshots');

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1440, height: 900 };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface ExplorerServer extends RunningServer {
  /** http://127.0.0.1:PORT, the explorer's address. */
  origin: string;
}

/** The full server as `npm start` runs it: explorer, GraphiQL and API, on a free loopback port. */
export async function startExplorerServer(db: GraphDatabase): Promise<ExplorerServer> {
  const running = await listen(createApp({ db }), { port: 0, host: '127.0.0.1', drainMs: 1_000 });
  return { ...running, origin: running.url.replace(/\/graphql$/, '') };
}

export async function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** The GraphQL operations the page has sent (by POST or GET), by operation name, in order. */
  graphqlRequests: string[];
  /** Those of them sent by POST, with their whole document rather than its hash alone. */
  graphqlPosts: string[];
  /** Requests to another origin, which were blocked. */
  blockedRequests: string[];
  consoleErrors: string[];
  /** Requests that failed, or were answered with a 4xx or 5xx status (besides expected ones). */
  failedRequests: string[];
  /** Statuses a test expects and that are not failures, e.g. 404 for an unknown key. */
  expectStatus(urlPart: string, status: number): void;
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, baseURL: origin });
  const watched: WatchedPage = {
    page: await context.newPage(),
    context,
    graphqlRequests: [],
    graphqlPosts: [],
    blockedRequests: [],
    consoleErrors: [],
    failedRequests: [],
    expectStatus(urlPart, status) {
      expected.push({ urlPart, status });
    },
    close: () => context.close(),
  };
  const expected: { urlPart: string; status: number }[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    watched.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const { page } = watched;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (`${url.origin}${url.pathname}` !== `${origin}/graphql`) return;
    if (request.method() === 'POST') {
      const body = request.postDataJSON() as { operationName?: string } | null;
      watched.graphqlRequests.push(body?.operationName ?? '(anonymous)');
      watched.graphqlPosts.push(body?.operationName ?? '(anonymous)');
    } else if (request.method() === 'GET' && url.search !== '') {
      // A query sent as GET (a persisted query's hash): its parameters are in the address.
      watched.graphqlRequests.push(url.searchParams.get('operationName') ?? '(anonymous)');
    }
  });
  const isExpected = (url: string, status: number) =>
    expected.some((e) => e.status === status && url.includes(e.urlPart));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs every 4xx as a console error; an expected one is no error.
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && isExpected(message.location().url, Number(status))) return;
    watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    watched.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    if (isExpected(response.url(), status)) return;
    watched.failedRequests.push(`${response.request().method()} ${response.url()}: ${status}`);
  });
  return watched;
}

/** Nothing left the server, nothing failed, nothing was logged as an error. */
export function expectCleanRun(watched: WatchedPage) {
  expect(watched.blockedRequests).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.failedRequests).toEqual([]);
}

/**
 * A page view as every page must give it: exactly these GraphQL operations, each a GET with the
 * document's hash alone (one the server knows: a retry with the document would be a POST), a clean
 * run, no serious accessibility violation; then a screenshot for people to look at.
 */
export async function expectGoodPageView(watched: WatchedPage, operations: string[], screenshotName: string) {
  expect(watched.graphqlRequests).toEqual(operations);
  expect(watched.graphqlPosts).toEqual([]);
  expectCleanRun(watched);
  expect(await seriousAccessibilityViolations(watched.page)).toEqual([]);
  await screenshot(watched.page, screenshotName);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves the page as .screenshots/NAME-WIDTH.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = join(SCREENSHOTS_DIR, `${name}-${page.viewportSize()?.width ?? 0}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * For a test file that drives the explorer: a freshly seeded graph, the full server on it and one
 * Chromium, all set up before the file's tests and torn down after.
 */
export function useExplorer(): {
  readonly db: GraphDatabase;
  readonly server: ExplorerServer;
  readonly browser: Browser;
} {
  const state = {} as { db: GraphDatabase; server: ExplorerServer; browser: Browser };
  beforeAll(async () => {
    state.db = connectTestGraph();
    await reseed(state.db);
    state.server = await startExplorerServer(state.db);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
    await state.db?.close();
  });
  return state;
}
