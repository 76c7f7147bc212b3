// The write API's ingest: records sent by a client are checked like the seed's annotations (the
// same schemas, the same compiler) and then stored through the seed's write path. References may
// resolve within the request or in the stored graph, so the check reads the graph, inside the write
// transaction (src/neo4j/writes/checked-write.ts): a request that fails any check throws, the
// transaction rolls back and nothing changes.
//
// The editors' requests are curated. A machine extractor's go through the same path as extracted
// ones, whose claims carry a confidence each; they never change a curated claim.
import { z } from 'zod';
import {
  type ArticleRecord,
  type BatchProvenance,
  CURATED,
  type GraphBatch,
  type GraphChange,
  type RecordKind,
} from '../model/graph.ts';
import { CLAIM_LINK_KINDS, type ClaimOrigin } from '../model/vocabulary.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import { writeCheckedBatch } from '../neo4j/writes/checked-write.ts';
import { batchMayChange, type CreatedRecords } from '../neo4j/writes/graph-batch.ts';
import type { StoredFacts, StoredLookup } from '../neo4j/writes/stored-facts.ts';
import {
  actorAnnotation,
  claimAnnotation,
  claimSubjects,
  eventAnnotation,
  line,
  localDateTime,
  locationAnnotation,
  schemaProblems,
  slug,
  text,
} from './annotation-schema.ts';
import {
  type ClaimEntry,
  compileRecords,
  NO_STORED_PARENTS,
  type RecordLabels,
  type RecordSet,
  type ReferenceScope,
  reportDuplicates,
} from './records.ts';

/** Records one request may store: enough for an article and its claims, small enough to check fast. */
export const MAX_RECORDS_PER_REQUEST = 500;

/** An article sent whole: unlike the seed, there is no page to read it from. */
export const articleUpsert = z.strictObject({
  id: slug,
  title: line,
  publishedAt: localDateTime,
  datelineText: line.optional(),
  body: text,
  /** Where the text came from: a file name or an address. */
  sourceFile: line,
  outlet: slug,
  dateline: slug.optional(),
});

/** A dispute or support between two claims that may each be stored already. */
export const claimLinkUpsert = z.strictObject({
  from: slug,
  to: slug,
  kind: z.enum(CLAIM_LINK_KINDS),
  rationale: text,
});

/**
 * A claim as an extractor reports it: an annotation with how sure the extractor is of it, which may
 * name no subject when the words name none ("I don't comment on rumors").
 */
export const extractedClaimUpsert = claimAnnotation.extend({
  confidence: z.number().min(0).max(1),
  about: claimSubjects.default([]),
});

/** Who extracted a request's claims: stored on each of them, so checked like any other text. */
const extractorProvenance = z.strictObject({
  origin: z.literal('EXTRACTED'),
  extractor: line,
  extractorVersion: line,
});

const requestSchemas = {
  articles: z.array(articleUpsert),
  actors: z.array(actorAnnotation),
  locations: z.array(locationAnnotation),
  events: z.array(eventAnnotation),
  claims: z.array(claimAnnotation),
  links: z.array(claimLinkUpsert),
} as const;

/** An extractor's request differs in its claims only: each must come with its confidence. */
const extractedRequestSchemas = { ...requestSchemas, claims: z.array(extractedClaimUpsert) } as const;

type ListName = keyof typeof requestSchemas;
const LIST_NAMES = Object.keys(requestSchemas) as ListName[];

/** What a client sends: lists of records with the annotation files' field names, all optional. */
export type UpsertRequest = Partial<Record<ListName, readonly unknown[] | null>>;

type ParsedRequest = { [K in ListName]: z.infer<(typeof requestSchemas)[K]> } & { claims: ClaimEntry[] };

export class UpsertRejected extends Error {
  override name = 'UpsertRejected';
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1 ? problems[0] : `${problems.length} problems, nothing was written: ${problems.join('; ')}`,
    );
  }
}

/** Problems name the record as the client sent it: `claim "c-1" evidence 0 (article "…")`. */
const REQUEST_LABELS: RecordLabels = {
  record: (kind, id) => `${kind} "${id}"`,
  duplicate: (kind, id) => `${kind} "${id}" is given twice`,
};

export interface UpsertOutcome {
  batch: GraphBatch;
  /** The records of the request that were not stored before it: each is created by one request only. */
  created: CreatedRecords;
  /** What the write may have changed for earlier reads. */
  change: GraphChange;
}

/** GraphQL gives an absent optional field as null; the annotation schemas know only "absent". */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, withoutNulls(field)]),
  );
}

function checkedProvenance(provenance: BatchProvenance): BatchProvenance {
  if (provenance.origin === 'CURATED') return provenance;
  const result = extractorProvenance.safeParse(provenance);
  if (result.success) return result.data;
  throw new UpsertRejected(result.error.issues.map((issue) => `provenance ${issue.path.join('.')}: ${issue.message}`));
}

function parseRequest(request: UpsertRequest, origin: ClaimOrigin): ParsedRequest {
  const total = LIST_NAMES.reduce((sum, name) => sum + (request[name]?.length ?? 0), 0);
  if (total > MAX_RECORDS_PER_REQUEST) {
    throw new UpsertRejected([`a request may store at most ${MAX_RECORDS_PER_REQUEST} records, got ${total}`]);
  }
  const problems: string[] = [];
  const schemas = origin === 'EXTRACTED' ? extractedRequestSchemas : requestSchemas;
  const parsed = {} as Record<ListName, unknown>;
  for (const name of LIST_NAMES) {
    const data = withoutNulls(request[name] ?? []);
    const result = schemas[name].safeParse(data);
    if (result.success) parsed[name] = result.data;
    else problems.push(...schemaProblems(name, data, result.error));
  }
  if (problems.length > 0) throw new UpsertRejected(problems);
  return parsed as ParsedRequest;
}

function recordSet(request: ParsedRequest, provenance: BatchProvenance): RecordSet {
  const articles: ArticleRecord[] = request.articles.map((article) => ({
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    datelineText: article.datelineText ?? null,
    body: article.body,
    sourceFile: article.sourceFile,
    outletId: article.outlet,
    datelineLocationId: article.dateline ?? null,
  }));
  return { ...request, provenance, articles };
}

/**
 * The ids the records refer to, found by compiling them once against a scope that notes every
 * question and answers yes: whatever the compiler checks is looked up, and nothing else.
 */
function storedLookup(set: RecordSet): StoredLookup {
  const asked: Record<RecordKind, Set<string>> = {
    article: new Set(),
    actor: new Set(),
    location: new Set(),
    event: new Set(),
    claim: new Set(set.claims.map((claim) => claim.id)),
  };
  const noting: ReferenceScope = {
    has: (kind, id) => {
      asked[kind].add(id);
      return true;
    },
    actorKind: (id) => {
      asked.actor.add(id);
      return undefined;
    },
    articleBody: () => undefined,
    storedParents: NO_STORED_PARENTS,
  };
  compileRecords(set, noting, REQUEST_LABELS, []);
  return {
    actors: [...asked.actor],
    locations: [...asked.location],
    events: [...asked.event],
    claims: [...asked.claim],
    articles: [...asked.article],
    rewrittenArticles: set.articles.map((article) => article.id),
  };
}

/** References resolve to the request's own records first, then to the stored graph. */
function requestScope(set: RecordSet, stored: StoredFacts): ReferenceScope {
  const own = {
    article: new Set(set.articles.map((r) => r.id)),
    actor: new Set(set.actors.map((r) => r.id)),
    location: new Set(set.locations.map((r) => r.id)),
    event: new Set(set.events.map((r) => r.id)),
    claim: new Set(set.claims.map((r) => r.id)),
  };
  const storedIds: Record<RecordKind, { has(id: string): boolean }> = {
    article: stored.articleBodies,
    actor: stored.actorKinds,
    location: stored.locations,
    event: stored.events,
    claim: stored.claims,
  };
  const actorKinds = new Map(set.actors.map((actor) => [actor.id, actor.kind]));
  const bodies = new Map(set.articles.map((article) => [article.id, article.body]));
  return {
    has: (kind, id) => own[kind].has(id) || storedIds[kind].has(id),
    actorKind: (id) => actorKinds.get(id) ?? stored.actorKinds.get(id),
    articleBody: (id) => bodies.get(id) ?? stored.articleBodies.get(id),
    storedParents: stored.parents,
  };
}

/**
 * A new body must not strand stored evidence: every span anchored in a rewritten article must
 * still read the same at its offsets, unless the request re-anchors that claim's evidence there
 * (which an extractor's request cannot do for a curated claim).
 */
function reportStrandedEvidence(set: RecordSet, batch: GraphBatch, stored: StoredFacts, problems: string[]): void {
  const pairKey = (claimId: string, articleId: string) => `${claimId}\u0000${articleId}`;
  const reanchored = new Set(
    batch.evidence
      .filter((e) => batchMayChange(batch.provenance, stored.claims.get(e.claimId)))
      .map((e) => pairKey(e.claimId, e.articleId)),
  );
  const bodies = new Map(set.articles.map((article) => [article.id, article.body]));
  for (const evidence of stored.evidenceInRewrittenArticles) {
    if (reanchored.has(pairKey(evidence.claimId, evidence.articleId))) continue;
    if (bodies.get(evidence.articleId)!.slice(evidence.start, evidence.end) === evidence.text) continue;
    problems.push(
      `article "${evidence.articleId}" body: the stored evidence "${evidence.id}" of claim "${evidence.claimId}" ` +
        `("${evidence.text.slice(0, 60)}") is no longer at ${evidence.start}-${evidence.end} in the new body; ` +
        `send claim "${evidence.claimId}" with its evidence in the same request`,
    );
  }
}

/**
 * Checks the records against each other and the stored graph, and stores them, all in one write
 * transaction. Throws UpsertRejected, naming every problem, when anything is wrong. The claims are
 * curated unless `provenance` names the extractor that found them; then each claim must carry its
 * `confidence`, and a claim stored as curated keeps everything but gains the request's evidence.
 */
export async function upsertGraph(
  db: GraphDatabase,
  request: UpsertRequest,
  provenance: BatchProvenance = CURATED,
): Promise<UpsertOutcome> {
  const set = recordSet(parseRequest(request, provenance.origin), checkedProvenance(provenance));
  const duplicates: string[] = [];
  for (const name of LIST_NAMES) {
    if (name !== 'links') reportDuplicates(name.slice(0, -1) as RecordKind, set[name], REQUEST_LABELS, duplicates);
  }
  if (duplicates.length > 0) throw new UpsertRejected(duplicates);
  return writeCheckedBatch(db, storedLookup(set), (stored) => {
    const problems: string[] = [];
    const batch = compileRecords(set, requestScope(set, stored), REQUEST_LABELS, problems);
    reportStrandedEvidence(set, batch, stored, problems);
    if (problems.length > 0) throw new UpsertRejected(problems);
    return batch;
  });
}
