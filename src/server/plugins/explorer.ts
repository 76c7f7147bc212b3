// Serves the explorer (the web front end built into dist/web by `npm run build`) at `/`, beside the
// API at /graphql. Hashed assets are cached for good; the page itself never is, so a new build is
// picked up at once. Every page address gets the app's index.html (the app routes in the browser);
// an address that is no page gets it with a 404, and the app shows its not-found page.
// A claim's, actor's or article's page is also its entity as JSON-LD: served as such to a client
// that prefers application/ld+json, and otherwise embedded in the page's HTML, whose status is 404
// when the key names nothing. /vocab serves the vocabulary the documents' own terms come from.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../graphql/context.ts';
import { ERROR_CODES } from '../../graphql/errors.ts';
import { LinkedDataError, linkedDataDocument, type PageKind, vocabularyDocument } from '../../linked-data/index.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The explorer's page addresses, as web/src/routes.tsx defines them, besides the entity pages. */
const PAGE_PATHS = [/^\/$/, /^\/search$/, /^\/connect$/];
/** The pages of one entity each, which are also served as JSON-LD. */
const ENTITY_PAGE = /^\/(actors|claims|articles)\/([^/]+)$/;
const SINGULAR: Record<PageKind, string> = { claims: 'claim', actors: 'actor', articles: 'article' };

const JSON_LD = 'application/ld+json';
/** Where web/index.html wants the page's JSON-LD. */
const LINKED_DATA_MARKER = '<!--linked-data-->';

/** What each of the API's error codes means for the JSON-LD request that met it. */
const STATUS_OF_ERROR: Record<string, number> = {
  [ERROR_CODES.unavailable]: 503,
  [ERROR_CODES.unauthenticated]: 401,
  [ERROR_CODES.forbidden]: 403,
};

export interface ExplorerOptions {
  /** The built folder. */
  root: string;
  /** A request's GraphQL context, as /graphql makes it: the JSON-LD documents are read with it. */
  context: (request: Request) => Context;
  /**
   * How long a page waits for the JSON-LD it embeds; past that it is served without (while Neo4j
   * is down its driver retries for seconds, and the app shows the outage itself).
   */
  embedWaitMs?: number;
}

export function useExplorer({ root, context, embedWaitMs = 2_000 }: ExplorerOptions): Plugin {
  const indexFile = join(root, 'index.html');
  // Read once: the page is small, and a rebuild restarts the server anyway.
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;

  /** An entity page: JSON-LD or HTML as the client prefers, both varying with Accept. */
  async function entityPage(
    request: Request,
    origin: string,
    kind: PageKind,
    key: string,
    page: string,
    respond: Responder,
  ) {
    const lookup = () => linkedDataDocument(kind, key, { context: context(request), origin });
    const vary = { vary: 'Accept' };
    if (prefersJsonLd(request.headers.get('accept'))) {
      try {
        const document = await lookup();
        if (document) return respond.json(200, document, JSON_LD, vary);
        return respond.error(404, ERROR_CODES.notFound, `No ${SINGULAR[kind]} with key "${key}"`);
      } catch (error) {
        if (!(error instanceof LinkedDataError)) throw error;
        return respond.error(STATUS_OF_ERROR[error.code] ?? 500, error.code, error.message);
      }
    }
    const found = await withinTime(lookup(), embedWaitMs);
    // Unanswered (Neo4j down, too slow): the page without its JSON-LD; the app tells what is wrong.
    if (found === undefined) return respond.html(200, page, vary);
    if (found === null) return respond.html(404, page, vary);
    return respond.html(200, withLinkedData(page, found), vary);
  }

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = decodeURIComponentSafely(url.pathname);
      if (path === null || path === '/graphql' || path === '/health' || path === '/ready') return;
      const respond = responder(fetchAPI, request.method === 'HEAD');

      if (path === '/vocab') {
        endResponse(respond.json(200, vocabularyDocument(url.origin), JSON_LD));
        return;
      }
      const asset = await readAsset(root, path);
      if (asset) {
        endResponse(
          respond.body(200, asset.body, {
            'content-type': asset.contentType,
            'cache-control': path.startsWith('/assets/')
              ? 'public, max-age=31536000, immutable'
              : 'public, max-age=3600',
            'x-content-type-options': 'nosniff',
          }),
        );
        return;
      }
      if (indexHtml === null) {
        endResponse(
          respond.body(503, 'The explorer is not built: run `npm run build`, then start the server again.\n', {
            'content-type': 'text/plain; charset=utf-8',
          }),
        );
        return;
      }
      const entity = ENTITY_PAGE.exec(path);
      if (entity) {
        endResponse(await entityPage(request, url.origin, entity[1] as PageKind, entity[2]!, indexHtml, respond));
        return;
      }
      const isPage = PAGE_PATHS.some((pattern) => pattern.test(path));
      endResponse(respond.html(isPage ? 200 : 404, indexHtml));
    },
  };
}

type HeaderMap = Record<string, string>;
type Responder = ReturnType<typeof responder>;

/** Responses to one request: a HEAD request gets the headers alone. */
function responder(fetchAPI: { Response: typeof Response }, head: boolean) {
  const body = (status: number, content: BodyInit, headers: HeaderMap) =>
    new fetchAPI.Response(head ? null : content, { status, headers });
  const json = (status: number, document: unknown, contentType: string, headers: HeaderMap = {}) =>
    body(status, JSON.stringify(document), {
      'content-type': contentType,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
  return {
    body,
    json,
    html: (status: number, html: string, headers: HeaderMap = {}) =>
      body(status, html, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers }),
    /** An error in the shape the API gives its own. */
    error: (status: number, code: string, message: string) =>
      json(status, { errors: [{ message, extensions: { code } }] }, 'application/json; charset=utf-8', {
        vary: 'Accept',
      }),
  };
}

/** The index page with the document in place of its marker, where search engines look for it. */
function withLinkedData(html: string, document: unknown): string {
  // Every "<" escaped inside the JSON's strings, so no "</script>" or "<!--" in the data can end
  // or confuse the script element; JSON.parse reads the same document back.
  const json = JSON.stringify(document).replaceAll('<', '\\u003c');
  return html.replace(LINKED_DATA_MARKER, () => `<script type="application/ld+json">${json}</script>`);
}

/** The lookup's answer if it comes within `ms`; undefined when it fails or takes longer. */
async function withinTime<T>(lookup: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([lookup.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the Accept header prefers JSON-LD to HTML (RFC 9110 §12.5.1): each type takes the
 * quality of the most specific range that matches it. At equal quality a type named outright wins
 * over one a wildcard admits; when both are named, or neither (no header), HTML.
 */
export function prefersJsonLd(accept: string | null): boolean {
  const ranges = (accept ?? '*/*').split(',').map((part) => {
    const [range = '', ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    return { range, q: q ? Number(q.slice(2)) || 0 : 1 };
  });
  const preference = (type: string) => {
    const candidates = [type, `${type.split('/')[0]}/*`, '*/*'];
    for (const [index, candidate] of candidates.entries()) {
      const match = ranges.find((r) => r.range === candidate);
      if (match) return { q: match.q, specificity: candidates.length - index };
    }
    return { q: 0, specificity: 0 };
  };
  const jsonLd = preference(JSON_LD);
  const html = preference('text/html');
  if (jsonLd.q <= 0) return false;
  return jsonLd.q > html.q || (jsonLd.q === html.q && jsonLd.specificity > html.specificity);
}

function decodeURIComponentSafely(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** A file under the root for a path with an extension we serve, never one outside it. */
async function readAsset(
  root: string,
  path: string,
): Promise<{ body: Buffer<ArrayBuffer>; contentType: string } | null> {
  const contentType = CONTENT_TYPES[extname(path)];
  if (!contentType || path.includes('\0')) return null;
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return null;
  try {
    return { body: await readFile(file), contentType };
  } catch {
    return null;
  }
}
