// An article as a schema.org NewsArticle: headline, publisher, dateline, its text, and the passages
// that report claims, each a part of the article in which its claim appears (the reverse of the
// claim's `appearance`, so both documents describe the same graph).
import { claimReference } from './claim.ts';
import {
  ACTOR_SUMMARY,
  type ActorSummary,
  actorReference,
  EVIDENCE_FIELDS,
  type EvidenceFields,
  type JsonLdNode,
  known,
  localDateTime,
  PLACE_SUMMARY,
  type PlaceSummary,
  pageUrl,
  passage,
  place,
} from './nodes.ts';

// A page of 100 passages, the API's largest.
export const ARTICLE_DOCUMENT = `
  query ArticleLinkedData($key: ID!) {
    article(key: $key) {
      key
      title
      publishedAt
      datelineText
      dateline {
        ...PlaceSummary
      }
      outlet {
        ...ActorSummary
      }
      sources
      body
      evidence(first: 100) {
        edges {
          node {
            ...EvidenceFields
            claim {
              key
              paraphrase
              speaker {
                ...ActorSummary
              }
            }
          }
        }
      }
    }
  }
  ${ACTOR_SUMMARY}
  ${PLACE_SUMMARY}
  ${EVIDENCE_FIELDS}
`;

export interface ArticleData {
  key: string;
  title: string;
  publishedAt: string;
  datelineText: string | null;
  dateline: PlaceSummary | null;
  outlet: ActorSummary | null;
  sources: string[];
  body: string;
  evidence: {
    edges: { node: EvidenceFields & { claim: { key: string; paraphrase: string; speaker: ActorSummary } } }[];
  };
}

export function articleNode(origin: string, article: ArticleData): JsonLdNode {
  const page = pageUrl(origin, 'articles', article.key);
  // Sources are addresses or, for pages read from disk, file names, which are no one's URL.
  const addresses = article.sources.filter((source) => /^https?:\/\//i.test(source));
  return known({
    '@id': page,
    '@type': ['NewsArticle', 'prov:Entity'],
    identifier: article.key,
    url: [page, ...addresses],
    headline: article.title,
    datePublished: localDateTime(article.publishedAt),
    publisher: article.outlet && actorReference(origin, article.outlet),
    dateline: article.datelineText,
    locationCreated: article.dateline && place(article.dateline),
    'prov:hadPrimarySource': addresses.map((address) => ({ '@id': address })),
    articleBody: article.body,
    hasPart: article.evidence.edges.map(({ node }) => ({
      ...passage(origin, node, article),
      '@reverse': { appearance: claimReference(origin, node.claim) },
    })),
  });
}
