// npm run train:extract -- --polnear PATH [--epochs N] [--out FILE] [--limit N]
//
// Trains the attribution tagger (design A+T, src/extract/attribution/tagger/) on PolNeAR's train
// split, first annotator of each article, and writes the model (default .models/attribution-tagger.json,
// not committed: PolNeAR has no data licence). Dev and test are never read here: `npm run eval:extract
// -- --design a+t` scores the model on dev.
import { parseArgs } from 'node:util';
import { showProgress } from '../../common/progress.ts';
import { analyzeInProcess } from '../attribution/design-a/analyzer.ts';
import { DEFAULT_TAGGER_MODEL, writeTaggerModel } from '../attribution/tagger/model-file.ts';
import { AttributionTagger, type TrainingDocument } from '../attribution/tagger/tagger.ts';
import { firstAnnotatorPerArticle, listDocuments, loadDocument, PolnearError } from '../evaluation/polnear.ts';

const USAGE = 'usage: npm run train:extract -- --polnear PATH [--epochs N] [--out FILE] [--limit N]';
const DEFAULT_EPOCHS = 12;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    polnear: { type: 'string' },
    epochs: { type: 'string', default: String(DEFAULT_EPOCHS) },
    out: { type: 'string', default: DEFAULT_TAGGER_MODEL },
    limit: { type: 'string' },
  },
});
if (!values.polnear) fail('--polnear PATH is required: a local checkout of github.com/networkdynamics/PolNeAR');
const epochs = Number(values.epochs);
if (!(Number.isInteger(epochs) && epochs >= 1)) fail('--epochs must be a whole number, at least 1');
const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
if (!(limit > 0)) fail('--limit must be a positive number');

try {
  const startedAt = performance.now();
  const entries = firstAnnotatorPerArticle(await listDocuments(values.polnear, 'train')).slice(0, limit);
  if (entries.length === 0) fail(`no train article in ${values.polnear}/data/train`);
  const documents: TrainingDocument[] = [];
  for (const [index, entry] of entries.entries()) {
    const document = await loadDocument(entry);
    documents.push({ analysis: analyzeInProcess(document.text), gold: document.attributions });
    showProgress(index + 1, entries.length, performance.now() - startedAt, 'articles read');
  }
  process.stderr.write('\n');
  const trainingAt = performance.now();
  const model = AttributionTagger.train(documents, epochs, (done) =>
    console.log(`  ${done} learnt (${((performance.now() - trainingAt) / 1000).toFixed(0)} s)`),
  );
  const bytes = await writeTaggerModel(values.out, model);
  const features = Object.values(model.roles).reduce((sum, role) => sum + Object.keys(role.weights).length, 0);
  console.log(
    `Trained on ${documents.length} PolNeAR train articles, ${epochs} epochs, in ${((performance.now() - startedAt) / 1000).toFixed(0)} s; ` +
      `${features} features, ${(bytes / 1e6).toFixed(1)} MB written to ${values.out}; ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
} catch (error) {
  if (error instanceof PolnearError) fail(error.message);
  throw error;
}
