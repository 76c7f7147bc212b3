// The pieces the JSON-LD documents share: page addresses (each entity's @id is its page on this
// server), references to actors, places and articles, an evidence passage with its selectors, and
// the GraphQL fragments that fetch what each piece needs.
import type { ActorKind, DatePrecision } from '../model/vocabulary.ts';

export type JsonLdNode = Record<string, unknown>;

export type PageKind = 'claims' | 'actors' | 'articles';

export function pageUrl(origin: string, kind: PageKind, key: string): string {
  return `${origin}/${kind}/${encodeURIComponent(key)}`;
}

/**
 * The passage's place on its article page, where the explorer gives it the id `evidence-<key>`.
 * `:` and `@`, which evidence keys hold, may stand unescaped in a fragment (RFC 3986).
 */
export function passageUrl(origin: string, articleKey: string, evidenceKey: string): string {
  const fragment = encodeURIComponent(evidenceKey).replaceAll('%40', '@').replaceAll('%3A', ':');
  return `${pageUrl(origin, 'articles', articleKey)}#evidence-${fragment}`;
}

/** Leaves out what the graph does not know, so no property says null or nothing. */
export function known(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== null && value !== undefined && !isEmptyList(value)),
  );
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

export const ACTOR_SUMMARY = `
  fragment ActorSummary on Actor {
    key
    name
    kind
  }
`;

export interface ActorSummary {
  key: string;
  name: string;
  kind: ActorKind;
}

const ACTOR_TYPES: Record<ActorKind, string[]> = {
  PERSON: ['Person'],
  ORGANIZATION: ['Organization'],
  GOVERNMENT: ['GovernmentOrganization'],
  MEDIA_OUTLET: ['NewsMediaOrganization'],
  COUNTRY: ['Country'],
  // schema.org has no group of people that is not an organisation: "foreign experts".
  GROUP: ['Organization', 'claimgraph:Group'],
};

/** Every actor can say something, so each is also a PROV agent. */
export function actorTypes(kind: ActorKind): string[] {
  return [...ACTOR_TYPES[kind], 'prov:Agent'];
}

export function actorReference(origin: string, actor: ActorSummary): JsonLdNode {
  return { '@id': pageUrl(origin, 'actors', actor.key), '@type': actorTypes(actor.kind), name: actor.name };
}

export const PLACE_SUMMARY = `
  fragment PlaceSummary on Location {
    key
    name
    latitude
    longitude
  }
`;

export interface PlaceSummary {
  key: string;
  name: string;
  latitude: number;
  longitude: number;
}

/** Places have no page of their own: a blank node named by its key. */
export function place(location: PlaceSummary): JsonLdNode {
  return {
    '@type': 'Place',
    identifier: location.key,
    name: location.name,
    geo: { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude },
  };
}

export const ARTICLE_SUMMARY = `
  fragment ArticleSummary on Article {
    key
    title
    publishedAt
    outlet {
      ...ActorSummary
    }
  }
`;

export interface ArticleSummary {
  key: string;
  title: string;
  publishedAt: string;
  outlet: ActorSummary | null;
}

export function articleReference(origin: string, article: ArticleSummary): JsonLdNode {
  return known({
    '@id': pageUrl(origin, 'articles', article.key),
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: localDateTime(article.publishedAt),
    publisher: article.outlet && actorReference(origin, article.outlet),
  });
}

/** A date and time as the page gives it, without a time zone: what xsd:dateTime allows. */
export function localDateTime(value: string): JsonLdNode {
  return { '@value': value, '@type': 'xsd:dateTime' };
}

const DATE_TYPES: Record<DatePrecision, { type: string; length: number }> = {
  YEAR: { type: 'xsd:gYear', length: 4 },
  MONTH: { type: 'xsd:gYearMonth', length: 7 },
  DAY: { type: 'xsd:date', length: 10 },
};

/** A date at the precision it is known to: "2022" is a year, not 1 January 2022. */
export function fuzzyDate(value: { date: string; precision: DatePrecision }): JsonLdNode {
  const { type, length } = DATE_TYPES[value.precision];
  return { '@value': value.date.slice(0, length), '@type': type };
}

export const EVIDENCE_FIELDS = `
  fragment EvidenceFields on Evidence {
    key
    text
    start
    end
    prefix
    suffix
  }
`;

export interface EvidenceFields {
  key: string;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/**
 * The words of an article that report a claim: a Quotation, and a Web Annotation segment of its
 * article selected both by quote (with its context) and by position. The body's offsets count
 * UTF-16 code units; Web Annotation positions count code points.
 */
export function passage(origin: string, evidence: EvidenceFields, article: { key: string; body: string }): JsonLdNode {
  return {
    '@id': passageUrl(origin, article.key, evidence.key),
    '@type': ['Quotation', 'oa:SpecificResource'],
    text: evidence.text,
    'oa:hasSource': { '@id': pageUrl(origin, 'articles', article.key) },
    'oa:hasSelector': [
      {
        '@type': 'oa:TextQuoteSelector',
        'oa:exact': evidence.text,
        'oa:prefix': evidence.prefix,
        'oa:suffix': evidence.suffix,
      },
      {
        '@type': 'oa:TextPositionSelector',
        'oa:start': [...article.body.slice(0, evidence.start)].length,
        'oa:end': [...article.body.slice(0, evidence.end)].length,
      },
    ],
  };
}
