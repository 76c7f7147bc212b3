// Reading an article into the graph: the page is read (src/ingest/pages), its attributions are found
// (./attribution), and what they name is linked to the graph (./linking): the same article under
// another address is the stored one, a speaker is an actor already known where one fits, and the
// same claim reported again is the stored claim, which the article then evidences. The outcome is
// a proposal: what committing it would write, as a request of the write API, with nothing written
// until then. A run reads several articles: what an earlier one proposed is known to the later ones.

import { findPlace, type Place } from '../ingest/gazetteer/gazetteer.ts';
import { type PageFormat, type ReadArticle, readArticle } from '../ingest/pages/read.ts';
import type { UpsertOutcome, UpsertRequest } from '../ingest/upsert.ts';
import { upsertGraph } from '../ingest/upsert.ts';
import type { BatchProvenance } from '../model/graph.ts';
import type { ClaimKind, DatePrecision } from '../model/vocabulary.ts';
import type { GraphDatabase } from '../neo4j/driver.ts';
import {
  type StoredActorCandidate,
  type StoredClaimCandidate,
  storedActorsNamed,
  storedArticlesLike,
  storedClaimsLike,
  storedLocationIds,
} from '../neo4j/reads/matching.ts';
import type { ArticleRow } from '../neo4j/reads/rows.ts';
import type { Analysis } from './attribution/analysis.ts';
import { type ArticleAttributions, type CandidateFinder, extractArticle, RULES } from './attribution/extract.ts';
import type { ExtractedAttribution } from './attribution/types.ts';
import type { Span } from './evaluation/attribution.ts';
import { ActorDirectory, type ActorMention, type LinkedActor } from './linking/actors.ts';
import { ClaimDirectory, type ClaimProbe } from './linking/claims.ts';
import { personalName, properName, slugOf } from './linking/names.ts';
import { jaccard, shingles } from './linking/similarity.ts';

export interface Page {
  content: Uint8Array | string;
  /** Where it came from: a file name or an address; named in errors and kept as the article's source. */
  source: string;
  format?: PageFormat;
}

export interface ProposedClaim {
  id: string;
  kind: ClaimKind;
  speaker: LinkedActor;
  subjects: LinkedActor[];
  channel: LinkedActor | null;
  /** The keys of the places its words name. */
  places: string[];
  cue: string;
  paraphrase: string;
  quote: string | null;
  stated: { on: string; precision: DatePrecision; text: string } | null;
  evidence: { text: string; start: number; end: number };
  confidence: number;
  /** Whether the graph or an earlier article of the run has this claim already. */
  known: boolean;
}

export interface ArticleProposal {
  source: string;
  article: ReadArticle & { id: string; outlet: LinkedActor; source: string };
  /** The stored or earlier article this page is another copy of; its body is the one read. */
  duplicateOf: string | null;
  actors: LinkedActor[];
  claims: ProposedClaim[];
  /** What committing the proposal writes, through the write API's checks. */
  request: UpsertRequest;
  /** What its claims are stored as: extracted, by this extractor and version. */
  extractedBy: BatchProvenance;
}

/** An article as the write path stores it: read from this page, or the stored one this page copies. */
type ArticleCopy = Omit<ArticleRow, 'sources'>;

/** What linking asks of the graph (src/neo4j/reads/matching.ts), each question one round trip. */
export interface GraphLookups {
  articlesLike(probe: { title: string; opening: string }): Promise<ArticleRow[]>;
  actorsNamed(names: readonly string[], keyOf: (name: string) => string): Promise<Map<string, StoredActorCandidate[]>>;
  claimsLike(probes: readonly ClaimProbe[]): Promise<Map<string, StoredClaimCandidate[]>>;
  locationIds(ids: readonly string[]): Promise<string[]>;
}

/** The graph in `db`, as linking asks it. */
export function storedGraph(db: GraphDatabase): GraphLookups {
  return {
    articlesLike: (probe) => storedArticlesLike(db, probe),
    actorsNamed: (names, keyOf) => storedActorsNamed(db, names, keyOf),
    claimsLike: (probes) => storedClaimsLike(db, probes),
    locationIds: (ids) => storedLocationIds(db, ids),
  };
}

/** An emptied graph: what a run proposes links only to what the run itself read before. */
export const EMPTY_GRAPH: GraphLookups = {
  articlesLike: async () => [],
  actorsNamed: async () => new Map(),
  claimsLike: async () => new Map(),
  locationIds: async () => [],
};

/** Stores a proposal: one write transaction through the write API's checks, as extracted claims. */
export function commitProposal(db: GraphDatabase, proposal: ArticleProposal): Promise<UpsertOutcome> {
  return upsertGraph(db, proposal.request, proposal.extractedBy);
}

export class ArticleRejected extends Error {
  override name = 'ArticleRejected';
}

/** A republished copy shares nearly all its runs of four words with the original. */
const SAME_ARTICLE = 0.8;
const SHINGLE_WORDS = 4;

/** Where in the body the roles of an attribution lie, widened to whole sentences: its evidence. */
function evidenceSpan(analysis: Analysis, attribution: ExtractedAttribution): { start: number; end: number } {
  const fragments = [attribution.source ?? [], attribution.cue, attribution.content].flat();
  const start = Math.min(...fragments.map(([from]) => from));
  const end = Math.max(...fragments.map(([, to]) => to));
  const first = analysis.sentences.find((sentence) => sentence.start <= start && start < sentence.end);
  const last = analysis.sentences.findLast((sentence) => sentence.start < end && end <= sentence.end);
  return { start: first?.start ?? start, end: last?.end ?? end };
}

const spelled = (text: string, span: Span) => span.map(([start, end]) => text.slice(start, end)).join(' … ');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A quote split by its attribution ("…,” he said. “…") is stored by its longest part, which the evidence holds verbatim. */
function longestFragment(text: string, span: Span): string {
  const [start, end] = [...span].sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0]!;
  return text.slice(start, end);
}

/**
 * One ingest run over any number of pages against one graph: it reads, extracts and links each page,
 * and commits a proposal when asked. Each page costs a fixed number of statements to link.
 */
export class ArticleReader {
  private readonly actors: ActorDirectory;
  private readonly claims: ClaimDirectory;
  /** Articles proposed earlier in the run, for the same-article test. */
  private readonly articles: { article: ArticleCopy; shingles: Set<string> }[] = [];

  /** `finder` finds the attributions: the rules, or a learnt tagger over them (attribution/tagger/). */
  constructor(
    private readonly graph: GraphLookups,
    private readonly finder: CandidateFinder = RULES,
  ) {
    this.actors = new ActorDirectory((names) => graph.actorsNamed(names, slugOf));
    this.claims = new ClaimDirectory((probes) => graph.claimsLike(probes));
  }

  async propose(page: Page): Promise<ArticleProposal> {
    const read = readArticle(page.content, page.source, page.format ? { format: page.format } : {});
    if (!read.outletText) throw new ArticleRejected(`${page.source}: the page names no outlet`);
    const same = await this.sameArticle(read);
    // A copy keeps the first copy's text, which the stored evidence points into.
    const body = same?.body ?? read.body;
    const id = same?.id ?? `${slugOf(read.outletText, 20)}-${slugOf(read.title, 60)}`;
    const found = await extractArticle(body, { publishedAt: read.publishedAt, finder: this.finder });
    // A claim needs a speaker the graph can hold: not a missing source, nor a pronoun ("I", "he")
    // that names no one the text named.
    const attributions = found.attributions.filter(
      (a) => a.sourceKind !== 'none' && !(a.sourceKind === 'pronoun' && a.sourceAliases.length === 0),
    );

    const named = attributions.map((attribution) => namedBy(found, attribution));
    // Every mention of the article is linked in one go: one round trip for all of them.
    const [outlet, ...linked] = await this.actors.link([
      { name: read.outletText, type: 'MEDIUM', aliases: [] },
      ...named.flatMap(({ speaker, channel, subjects }) => [speaker, ...(channel ? [channel] : []), ...subjects]),
    ]);
    let next = 0;
    const perAttribution = attributions.map((attribution, index) => {
      const { channel, subjects, places } = named[index]!;
      const speaker = linked[next++]!;
      const linkedChannel = channel ? linked[next++]! : null;
      const about = linked.slice(next, next + subjects.length).filter((actor) => actor.id !== speaker.id);
      next += subjects.length;
      return { attribution, speaker, channel: linkedChannel, subjects: unique(about), places };
    });

    const evidence = perAttribution.map(({ attribution }) => evidenceSpan(found.analysis, attribution));
    const linkedClaims = await this.claims.link(
      perAttribution.map(({ attribution, speaker }, index) => ({
        key: String(index),
        speakerId: speaker.id,
        speakerIsGroup: speaker.kind === 'GROUP',
        text: spelled(body, attribution.content),
      })),
    );
    const claims: ProposedClaim[] = perAttribution.map(({ attribution, speaker, channel, subjects, places }, index) => {
      const span = evidence[index]!;
      const claim = linkedClaims[index]!;
      return {
        id: claim.id,
        kind: attribution.kind,
        speaker: this.actors.known(claim.speakerId) ?? speaker,
        subjects,
        channel,
        places: [...new Set(places.map((place) => slugOf(place.name)))],
        cue: oneLine(spelled(body, attribution.cue)),
        paraphrase: oneLine(spelled(body, attribution.content)),
        quote: attribution.quote ? longestFragment(body, attribution.quote) : null,
        stated: attribution.statedOn
          ? {
              on: attribution.statedOn.date,
              precision: attribution.statedOn.precision,
              text: attribution.statedOn.text,
            }
          : null,
        evidence: { ...span, text: body.slice(span.start, span.end) },
        confidence: attribution.confidence,
        known: claim.known,
      };
    });
    const actors = unique([outlet!, ...linked]);
    const source = read.url ?? page.source;
    const article: ArticleCopy = same
      ? { ...same, sourceFile: source }
      : {
          id,
          title: read.title,
          publishedAt: read.publishedAt,
          datelineText: read.datelineText,
          body,
          sourceFile: source,
          outletId: outlet!.id,
          datelineLocationId: read.dateline ? slugOf(read.dateline.name) : null,
        };
    this.articles.push({ article, shingles: shingles(body, SHINGLE_WORDS) });
    const places = [
      ...(!same && read.dateline ? [read.dateline] : []),
      ...perAttribution.flatMap((attributed) => attributed.places),
    ].flatMap(placeChain);
    return {
      source: page.source,
      article: { ...read, body, id, outlet: outlet!, source },
      duplicateOf: same?.id ?? null,
      actors,
      claims,
      request: await this.requestOf(article, places, actors, claims),
      extractedBy: {
        origin: 'EXTRACTED',
        extractor: this.finder.extractor.name,
        extractorVersion: this.finder.extractor.version,
      },
    };
  }

  /** The stored or earlier article this one is a copy of, by the words of its body. */
  private async sameArticle(read: ReadArticle): Promise<ArticleCopy | null> {
    const own = shingles(read.body, SHINGLE_WORDS);
    const earlier = this.articles.find((known) => jaccard(own, known.shingles) >= SAME_ARTICLE);
    if (earlier) return earlier.article;
    const opening = read.body.split(/\s+/).slice(0, 60).join(' ');
    const stored = await this.graph.articlesLike({ title: read.title, opening });
    return stored.find((article) => jaccard(own, shingles(article.body, SHINGLE_WORDS)) >= SAME_ARTICLE) ?? null;
  }

  private async requestOf(
    article: ArticleCopy,
    places: PlaceInChain[],
    actors: LinkedActor[],
    claims: ProposedClaim[],
  ): Promise<UpsertRequest> {
    const storedPlaces = new Set(await this.graph.locationIds(places.map((place) => place.id)));
    return {
      locations: unique(places)
        .filter((place) => !storedPlaces.has(place.id))
        .map(({ id, place, withinId }) => ({
          id,
          name: place.name,
          kind: place.kind,
          latitude: place.latitude,
          longitude: place.longitude,
          ...(withinId && { within: withinId }),
        })),
      actors: actors
        .filter((actor) => !actor.stored)
        .map((actor) => ({ id: actor.id, kind: actor.kind, name: actor.name, aliases: [...actor.aliases] })),
      // A copy of a stored article is written as it is stored, with this copy's address as a source.
      articles: [
        {
          id: article.id,
          title: article.title,
          publishedAt: article.publishedAt,
          ...(article.datelineText && { datelineText: article.datelineText }),
          body: article.body,
          sourceFile: article.sourceFile,
          outlet: article.outletId,
          ...(article.datelineLocationId && { dateline: article.datelineLocationId }),
        },
      ],
      claims: reportsOfEachClaim(claims).map(([claim, evidence]) => ({
        id: claim.id,
        kind: claim.kind,
        speaker: claim.speaker.id,
        ...(claim.channel && { channel: claim.channel.id }),
        cue: claim.cue,
        paraphrase: claim.paraphrase,
        ...(claim.quote && { quote: claim.quote }),
        ...(claim.stated && { stated: { on: claim.stated.on, text: claim.stated.text } }),
        locations: claim.places,
        about: claim.subjects.map((subject, index) => ({
          actor: subject.id,
          role: index === 0 ? 'SUBJECT' : 'MENTIONED',
        })),
        evidence: evidence.map((span) => ({ article: article.id, text: span.text, start: span.start })),
        confidence: claim.confidence,
      })),
    };
  }
}

/**
 * Each claim once, with every passage of the article that reports it: two attributions of one
 * proposition ("they discussed …", "they didn’t disclose …" merged) are one claim, the first one's.
 */
function reportsOfEachClaim(claims: readonly ProposedClaim[]): [ProposedClaim, ProposedClaim['evidence'][]][] {
  const byId = new Map<string, [ProposedClaim, ProposedClaim['evidence'][]]>();
  for (const claim of claims) {
    const entry = byId.get(claim.id) ?? [claim, []];
    if (!entry[1].some((span) => span.start === claim.evidence.start && span.end === claim.evidence.end)) {
      entry[1].push(claim.evidence);
    }
    byId.set(claim.id, entry);
  }
  return [...byId.values()];
}

function unique<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/**
 * Whom and where an attribution names: its speaker, the channel it went through, and the subjects
 * and places of its content.
 */
function namedBy(
  found: ArticleAttributions,
  attribution: ExtractedAttribution,
): { speaker: ActorMention; channel: ActorMention | null; subjects: ActorMention[]; places: Place[] } {
  return {
    places: placesOf(found, attribution),
    speaker: mentionOf(attribution.sourceText, attribution.sourceType, attribution.sourceAliases),
    channel: attribution.channel
      ? mentionOf(oneLine(spelled(found.analysis.text, attribution.channel)), 'MEDIUM', [])
      : null,
    subjects: subjectsOf(found, attribution),
  };
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ean|ian|ese|ish)$/u;

/**
 * A mention as the directory takes it. A country is one whatever the toolkit took it for ("U.S."
 * is the United States); a person's title, or the description before an organisation's name, is
 * not the name but an alias with it.
 */
function mentionOf(text: string, type: ActorMention['type'], aliases: readonly string[]): ActorMention {
  const country = type === 'GROUP' || type === 'MEDIUM' ? null : findPlace(text);
  if (country?.kind === 'COUNTRY') {
    const names = [text, ...aliases].filter((alias) => alias !== country.name);
    return { name: country.name, type: 'PLACE', isCountry: true, aliases: names };
  }
  const withAlias = (name: string) => ({ name, type, aliases: name === text ? aliases : [text, ...aliases] });
  if (type === 'PERSON') return withAlias(personalName(text).name);
  if (type === 'GROUP') return { name: text, type, aliases };
  return withAlias(properName(text));
}

/** The spans of the named entities inside an attribution's content, with their entities. */
function entitiesInContent(found: ArticleAttributions, attribution: ExtractedAttribution) {
  const { analysis } = found;
  return analysis.entities
    .map((entity) => ({
      entity,
      start: analysis.tokens[entity.firstToken]!.start,
      end: analysis.tokens[entity.endToken - 1]!.end,
    }))
    .filter(({ start, end }) => attribution.content.some(([from, to]) => from <= start && end <= to));
}

/** The places the content names that the gazetteer knows: Najin, North Korea. */
function placesOf(found: ArticleAttributions, attribution: ExtractedAttribution): Place[] {
  return entitiesInContent(found, attribution).flatMap(({ entity, start, end }) => {
    if (entity.type !== 'PLACE') return [];
    const place = findPlace(found.analysis.text.slice(start, end));
    return place ? [place] : [];
  });
}

/** The named entities inside the content: who and what the claim is about. */
function subjectsOf(found: ArticleAttributions, attribution: ExtractedAttribution): ActorMention[] {
  const { analysis } = found;
  return entitiesInContent(found, attribution).flatMap(({ entity, start, end }): ActorMention[] => {
    // "North Korean officials": a demonym describes, it names no one.
    const last = analysis.tokens[entity.endToken - 1]!;
    if (last.pos === 'ADJ' || DEMONYM.test(last.text)) return [];
    const mention = mentionOf(analysis.text.slice(start, end), entity.type, []);
    // A country in the content is an actor (North Korea delivered…); another place is only a place.
    return mention.type === 'PLACE' && !mention.isCountry ? [] : [mention];
  });
}

interface PlaceInChain {
  id: string;
  place: Place;
  withinId: string | null;
}

/** A place and the places that contain it, each with the key it is stored under. */
function placeChain(place: Place): PlaceInChain[] {
  const chain: PlaceInChain[] = [];
  for (let at: Place | null = place; at; at = at.within) {
    chain.push({ id: slugOf(at.name), place: at, withinId: at.within ? slugOf(at.within.name) : null });
  }
  return chain;
}
