// The benchmark's query set as the peer, @neo4j/graphql 7 (bench/peer/type-defs.ts served by
// bench/peer/server.ts), answers it. Same names, same inputs and the same data out as the
// claimgraph and raw-Cypher sides in bench/queries.ts; pair them by `name`.
//
// How the peer's API differs from ours, and how each document bridges it:
// - No lookup by key: the generated root fields are lists (`claims(where:)`) and connections
//   (`claimsConnection`), so a single entity is `claims(where: { id: { eq: $id } })`, a list of one.
// - Paginated lists use the v7 connection API (`xConnection(first:, sort:)` with `edges { node }`
//   and relationship properties under `edges { properties }`), which is the Relay shape ours has.
// - Order: ours sorts claim lists by statement date (undated last), then id. The peer is told the
//   same with `sort: [{ statedOn: ASC }, { id: ASC }]` (Cypher puts nulls last in ASC order).
//   Newest first, ours keeps the undated claims last; the peer's sort cannot (Cypher puts nulls
//   first in DESC order), so its nested3new lists them first: the same sorting, another first page.
// - Ids: the peer's `id` is the stored id, which is our `key`.
import type { BenchTargets } from '../queries.ts';

/** The inputs a query needs: the same targets as the other two paths. */
export type PeerTargets = BenchTargets;

export interface PeerQuery {
  name: 'lookup' | 'nested3' | 'nested3new' | 'disputes' | 'search' | 'filter' | 'network';
  query: string;
  variables: (targets: PeerTargets) => Record<string, unknown>;
}

const BY_STATED_ON = '[{ statedOn: ASC }, { id: ASC }]';
const NODE_BY_STATED_ON = '[{ node: { statedOn: ASC } }, { node: { id: ASC } }]';
const NODE_BY_STATED_ON_DESC = '[{ node: { statedOn: DESC } }, { node: { id: DESC } }]';

/** nested3 in one order: the same three levels through the relationship connections. */
const nested3 = (sort: string) => `query PeerNested3($actor: ID!) {
  actors(where: { id: { eq: $actor } }) {
    id
    claimsAboutConnection(first: 10, sort: ${sort}) {
      edges {
        node {
          id
          speaker {
            id
            name
            claimsMadeConnection(first: 10, sort: ${sort}) { edges { node { id paraphrase } } }
          }
        }
      }
    }
  }
}`;

export const PEER_QUERIES: PeerQuery[] = [
  {
    // ours: claim(key: $id) { key kind paraphrase speaker { key name } }
    // peer: a root list filtered on id (no single-entity root field); speaker is a to-one field.
    name: 'lookup',
    query: `query PeerLookup($id: ID!) {
  claims(where: { id: { eq: $id } }) { id kind paraphrase speaker { id name } }
}`,
    variables: (t) => ({ id: t.claimId }),
  },
  {
    // ours: actor(key:) { claimsAbout(first: 10) { edges { node { speaker { claimsMade(first: 10) … } } } } }
    // peer: the same three levels through the relationship connections, each ordered like ours.
    name: 'nested3',
    query: nested3(NODE_BY_STATED_ON),
    variables: (t) => ({ actor: t.actorId }),
  },
  {
    // ours: nested3 with orderBy: STATED_ON_DESC on both lists.
    name: 'nested3new',
    query: nested3(NODE_BY_STATED_ON_DESC),
    variables: (t) => ({ actor: t.actorId }),
  },
  {
    // ours: claim(key:) { disputedBy(first: 20) { edges { rationale node { key paraphrase speaker { key name } } } } }
    // peer: the incoming DISPUTES as a connection; the rationale is a relationship property.
    name: 'disputes',
    query: `query PeerDisputes($id: ID!) {
  claims(where: { id: { eq: $id } }) {
    id
    disputedByConnection(first: 20, sort: ${NODE_BY_STATED_ON}) {
      edges { properties { rationale } node { id paraphrase speaker { id name } } }
    }
  }
}`,
    variables: (t) => ({ id: t.claimId }),
  },
  {
    // ours: search(text:, targets: [CLAIM], first: 10) { edges { score node { ... on Claim { key paraphrase } } } }
    // peer: the root query @fulltext generates for the existing index claim_text, best score first.
    // The phrase goes to Lucene as is (ours escapes it and searches words); the same for plain words.
    name: 'search',
    query: `query PeerSearch($text: String!) {
  claimsFulltext(phrase: $text, first: 10, sort: [{ score: DESC }]) { edges { score node { id paraphrase } } }
}`,
    variables: (t) => ({ text: t.searchText }),
  },
  {
    // ours: claims(filter: { kinds:, statedFrom:, statedTo: }, first: 10) { totalCount edges { node { key kind statedOn { date } } } }
    // peer: the root connection with the generated filters; statedOn is a plain Date here.
    name: 'filter',
    query: `query PeerFilter($kinds: [ClaimKind!], $from: Date, $to: Date) {
  claimsConnection(
    first: 10
    where: { kind: { in: $kinds }, statedOn: { gte: $from, lte: $to } }
    sort: ${BY_STATED_ON}
  ) {
    totalCount
    edges { node { id kind statedOn } }
  }
}`,
    variables: (t) => ({ kinds: t.kinds, from: t.from, to: t.to }),
  },
  {
    // ours: actorNetwork(actor:, first: 50) { links { claimCount speaker { key } subject { key } } }
    // peer: two @cypher fields on Actor (the generated aggregations cannot group by a related
    // node): speakers about this actor and subjects of its claims, each with a claim count. Ours
    // is one list of speaker→subject links; here the actor is implicitly the subject of the first
    // list and the speaker of the second. Neither is capped at 50 (the seed has fewer links).
    name: 'network',
    query: `query PeerNetwork($actor: ID!) {
  actors(where: { id: { eq: $actor } }) {
    id
    speakersAboutThis { actorId claimCount }
    subjectsOfClaims { actorId claimCount }
  }
}`,
    variables: (t) => ({ actor: t.actorId }),
  },
];
