// Reads a local checkout of PolNeAR (github.com/networkdynamics/PolNeAR, v1.0.0; Newell et al., LREC
// 2018). The corpus has no data licence: it is read where it lies, never copied into this repository.
//
// Layout: data/{train,dev,test}/text/<article>.txt (UTF-8, LF, no BOM) and
// data/{train,dev,test}/attributions/<article>_<annotator>.ann (brat standoff, read by brat.ts);
// data/<split>/corenlp/ holds CoreNLP XML we do not use, data/metadata.tsv the articles' metadata,
// and data/annotator-training and data/parc3-replication are quality-control compartments outside
// the core dataset (the latter without texts). The split is the folder: 840 / 84 / 84 articles, by
// publication date in twelve month-long periods from 8 Nov 2015 to 8 Nov 2016 (train the first ten,
// dev the 11th, test the 12th).
//
// Oddities:
// - An article may have several annotation files: <annotator> is one of six 4-hex ids, and the
//   articles used to measure agreement were annotated by (nearly) all of them (train 16 articles in
//   95 files, one of them by five; dev 2 in 12; test 2 in 12; so 919 / 94 / 94 files). Every file is
//   listed here, as CofeNet's published PolNeAR data uses every one; `firstAnnotatorPerArticle`
//   keeps one per article.
// - Besides Source/Cue/Content, T lines are labelled Attribution / Attribution-no-source (the event
//   triggers, repeating the cue's offsets), Discard (boilerplate: bylines, social-media plugs, embed
//   markup) and Discuss (apparently passages flagged for the annotators' weekly meeting); these last
//   two form no attribution. Attributions share T lines ("X said A and added B": one Source T, two events).
// - Events break the scheme now and then (brat.ts says how each is read): 35 with no argument at
//   all (train 34, dev 1), 2 more without Content and 1 without Cue (train); 73 with the content in
//   Content and Content2 arguments; 7 Attribution events without Source and 1 Attribution-no-source
//   with one; 3 Cue arguments pointing at Discuss T lines (train); T text running over a line break.
// - Offsets count code points (brat is Python); every PolNeAR text is within the Basic Multilingual
//   Plane, where that equals JavaScript's string indices. Loading checks it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attribution } from './attribution.ts';
import { BratFormatError, type DroppedEvent, parseBrat } from './brat.ts';

export type Split = 'train' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

export class PolnearError extends Error {
  override name = 'PolnearError';
}

/** One annotation file: an article as one annotator annotated it. */
export interface PolnearEntry {
  readonly split: Split;
  /** The file name without extension, e.g. `nyt_2016-09-16_<the start of the title's slug>`. */
  readonly article: string;
  readonly annotator: string;
  readonly textPath: string;
  readonly annotationPath: string;
}

export interface PolnearDocument extends PolnearEntry {
  readonly text: string;
  readonly attributions: Attribution[];
  /** Events that are no attribution (no Content argument): 36 in train, 1 in dev, none in test. */
  readonly dropped: DroppedEvent[];
}

const ANNOTATION_FILE = /^(.+)_([0-9a-f]{4})\.ann$/;
const CHECKOUT_HINT =
  'a clone of https://github.com/networkdynamics/PolNeAR, whose data/<split>/ holds text/ and attributions/';

/** Every annotation file of a split, sorted by article then annotator. */
export async function listDocuments(root: string, split: Split): Promise<PolnearEntry[]> {
  await requireDirectory(root, `a PolNeAR checkout (${CHECKOUT_HINT})`);
  const textDir = join(root, 'data', split, 'text');
  const annotationDir = join(root, 'data', split, 'attributions');
  await requireDirectory(textDir, `the ${split} texts of ${CHECKOUT_HINT}`);
  await requireDirectory(annotationDir, `the ${split} annotations of ${CHECKOUT_HINT}`);
  const texts = new Set((await readdir(textDir)).filter((name) => name.endsWith('.txt')));
  const entries = (await readdir(annotationDir))
    .filter((name) => name.endsWith('.ann'))
    .sort()
    .map((name): PolnearEntry => {
      const match = ANNOTATION_FILE.exec(name);
      if (!match) {
        throw new PolnearError(`${join(annotationDir, name)}: expected a name <article>_<4-hex annotator id>.ann`);
      }
      const [, article, annotator] = match as unknown as [string, string, string];
      if (!texts.has(`${article}.txt`)) {
        throw new PolnearError(`${join(annotationDir, name)} has no text: expected ${join(textDir, `${article}.txt`)}`);
      }
      return {
        split,
        article,
        annotator,
        textPath: join(textDir, `${article}.txt`),
        annotationPath: join(annotationDir, name),
      };
    });
  const annotated = new Set(entries.map((entry) => `${entry.article}.txt`));
  const unannotated = [...texts].filter((name) => !annotated.has(name));
  if (unannotated.length > 0) {
    throw new PolnearError(`${textDir}: ${unannotated.length} text(s) without annotations, e.g. ${unannotated[0]}`);
  }
  return entries;
}

/** One annotation per article: the alphabetically first annotator's, so that a choice is repeatable. */
export function firstAnnotatorPerArticle(entries: readonly PolnearEntry[]): PolnearEntry[] {
  const seen = new Set<string>();
  return [...entries]
    .sort((a, b) => a.article.localeCompare(b.article) || a.annotator.localeCompare(b.annotator))
    .filter((entry) => {
      if (seen.has(entry.article)) return false;
      seen.add(entry.article);
      return true;
    });
}

export async function loadDocument(entry: PolnearEntry): Promise<PolnearDocument> {
  const [text, ann] = await Promise.all([readFile(entry.textPath, 'utf8'), readFile(entry.annotationPath, 'utf8')]);
  if (/[\u{10000}-\u{10FFFF}]/u.test(text)) {
    throw new PolnearError(
      `${entry.textPath}: characters beyond the Basic Multilingual Plane, where brat's code-point offsets ` +
        'are not string indices',
    );
  }
  let parsed: ReturnType<typeof parseBrat>;
  try {
    parsed = parseBrat(ann);
  } catch (error) {
    if (error instanceof BratFormatError) throw new PolnearError(`${entry.annotationPath}: ${error.message}`);
    throw error;
  }
  const beyond = parsed.attributions
    .flatMap((attribution) => [attribution.source ?? [], attribution.cue, attribution.content].flat())
    .find(([, end]) => end > text.length);
  if (beyond) {
    throw new PolnearError(
      `${entry.annotationPath}: fragment [${beyond[0]}, ${beyond[1]}) ends beyond its ${text.length}-character text`,
    );
  }
  return { ...entry, text, ...parsed };
}

async function requireDirectory(path: string, expected: string): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new PolnearError(`${path} ${found ? 'is not a directory' : 'does not exist'}: expected ${expected}`);
  }
}
