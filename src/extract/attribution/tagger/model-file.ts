// Where the tagger's model lives and how it is read: a JSON file, by default in .models/ (ignored by
// git: a model learnt from PolNeAR carries what it learnt from a corpus without a data licence).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type TaggerModel, TaggerModelError } from './tagger.ts';

export const DEFAULT_TAGGER_MODEL = '.models/attribution-tagger.json';

export async function readTaggerModel(path: string): Promise<TaggerModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new TaggerModelError(
      `no tagger model at ${path}: train one with \`npm run train:extract -- --polnear PATH\` (or give --model FILE)`,
    );
  }
  try {
    return JSON.parse(text) as TaggerModel;
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
