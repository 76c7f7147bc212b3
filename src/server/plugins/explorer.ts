// Serves the explorer (the web front end built into dist/web by `npm run build`) at `/`, beside the
// API at /graphql. Hashed assets are cached for good; the page itself never is, so a new build is
// picked up at once. Every page address gets the app's index.html (the app routes in the browser);
// an address that is no page gets it with a 404, and the app shows its not-found page.
// Options: `root`, the built folder.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The explorer's page addresses, as web/src/routes.tsx defines them. */
const PAGE_PATHS = [/^\/$/, /^\/search$/, /^\/connect$/, /^\/(actors|claims|articles)\/[^/]+$/];

export interface ExplorerOptions {
  root: string;
}

export function useExplorer({ root }: ExplorerOptions): Plugin {
  const indexFile = join(root, 'index.html');
  // Read once: the page is small, and a rebuild restarts the server anyway.
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = decodeURIComponentSafely(url.pathname);
      if (path === null || path === '/graphql' || path === '/health' || path === '/ready') return;

      const asset = await readAsset(root, path);
      if (asset) {
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
            headers: {
              'content-type': asset.contentType,
              'cache-control': path.startsWith('/assets/')
                ? 'public, max-age=31536000, immutable'
                : 'public, max-age=3600',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
        return;
      }
      if (indexHtml === null) {
        endResponse(
          new fetchAPI.Response('The explorer is not built: run `npm run build`, then start the server again.\n', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const isPage = PAGE_PATHS.some((pattern) => pattern.test(path));
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : indexHtml, {
          status: isPage ? 200 : 404,
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
        }),
      );
    },
  };
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
