// Reads the annotation files and the article pages of a seed folder, checks the annotations against
// the schema and against the articles' text, and compiles them into one GraphBatch. Every problem
// is collected and reported together, naming the file, the entry and what is wrong; nothing is
// written unless there are none.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ClaimRecord, EvidenceRecord, FuzzyDate, GraphBatch } from '../model/graph.ts';
import type { DatePrecision } from '../model/vocabulary.ts';
import { annotationFiles, type AnnotationSet } from './annotation-schema.ts';
import { parsePage, PageFormatError, type ParsedPage } from './page.ts';

export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the annotations; nothing was written:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Characters of context kept on each side of an evidence span (W3C TextQuoteSelector). */
const CONTEXT_CHARS = 32;

type FileName = keyof typeof annotationFiles;
const FILE_NAMES = Object.keys(annotationFiles) as FileName[];

function describeEntry(data: unknown, index: unknown): string {
  const entry = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown }) : undefined;
  const id = entry && typeof entry === 'object' && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
  return typeof index === 'number' ? `entry ${index}${id}` : 'file';
}

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
      for (const issue of result.error.issues) {
        const [index, ...field] = issue.path;
        const where = field.length > 0 ? ` field ${field.join('.')}` : '';
        problems.push(`${file} ${describeEntry(data, index)}${where}: ${issue.message}`);
      }
      continue;
    }
    set[name] = result.data;
  }
  return FILE_NAMES.every((name) => set[name] !== undefined) ? (set as AnnotationSet) : null;
}

export function fuzzyDate(value: string): FuzzyDate {
  const precision: DatePrecision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
  const date = precision === 'YEAR' ? `${value}-01-01` : precision === 'MONTH' ? `${value}-01` : value;
  return { date, precision };
}

/** Finds where the evidence text stands in the body: at `start` when given, else its only occurrence. */
function locateEvidence(body: string, text: string, start: number | undefined): number | string {
  if (start !== undefined) {
    const found = body.slice(start, start + text.length);
    return found === text ? start : `text is not at offset ${start}; the body has "${found.slice(0, 60)}" there`;
  }
  const first = body.indexOf(text);
  if (first < 0) return `text "${text.slice(0, 70)}${text.length > 70 ? '…' : ''}" does not occur verbatim in the article body`;
  const again = body.indexOf(text, first + 1);
  if (again >= 0) return `text occurs more than once in the article body (offsets ${first}, ${again}, …); give "start"`;
  return first;
}

function compile(set: AnnotationSet, pagesDir: string, problems: string[]): GraphBatch {
  const ids = {} as Record<FileName, Set<string>>;
  for (const name of FILE_NAMES) {
    ids[name] = new Set();
    for (const entry of set[name]) {
      if (ids[name].has(entry.id)) problems.push(`${name}.yaml: duplicate id "${entry.id}"`);
      ids[name].add(entry.id);
    }
  }
  const actorKinds = new Map(set.actors.map((actor) => [actor.id, actor.kind]));
  const ref = (where: string, file: FileName, id: string | undefined) => {
    if (id !== undefined && !ids[file].has(id)) problems.push(`${where}: refers to unknown ${file.slice(0, -1)} "${id}"`);
  };
  const mediaOutlet = (where: string, id: string | undefined) => {
    if (id !== undefined && actorKinds.has(id) && actorKinds.get(id) !== 'MEDIA_OUTLET') {
      problems.push(`${where}: "${id}" is a ${actorKinds.get(id)}, not a MEDIA_OUTLET`);
    }
  };

  const pages = new Map<string, ParsedPage>();
  const batch: GraphBatch = {
    articles: [],
    actors: [],
    locations: [],
    events: [],
    claims: [],
    evidence: [],
    disputes: [],
    supports: [],
  };

  for (const article of set.articles) {
    const where = `articles.yaml "${article.id}"`;
    ref(`${where} outlet`, 'actors', article.outlet);
    mediaOutlet(`${where} outlet`, article.outlet);
    ref(`${where} dateline`, 'locations', article.dateline);
    const path = join(pagesDir, article.page);
    if (!existsSync(path)) {
      problems.push(`${where}: page file ${path} does not exist`);
      continue;
    }
    let page: ParsedPage;
    try {
      page = parsePage(readFileSync(path, 'utf8'), article.page);
    } catch (error) {
      if (!(error instanceof PageFormatError)) throw error;
      problems.push(`${where}: ${error.message}`);
      continue;
    }
    const dateline = set.locations.find((l) => l.id === article.dateline);
    if (dateline && !dateline.name.toUpperCase().startsWith(page.datelineText)) {
      problems.push(`${where} dateline: the page is datelined ${page.datelineText}, not ${dateline.name}`);
    }
    const outlet = set.actors.find((a) => a.id === article.outlet);
    if (outlet && ![outlet.name, ...outlet.aliases].includes(page.outletText)) {
      problems.push(`${where} outlet: the page's dateline names ${page.outletText}, which is not a name of "${outlet.id}"`);
    }
    pages.set(article.id, page);
    batch.articles.push({
      id: article.id,
      title: page.title,
      publishedAt: page.publishedAt,
      datelineText: page.datelineText,
      body: page.body,
      sourceFile: article.page,
      outletId: article.outlet,
      datelineLocationId: article.dateline,
    });
  }

  for (const actor of set.actors) {
    const where = `actors.yaml "${actor.id}"`;
    ref(`${where} basedIn`, 'locations', actor.basedIn);
    for (const affiliation of actor.affiliations) ref(`${where} affiliation`, 'actors', affiliation.actor);
    batch.actors.push({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      aliases: actor.aliases,
      description: actor.description ?? null,
      basedInId: actor.basedIn ?? null,
      affiliations: actor.affiliations.map((a) => ({ actorId: a.actor, role: a.role })),
    });
  }

  for (const location of set.locations) {
    ref(`locations.yaml "${location.id}" within`, 'locations', location.within);
    batch.locations.push({
      id: location.id,
      name: location.name,
      kind: location.kind,
      latitude: location.latitude,
      longitude: location.longitude,
      withinId: location.within ?? null,
    });
  }

  for (const event of set.events) {
    const where = `events.yaml "${event.id}"`;
    ref(`${where} partOf`, 'events', event.partOf);
    for (const place of event.places) ref(`${where} place`, 'locations', place.location);
    for (const participant of event.participants) ref(`${where} participant`, 'actors', participant.actor);
    const start = fuzzyDate(event.start);
    const end = event.end ? fuzzyDate(event.end) : null;
    // Compared at the coarser precision: an event from 2023-09-13 may end in "2023-09".
    if (event.end && event.end < event.start.slice(0, event.end.length)) {
      problems.push(`${where}: ends (${event.end}) before it starts (${event.start})`);
    }
    batch.events.push({
      id: event.id,
      name: event.name,
      description: event.description,
      start,
      end,
      partOfId: event.partOf ?? null,
      places: event.places.map((p) => ({ locationId: p.location, role: p.role })),
      participants: event.participants.map((p) => ({ actorId: p.actor, role: p.role })),
    });
  }

  reportCycles('locations.yaml', 'within', set.locations.map((l) => [l.id, l.within]), problems);
  reportCycles('events.yaml', 'partOf', set.events.map((e) => [e.id, e.partOf]), problems);

  for (const claim of set.claims) {
    const where = `claims.yaml claim "${claim.id}"`;
    ref(`${where} speaker`, 'actors', claim.speaker);
    ref(`${where} onBehalfOf`, 'actors', claim.onBehalfOf);
    ref(`${where} channel`, 'actors', claim.channel);
    mediaOutlet(`${where} channel`, claim.channel);
    claim.about.forEach((about) => ref(`${where} about`, 'actors', about.actor));
    claim.locations.forEach((id) => ref(`${where} locations`, 'locations', id));
    claim.events.forEach((id) => ref(`${where} events`, 'events', id));

    const evidence: EvidenceRecord[] = [];
    claim.evidence.forEach((span, index) => {
      const spanWhere = `${where} evidence ${index} (article "${span.article}")`;
      const page = pages.get(span.article);
      if (!page) {
        if (!ids.articles.has(span.article)) ref(spanWhere, 'articles', span.article);
        return;
      }
      const start = locateEvidence(page.body, span.text, span.start);
      if (typeof start === 'string') {
        problems.push(`${spanWhere}: ${start}`);
        return;
      }
      const end = start + span.text.length;
      evidence.push({
        id: `${claim.id}@${span.article}:${start}-${end}`,
        claimId: claim.id,
        articleId: span.article,
        text: span.text,
        start,
        end,
        prefix: page.body.slice(Math.max(0, start - CONTEXT_CHARS), start),
        suffix: page.body.slice(end, end + CONTEXT_CHARS),
      });
    });
    if (claim.quote && claim.evidence.every((span) => !span.text.includes(claim.quote!))) {
      problems.push(`${where}: quote "${claim.quote}" is not inside any of its evidence texts`);
    }
    batch.evidence.push(...evidence);

    for (const [links, target] of [
      [claim.disputes, batch.disputes],
      [claim.supports, batch.supports],
    ] as const) {
      for (const link of links) {
        ref(`${where} link`, 'claims', link.claim);
        if (link.claim === claim.id) problems.push(`${where}: links to itself`);
        target.push({ fromId: claim.id, toId: link.claim, rationale: link.rationale });
      }
    }

    const record: ClaimRecord = {
      id: claim.id,
      kind: claim.kind,
      paraphrase: claim.paraphrase,
      quote: claim.quote ?? null,
      cue: claim.cue ?? null,
      stated: claim.stated ? { ...fuzzyDate(claim.stated.on), text: claim.stated.text ?? null } : null,
      speakerId: claim.speaker,
      onBehalfOfId: claim.onBehalfOf ?? null,
      channelId: claim.channel ?? null,
      about: claim.about.map((a) => ({ actorId: a.actor, role: a.role })),
      locationIds: claim.locations,
      eventIds: claim.events,
    };
    batch.claims.push(record);
  }
  return batch;
}

/** Containment must be a tree: Najin in North Korea in… never back in Najin. */
function reportCycles(file: string, field: string, links: [string, string | undefined][], problems: string[]): void {
  const parent = new Map(links.filter((l): l is [string, string] => l[1] !== undefined));
  for (const [start] of links) {
    const seen = new Set([start]);
    for (let at = parent.get(start); at !== undefined; at = parent.get(at)) {
      if (seen.has(at)) {
        if (at === start) problems.push(`${file} "${start}": ${field} leads back to itself (${[...seen].join(' → ')} → ${start})`);
        break;
      }
      seen.add(at);
    }
  }
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
