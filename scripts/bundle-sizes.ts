// The explorer's bundle, as a browser gets it: every chunk's size gzipped, and what the first page
// (`/`, the search page) loads before it can show anything. `npm run build:web` prints this and
// fails past the budget; test/web/bundle.test.ts checks the same figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/common/paths.ts';

export const WEB_DIST = join(PROJECT_ROOT, 'dist/web');
export const FIRST_PAGE_BUDGET_BYTES = 250 * 1024;
/** The page module `/` renders; the router loads it right after the entry. */
const FIRST_PAGE_MODULE = 'src/pages/SearchPage.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleReport {
  chunks: { file: string; source: string | undefined; gzipBytes: number }[];
  /** The JavaScript files the first page loads, and their gzipped total. */
  firstPage: { files: string[]; gzipBytes: number };
}

export function measureBundle(dir = WEB_DIST): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gzipBytes = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const chunks = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({ file: chunk.file, source: chunk.src, gzipBytes: gzipBytes(chunk.file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  // The entry and the first page's module, with everything they import statically.
  const loaded = new Set<string>();
  const visit = (id: string) => {
    const chunk = manifest[id];
    if (!chunk || loaded.has(id)) return;
    loaded.add(id);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [id, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(id);
  visit(FIRST_PAGE_MODULE);
  const files = [...loaded].map((id) => manifest[id]!.file).filter((file) => file.endsWith('.js'));
  return { chunks, firstPage: { files, gzipBytes: files.reduce((sum, file) => sum + gzipBytes(file), 0) } };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = measureBundle();
  console.log('Explorer bundle (gzipped):');
  for (const chunk of report.chunks) console.log(`  ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.file}`);
  console.log(
    `First page: ${kb(report.firstPage.gzipBytes)} of JavaScript in ${report.firstPage.files.length} files ` +
      `(budget ${kb(FIRST_PAGE_BUDGET_BYTES)}).`,
  );
  if (report.firstPage.gzipBytes > FIRST_PAGE_BUDGET_BYTES) {
    console.error('The first page is over its JavaScript budget.');
    process.exit(1);
  }
}
