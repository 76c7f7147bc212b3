// `npm run ingest -- FILE|DIR... [--write] [--format scraped|html|plain] [--json] [--model FILE]`: reads
// news pages, finds who said what about whom in each, links it to the configured graph (the project's
// local Neo4j unless NEO4J_URI is set) and prints what it proposes; with --write, stores each
// article's proposal in one transaction. Running it again over the same pages changes nothing.
// --model finds the attributions with a learnt tagger (design A+T, `npm run train:extract`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { showProgress } from '../common/progress.ts';
import { onShutdown } from '../common/shutdown.ts';
import { PageError } from '../ingest/pages/page-reader.ts';
import { PAGE_FORMATS, type PageFormat } from '../ingest/pages/read.ts';
import { UpsertRejected } from '../ingest/upsert.ts';
import { neo4jSettingsFromEnv } from '../neo4j/config.ts';
import { connectGraphDatabase } from '../neo4j/driver.ts';
import { ensureGraphSchema } from '../neo4j/graph-schema.ts';
import type { CandidateFinder } from './attribution/extract.ts';
import { readTagger } from './attribution/tagger/model-file.ts';
import { TaggerModelError } from './attribution/tagger/tagger.ts';
import { type ArticleProposal, ArticleReader, ArticleRejected, commitProposal, storedGraph } from './reading.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: 'boolean', default: false },
    format: { type: 'string' },
    json: { type: 'boolean', default: false },
    model: { type: 'string' },
  },
});

const format = values.format as PageFormat | undefined;
if (format && !PAGE_FORMATS.includes(format)) {
  console.error(`--format must be one of ${PAGE_FORMATS.join(', ')}, got "${format}"`);
  process.exit(2);
}

/** The files named, a directory standing for the files in it, in name order. */
function pageFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => !name.startsWith('.'))
          .sort()
          .map((name) => join(path, name))
          .filter((file) => statSync(file).isFile())
      : [path],
  );
}

function describe(proposal: ArticleProposal): string {
  const { article, claims, actors } = proposal;
  const lines = [
    `${proposal.source}: "${article.title}" (${article.id}${proposal.duplicateOf ? `, a copy of the stored article` : ''})`,
    `  ${article.outlet.name}, ${article.publishedAt}${article.datelineText ? `, ${article.datelineText}` : ''}`,
    `  ${claims.length} claims, ${actors.filter((actor) => !actor.stored).length} new actors`,
  ];
  for (const claim of claims) {
    const known = claim.known ? ' (a claim already known)' : '';
    lines.push(`  - [${claim.kind}] ${claim.speaker.name} ${claim.cue}: ${claim.paraphrase.slice(0, 100)}${known}`);
  }
  return lines.join('\n');
}

const files = pageFiles(positionals);
if (files.length === 0) {
  console.error('usage: npm run ingest -- FILE|DIR... [--write] [--format scraped|html|plain] [--json] [--model FILE]');
  process.exit(2);
}

let finder: CandidateFinder | undefined;
try {
  finder = values.model === undefined ? undefined : await readTagger(values.model);
} catch (error) {
  if (!(error instanceof TaggerModelError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const db = await connectGraphDatabase(neo4jSettingsFromEnv());
onShutdown(() => db.close());
const reader = new ArticleReader(storedGraph(db), finder);
const startedAt = performance.now();
const proposals: ArticleProposal[] = [];
let failed = 0;
try {
  await ensureGraphSchema(db);
  for (const [index, file] of files.entries()) {
    try {
      const proposal = await reader.propose({ content: readFileSync(file), source: file, ...(format && { format }) });
      if (values.write) await commitProposal(db, proposal);
      proposals.push(proposal);
      if (!values.json && files.length === 1) console.log(describe(proposal));
    } catch (error) {
      if (!(error instanceof PageError || error instanceof ArticleRejected || error instanceof UpsertRejected))
        throw error;
      failed++;
      console.error(`\n${error instanceof UpsertRejected ? `${file}: ` : ''}${error.message}`);
    }
    if (files.length > 1) showProgress(index + 1, files.length, performance.now() - startedAt, 'articles');
  }
  if (files.length > 1) process.stderr.write('\n');
  if (values.json)
    console.log(
      JSON.stringify(
        proposals.map(({ request: _, ...shown }) => shown),
        null,
        2,
      ),
    );
  else if (files.length > 1) for (const proposal of proposals) console.log(describe(proposal));
  const seconds = (performance.now() - startedAt) / 1000;
  const claims = proposals.reduce((sum, proposal) => sum + proposal.claims.length, 0);
  // With --json, standard output holds the JSON alone.
  (values.json ? console.error : console.log)(
    `${proposals.length} articles read, ${failed} refused, ${claims} claims ${values.write ? 'written' : 'proposed (--write stores them)'}; ` +
      `${(proposals.length / seconds).toFixed(2)} articles/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
  );
  if (failed > 0) process.exitCode = 1;
} finally {
  await db.close();
}
