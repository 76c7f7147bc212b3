// Turns schema-valid annotations into the records the writer stores, checking everything that
// depends on more than one record: references, evidence against article bodies, outlets and
// channels, dates, containment cycles and claim links. The seed and the write API share it; they
// differ only in what a reference resolves against (the seed's own files; a mutation's request
// plus the stored graph) and in how a problem names its record.
import {
  type ArticleRecord,
  type BatchProvenance,
  type ClaimRecord,
  emptyGraphBatch,
  type FuzzyDate,
  type GraphBatch,
  type RecordKind,
} from '../model/graph.ts';
import type { ActorKind, ClaimLinkKind, DatePrecision } from '../model/vocabulary.ts';
import type { ActorAnnotation, ClaimAnnotation, EventAnnotation, LocationAnnotation } from './annotation-schema.ts';
import { anchorEvidence } from './evidence.ts';

/** A claim link given on its own rather than inside its claim (the API's linkClaims). */
export interface ClaimLink {
  from: string;
  to: string;
  kind: ClaimLinkKind;
  rationale: string;
}

/** A claim as an annotator writes it, or as an extractor reports it: with its confidence. */
export type ClaimEntry = ClaimAnnotation & { confidence?: number };

/** The annotations of one batch; articles come already built (from pages, or from the request). */
export interface RecordSet {
  provenance: BatchProvenance;
  articles: ArticleRecord[];
  actors: ActorAnnotation[];
  locations: LocationAnnotation[];
  events: EventAnnotation[];
  claims: ClaimEntry[];
  links: ClaimLink[];
}

/** What a batch's references resolve against. */
export interface ReferenceScope {
  has(kind: RecordKind, id: string): boolean;
  actorKind(id: string): ActorKind | undefined;
  /** The body evidence in this article is located in, when the body is known. */
  articleBody(id: string): string | undefined;
  /** Containment already stored (location → within, event → partOf), for cycles through the graph. */
  storedParents: { location: ReadonlyMap<string, string>; event: ReadonlyMap<string, string> };
}

/** How a problem names its record: the seed by file, the API by record kind. */
export interface RecordLabels {
  record(kind: RecordKind, id: string): string;
  duplicate(kind: RecordKind, id: string): string;
}

export const NO_STORED_PARENTS: ReferenceScope['storedParents'] = { location: new Map(), event: new Map() };

export function fuzzyDate(value: string): FuzzyDate {
  const precision: DatePrecision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
  const date = precision === 'YEAR' ? `${value}-01-01` : precision === 'MONTH' ? `${value}-01` : value;
  return { date, precision };
}

export function reportDuplicates(
  kind: RecordKind,
  records: readonly { id: string }[],
  labels: RecordLabels,
  problems: string[],
): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) problems.push(labels.duplicate(kind, id));
    seen.add(id);
  }
}

export function compileRecords(
  set: RecordSet,
  scope: ReferenceScope,
  labels: RecordLabels,
  problems: string[],
): GraphBatch {
  const ref = (where: string, kind: RecordKind, id: string | null | undefined) => {
    if (id != null && !scope.has(kind, id)) problems.push(`${where}: refers to unknown ${kind} "${id}"`);
  };
  const mediaOutlet = (where: string, id: string | null | undefined) => {
    const kind = id == null ? undefined : scope.actorKind(id);
    if (kind !== undefined && kind !== 'MEDIA_OUTLET')
      problems.push(`${where}: "${id}" is a ${kind}, not a MEDIA_OUTLET`);
  };
  const batch: GraphBatch = { ...emptyGraphBatch(set.provenance), articles: set.articles };
  const linksOfKind = { DISPUTES: batch.disputes, SUPPORTS: batch.supports };

  for (const article of set.articles) {
    const where = labels.record('article', article.id);
    ref(`${where} outlet`, 'actor', article.outletId);
    mediaOutlet(`${where} outlet`, article.outletId);
    ref(`${where} dateline`, 'location', article.datelineLocationId);
  }

  for (const actor of set.actors) {
    const where = labels.record('actor', actor.id);
    ref(`${where} basedIn`, 'location', actor.basedIn);
    for (const affiliation of actor.affiliations) ref(`${where} affiliation`, 'actor', affiliation.actor);
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
    ref(`${labels.record('location', location.id)} within`, 'location', location.within);
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
    const where = labels.record('event', event.id);
    ref(`${where} partOf`, 'event', event.partOf);
    for (const place of event.places) ref(`${where} place`, 'location', place.location);
    for (const participant of event.participants) ref(`${where} participant`, 'actor', participant.actor);
    // Compared at the coarser precision: an event from 2023-09-13 may end in "2023-09".
    if (event.end && event.end < event.start.slice(0, event.end.length)) {
      problems.push(`${where}: ends (${event.end}) before it starts (${event.start})`);
    }
    batch.events.push({
      id: event.id,
      name: event.name,
      description: event.description,
      start: fuzzyDate(event.start),
      end: event.end ? fuzzyDate(event.end) : null,
      partOfId: event.partOf ?? null,
      places: event.places.map((p) => ({ locationId: p.location, role: p.role })),
      participants: event.participants.map((p) => ({ actorId: p.actor, role: p.role })),
    });
  }

  reportCycles(
    'location',
    'within',
    set.locations.map((l) => [l.id, l.within]),
    scope,
    labels,
    problems,
  );
  reportCycles(
    'event',
    'partOf',
    set.events.map((e) => [e.id, e.partOf]),
    scope,
    labels,
    problems,
  );

  for (const claim of set.claims) {
    const where = labels.record('claim', claim.id);
    ref(`${where} speaker`, 'actor', claim.speaker);
    ref(`${where} onBehalfOf`, 'actor', claim.onBehalfOf);
    ref(`${where} channel`, 'actor', claim.channel);
    mediaOutlet(`${where} channel`, claim.channel);
    for (const about of claim.about) ref(`${where} about`, 'actor', about.actor);
    for (const id of claim.locations) ref(`${where} locations`, 'location', id);
    for (const id of claim.events) ref(`${where} events`, 'event', id);

    claim.evidence.forEach((span, index) => {
      const spanWhere = `${where} evidence ${index} (article "${span.article}")`;
      const body = scope.articleBody(span.article);
      if (body === undefined) {
        ref(spanWhere, 'article', span.article);
        return;
      }
      const evidence = anchorEvidence(claim.id, span.article, body, span);
      if (typeof evidence === 'string') problems.push(`${spanWhere}: ${evidence}`);
      else batch.evidence.push(evidence);
    });
    if (claim.quote && claim.evidence.every((span) => !span.text.includes(claim.quote!))) {
      problems.push(`${where}: quote "${claim.quote}" is not inside any of its evidence texts`);
    }

    for (const [links, kind] of [
      [claim.disputes, 'DISPUTES'],
      [claim.supports, 'SUPPORTS'],
    ] as const) {
      for (const link of links) addLink(where, { from: claim.id, to: link.claim, kind, rationale: link.rationale });
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
      confidence: claim.confidence ?? null,
    };
    batch.claims.push(record);
  }

  for (const link of set.links) {
    const where = labels.record('claim', link.from);
    ref(where, 'claim', link.from);
    addLink(where, link);
  }
  return batch;

  function addLink(where: string, link: ClaimLink): void {
    ref(`${where} link`, 'claim', link.to);
    if (link.to === link.from) problems.push(`${where}: links to itself`);
    linksOfKind[link.kind].push({ fromId: link.from, toId: link.to, rationale: link.rationale });
  }
}

/**
 * Containment must be a tree: Najin in North Korea in… never back in Najin. The batch's own links
 * override what is stored, so a cycle that runs partly through the stored graph is found too.
 */
function reportCycles(
  kind: 'location' | 'event',
  field: string,
  links: [string, string | undefined][],
  scope: ReferenceScope,
  labels: RecordLabels,
  problems: string[],
): void {
  const parent = new Map(scope.storedParents[kind]);
  for (const [id, parentId] of links) {
    if (parentId === undefined) parent.delete(id);
    else parent.set(id, parentId);
  }
  for (const [start] of links) {
    const seen = new Set([start]);
    for (let at = parent.get(start); at !== undefined; at = parent.get(at)) {
      if (seen.has(at)) {
        if (at === start) {
          problems.push(
            `${labels.record(kind, start)}: ${field} leads back to itself (${[...seen].join(' → ')} → ${start})`,
          );
        }
        break;
      }
      seen.add(at);
    }
  }
}
