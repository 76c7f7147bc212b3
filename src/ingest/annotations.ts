// Reads the annotation files and the article pages of a seed folder, checks the annotations against
// the schema and against the articles' text, and compiles them into one GraphBatch. Every problem
// is collected and reported together, naming the file, the entry and what is wrong; nothing is
// written unless there are none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type ArticleRecord, CURATED, type GraphBatch, type RecordKind } from '../model/graph.ts';
import { type AnnotationSet, annotationFiles, schemaProblems } from './annotation-schema.ts';
import { PageError } from './pages/page-reader.ts';
import { type ReadArticle, readArticle } from './pages/read.ts';
import {
  compileRecords,
  NO_STORED_PARENTS,
  type RecordLabels,
  type ReferenceScope,
  reportDuplicates,
} from './records.ts';

export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the annotations; nothing was written:\n  - ${problems.join('\n  - ')}`);
  }
}

type FileName = keyof typeof annotationFiles;
const FILE_NAMES = Object.keys(annotationFiles) as FileName[];

const KIND_OF_FILE: Record<FileName, RecordKind> = {
  articles: 'article',
  actors: 'actor',
  locations: 'location',
  events: 'event',
  claims: 'claim',
};

/** Problems name the file and the entry: `claims.yaml claim "…"`, `actors.yaml "…"`. */
const SEED_LABELS: RecordLabels = {
  record: (kind, id) => (kind === 'claim' ? `claims.yaml claim "${id}"` : `${kind}s.yaml "${id}"`),
  duplicate: (kind, id) => `${kind}s.yaml: duplicate id "${id}"`,
};

function readAnnotationFiles(annotationDir: string, problems: string[]): AnnotationSet | null {
  const set: Partial<Record<FileName, unknown>> = {};
  for (const name of FILE_NAMES) {
    const file = `${name}.yaml`;
    const path = join(annotationDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: missing (expected at ${path})`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path, 'utf8')) ?? [];
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const result = (annotationFiles[name] as z.ZodType).safeParse(data);
    if (!result.success) {
      problems.push(...schemaProblems(file, data, result.error));
      continue;
    }
    set[name] = result.data;
  }
  return FILE_NAMES.every((name) => set[name] !== undefined) ? (set as AnnotationSet) : null;
}

function compile(set: AnnotationSet, pagesDir: string, problems: string[]): GraphBatch {
  for (const name of FILE_NAMES) reportDuplicates(KIND_OF_FILE[name], set[name], SEED_LABELS, problems);

  const articles: ArticleRecord[] = [];
  for (const article of set.articles) {
    const where = SEED_LABELS.record('article', article.id);
    const path = join(pagesDir, article.page);
    if (!existsSync(path)) {
      problems.push(`${where}: page file ${path} does not exist`);
      continue;
    }
    let page: ReadArticle;
    try {
      // The annotations name each dateline's location, so the gazetteer is not needed (nor loaded).
      page = readArticle(readFileSync(path), article.page, { geocode: false });
    } catch (error) {
      if (!(error instanceof PageError)) throw error;
      problems.push(`${where}: ${error.message}`);
      continue;
    }
    // The seed's pages are agency stories: each opens with a dateline naming the place and the agency.
    const { datelineText, outletText } = page;
    if (datelineText === null || outletText === null) {
      problems.push(`${where}: ${article.page}: the body does not open with a dateline like "MOSCOW (AP) — "`);
      continue;
    }
    const dateline = set.locations.find((l) => l.id === article.dateline);
    if (dateline && !dateline.name.toUpperCase().startsWith(datelineText)) {
      problems.push(`${where} dateline: the page is datelined ${datelineText}, not ${dateline.name}`);
    }
    const outlet = set.actors.find((a) => a.id === article.outlet);
    if (outlet && ![outlet.name, ...outlet.aliases].includes(outletText)) {
      problems.push(`${where} outlet: the page's dateline names ${outletText}, which is not a name of "${outlet.id}"`);
    }
    articles.push({
      id: article.id,
      title: page.title,
      publishedAt: page.publishedAt,
      datelineText,
      body: page.body,
      sourceFile: article.page,
      outletId: article.outlet,
      datelineLocationId: article.dateline,
    });
  }

  // The seed stands alone: its references resolve against its own files only.
  const ids = Object.fromEntries(
    FILE_NAMES.map((name) => [KIND_OF_FILE[name], new Set(set[name].map((entry) => entry.id))]),
  ) as Record<RecordKind, Set<string>>;
  const actorKinds = new Map(set.actors.map((actor) => [actor.id, actor.kind]));
  const bodies = new Map(articles.map((article) => [article.id, article.body]));
  const scope: ReferenceScope = {
    has: (kind, id) => ids[kind].has(id),
    actorKind: (id) => actorKinds.get(id),
    articleBody: (id) => bodies.get(id),
    storedParents: NO_STORED_PARENTS,
  };
  return compileRecords({ ...set, provenance: CURATED, articles, links: [] }, scope, SEED_LABELS, problems);
}

/** Loads seedDir/annotations/*.yaml and seedDir/pages/, or throws AnnotationError listing every problem. */
export function loadSeed(seedDir: string): GraphBatch {
  const problems: string[] = [];
  const set = readAnnotationFiles(join(seedDir, 'annotations'), problems);
  if (!set) throw new AnnotationError(problems);
  const batch = compile(set, join(seedDir, 'pages'), problems);
  if (problems.length > 0) throw new AnnotationError(problems);
  return batch;
}
