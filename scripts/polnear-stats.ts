// `npx tsx scripts/polnear-stats.ts <PolNeAR checkout>`: what each split holds, then two checks of our
// reading (not results): every document's gold written out as brat and read back unchanged, and the
// gold scored against itself, which must be 100 everywhere.
import { isDeepStrictEqual } from 'node:util';
import { ROLES, type Role } from '../src/extract/evaluation/attribution.ts';
import { parseBrat, serializeBrat } from '../src/extract/evaluation/brat.ts';
import { listDocuments, loadDocument, PolnearError, SPLITS, type Split } from '../src/extract/evaluation/polnear.ts';
import { METRICS, scoreDocuments } from '../src/extract/evaluation/score.ts';

async function splitStats(root: string, split: Split): Promise<string[]> {
  const entries = await listDocuments(root, split);
  const documents = await Promise.all(entries.map(loadDocument));
  const filesPerArticle = new Map<string, number>();
  for (const { article } of entries) filesPerArticle.set(article, (filesPerArticle.get(article) ?? 0) + 1);
  const shared = [...filesPerArticle.values()].filter((files) => files > 1);
  const attributions = documents.flatMap((document) => document.attributions);
  const withSource = attributions.filter((attribution) => attribution.source).length;
  const discontinuous = (role: Role) =>
    attributions.filter((attribution) => (attribution[role]?.length ?? 0) > 1).length;
  const roundTrips = documents.filter(({ text, attributions }) =>
    isDeepStrictEqual(parseBrat(serializeBrat(text, attributions)).attributions, attributions),
  ).length;
  const scores = scoreDocuments(
    documents.map(({ text, attributions }) => ({ text, gold: attributions, predicted: attributions })),
  );
  const percent = (value: number) => (100 * value).toFixed(1);
  return [
    `${split}`,
    `  articles ${filesPerArticle.size}, annotation files ${entries.length} ` +
      `(${shared.length} articles annotated by several annotators, in ${shared.reduce((a, b) => a + b, 0)} files)`,
    `  attributions ${attributions.length}: with source ${withSource}, without ${attributions.length - withSource}; ` +
      `events dropped (no content) ${documents.reduce((sum, document) => sum + document.dropped.length, 0)}`,
    `  discontinuous spans: ${ROLES.map((role) => `${role} ${discontinuous(role)}`).join(', ')}`,
    `  written as brat and read back unchanged: ${roundTrips} of ${documents.length} documents`,
    '  gold against itself, P / R / F1:',
    ...METRICS.map(
      (metric) =>
        `    ${metric.padEnd(8)}${ROLES.map((role) => {
          const { precision, recall, f1 } = scores[metric][role];
          return `${role} ${percent(precision)} / ${percent(recall)} / ${percent(f1)}`;
        }).join('   ')}`,
    ),
  ];
}

const root = process.argv[2];
if (!root) {
  console.error('usage: npx tsx scripts/polnear-stats.ts <path of a PolNeAR checkout>');
  process.exit(2);
}
try {
  for (const split of SPLITS) console.log((await splitStats(root, split)).join('\n'));
} catch (error) {
  if (!(error instanceof PolnearError)) throw error;
  console.error(error.message);
  process.exit(1);
}
