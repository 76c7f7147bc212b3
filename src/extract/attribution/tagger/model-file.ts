// Where the tagger's model lives and how it is read: a JSON file, by default in .models/ (ignored by
// git: a model learnt from PolNeAR carries what it learnt from a corpus without a data licence).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AttributionTagger, type TaggerModel, TaggerModelError } from './tagger.ts';

export const DEFAULT_TAGGER_MODEL = '.models/attribution-tagger.json';

/** The tagger of the model at `path`; the model's digest goes into the version its claims are stored with. */
export async function readTagger(path: string): Promise<AttributionTagger> {
  const { model, digest } = await readTaggerModel(path);
  return new AttributionTagger(model, digest);
}

/** How many hex digits of the model file's SHA-256 name it. */
const DIGEST_DIGITS = 12;

async function readTaggerModel(path: string): Promise<{ model: TaggerModel; digest: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TaggerModelError(
      `no tagger model at ${path}: train one with \`npm run train:extract -- --polnear PATH\` (or give --model FILE)`,
    );
  }
  try {
    const model = JSON.parse(text) as TaggerModel;
    return { model, digest: createHash('sha256').update(text).digest('hex').slice(0, DIGEST_DIGITS) };
  } catch (error) {
    throw new TaggerModelError(`the tagger model at ${path} is not JSON (${(error as Error).message}): train it again`);
  }
}

export async function writeTaggerModel(path: string, model: TaggerModel): Promise<number> {
  const text = JSON.stringify(model);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return Buffer.byteLength(text);
}
