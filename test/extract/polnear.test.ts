// The PolNeAR reader against a made-up checkout of the same layout (PolNeAR's own files may not be
// copied here): listing per split, several annotators of one article, loading, and the errors for a
// wrong path or a broken checkout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  firstAnnotatorPerArticle,
  listDocuments,
  loadDocument,
  type PolnearEntry,
} from '../../src/extract/evaluation/polnear.ts';

const TEXT = 'The senator said the vote would pass.\n';
const ANN =
  'T1\tSource 0 11\tThe senator\nT2\tCue 12 16\tsaid\nT3\tContent 17 36\tthe vote would pass\n' +
  'T4\tAttribution 12 16\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A checkout holding the given files, paths relative to its root. */
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'polnear-'));
  temporary.push(root);
  for (const split of ['train', 'dev', 'test']) {
    for (const dir of ['text', 'attributions']) mkdirSync(join(root, 'data', split, dir), { recursive: true });
  }
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  return root;
}

describe('listDocuments', () => {
  it('lists every annotation file of a split, sorted, with its article and annotator', async () => {
    const root = checkout({
      'data/dev/text/nyt_2016-10-01_b.txt': TEXT,
      'data/dev/text/nyt_2016-09-01_a.txt': TEXT,
      'data/dev/attributions/nyt_2016-10-01_b_ef2d.ann': ANN,
      'data/dev/attributions/nyt_2016-10-01_b_4b22.ann': ANN,
      'data/dev/attributions/nyt_2016-09-01_a_5fec.ann': ANN,
      'data/train/text/other.txt': TEXT,
      'data/train/attributions/other_4b22.ann': ANN,
    });
    const entries = await listDocuments(root, 'dev');
    expect(entries.map(({ split, article, annotator }) => [split, article, annotator])).toEqual([
      ['dev', 'nyt_2016-09-01_a', '5fec'],
      ['dev', 'nyt_2016-10-01_b', '4b22'],
      ['dev', 'nyt_2016-10-01_b', 'ef2d'],
    ]);
    expect(entries[1]).toMatchObject({
      textPath: join(root, 'data/dev/text/nyt_2016-10-01_b.txt'),
      annotationPath: join(root, 'data/dev/attributions/nyt_2016-10-01_b_4b22.ann'),
    });
    expect(firstAnnotatorPerArticle(entries.toReversed()).map((entry) => entry.annotator)).toEqual(['5fec', '4b22']);
    expect(await listDocuments(root, 'test')).toEqual([]);
  });

  it('names the path and what it expected when the checkout is not there or not whole', async () => {
    const missing = join(tmpdir(), 'no-polnear-here');
    await expect(listDocuments(missing, 'train')).rejects.toThrow(
      `${missing} does not exist: expected a PolNeAR checkout (a clone of https://github.com/networkdynamics/PolNeAR`,
    );
    const root = checkout({});
    rmSync(join(root, 'data/test/attributions'), { recursive: true });
    await expect(listDocuments(root, 'test')).rejects.toThrow(
      `${join(root, 'data/test/attributions')} does not exist: expected the test annotations of a clone`,
    );
    const file = join(root, 'data/train/text/a.txt');
    writeFileSync(file, TEXT);
    await expect(listDocuments(file, 'train')).rejects.toThrow(`${file} is not a directory`);
  });

  it('refuses an annotation file it cannot name, or without its text, or a text without annotations', async () => {
    await expect(listDocuments(checkout({ 'data/train/attributions/a.ann': ANN }), 'train')).rejects.toThrow(
      /a\.ann: expected a name <article>_<4-hex annotator id>\.ann/,
    );
    const orphan = checkout({ 'data/train/attributions/a_4b22.ann': ANN });
    const annotation = join(orphan, 'data/train/attributions/a_4b22.ann');
    const text = join(orphan, 'data/train/text/a.txt');
    await expect(listDocuments(orphan, 'train')).rejects.toThrow(`${annotation} has no text: expected ${text}`);
    await expect(listDocuments(checkout({ 'data/train/text/a.txt': TEXT }), 'train')).rejects.toThrow(
      /1 text\(s\) without annotations, e\.g\. a\.txt/,
    );
  });
});

describe('loadDocument', () => {
  const entryFor = (root: string): PolnearEntry => ({
    split: 'train',
    article: 'a',
    annotator: '4b22',
    textPath: join(root, 'data/train/text/a.txt'),
    annotationPath: join(root, 'data/train/attributions/a_4b22.ann'),
  });

  it('reads the text and its gold attributions', async () => {
    const root = checkout({ 'data/train/text/a.txt': TEXT, 'data/train/attributions/a_4b22.ann': ANN });
    const document = await loadDocument(entryFor(root));
    expect(document).toMatchObject({ article: 'a', annotator: '4b22', text: TEXT, dropped: [] });
    expect(document.attributions).toEqual([{ source: [[0, 11]], cue: [[12, 16]], content: [[17, 36]] }]);
  });

  it('names the file of a broken annotation, offsets beyond the text, or offsets brat counts differently', async () => {
    const broken = checkout({ 'data/train/text/a.txt': TEXT, 'data/train/attributions/a_4b22.ann': 'T1\tCue x\t' });
    await expect(loadDocument(entryFor(broken))).rejects.toThrow(/a_4b22\.ann: line 1: malformed text-bound/);
    const beyond = checkout({
      'data/train/text/a.txt': 'The senator said.',
      'data/train/attributions/a_4b22.ann': ANN,
    });
    await expect(loadDocument(entryFor(beyond))).rejects.toThrow(
      /a_4b22\.ann: fragment \[17, 36\) ends beyond its 17-character text/,
    );
    const astral = checkout({ 'data/train/text/a.txt': `${TEXT}🙂`, 'data/train/attributions/a_4b22.ann': ANN });
    await expect(loadDocument(entryFor(astral))).rejects.toThrow(
      /a\.txt: characters beyond the Basic Multilingual Plane/,
    );
  });
});
