// `npx tsx scripts/synthetic-pages.ts --claims N --out DIR`: writes the synthetic generator's
// articles (src/synthetic) as plain-text pages with a header, one file each, for measuring how fast
// `npm run ingest` reads a directory of pages. The pages are made up: volume, not quality.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNews } from '../src/synthetic/news.ts';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '1000' },
    out: { type: 'string', default: '.eval/synthetic-pages' },
  },
});

mkdirSync(values.out, { recursive: true });
const outlets = new Map<string, string>();
let written = 0;
for await (const batch of generateNews({ claims: Number(values.claims), seed: 1, batchClaims: 1000 })) {
  for (const actor of batch.actors) if (actor.kind === 'MEDIA_OUTLET') outlets.set(actor.id, actor.name);
  for (const article of batch.articles) {
    const header = [
      `Title: ${article.title}`,
      `Date: ${article.publishedAt.replace('T', ' ')}`,
      `Outlet: ${outlets.get(article.outletId) ?? article.outletId}`,
    ];
    writeFileSync(join(values.out, `${article.id}.txt`), `${header.join('\n')}\n\n${article.body}\n`);
    written++;
  }
}
console.log(`${written} pages in ${values.out}`);
