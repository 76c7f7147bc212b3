// The benchmark's query set, as claimgraph answers it (GraphQL over HTTP) and as the best
// hand-written Cypher answers it (the floor). bench/peer/queries.ts holds the @neo4j/graphql side.
// Each query has the same inputs on every path, picked from the data by pickTargets in bench/run.ts.

export interface BenchTargets {
  /** A claim that other claims dispute. */
  claimId: string;
  /** The actor most spoken about: the heaviest nested fan-out. */
  actorId: string;
  searchText: string;
  kinds: string[];
  from: string;
  to: string;
}

export interface BenchQuery {
  name: string;
  description: string;
  claimgraph: { query: string; variables: (t: BenchTargets) => Record<string, unknown> };
  raw: { cypher: string; params: (t: BenchTargets) => Record<string, unknown> };
}

// The same orders on every path: by statement date, then id, oldest or newest first, undated last
// either way; `index` is the order the (statedOn, id) index gives the dated claims in.
const OLDEST_FIRST = { list: 'c.statedOn, c.id', index: 'c.statedOn, c.id' };
const NEWEST_FIRST = { list: 'c.statedOn IS NULL, c.statedOn DESC, c.id DESC', index: 'c.statedOn DESC, c.id DESC' };
type ListOrder = typeof OLDEST_FIRST;
const ORDER_C = OLDEST_FIRST.list;

/**
 * The first `k` claims of `parent`'s list in `order`, as rows of `c`. A parent with thousands of
 * claims in the list has them walked through the (statedOn, id) index, forwards or backwards,
 * reading at most 2,000 claims, as claimgraph does (actorWalk); otherwise, or when the walk falls
 * short, they are sorted.
 */
function firstClaims(parent: string, degree: string, member: string, sorted: string, k: number, order: ListOrder) {
  return `CALL (${parent}) {
    CALL (${parent}) {
      WITH ${parent} WHERE ${degree} >= 8000
      CALL (${parent}) {
        MATCH (c:Claim) USING INDEX c:Claim(statedOn, id) WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
        WITH ${parent}, c ORDER BY ${order.index} LIMIT 2000
        WITH c WHERE EXISTS { ${member} }
        WITH c ORDER BY ${order.index} LIMIT ${k}
        RETURN c
      }
      RETURN collect(c) AS walked
    }
    CALL (${parent}, walked) {
      WITH ${parent} WHERE size(walked) < ${k}
      ${sorted}
      WITH c ORDER BY ${order.list} LIMIT ${k}
      RETURN collect(c) AS ordered
    }
    UNWIND CASE WHEN size(walked) = ${k} THEN walked ELSE ordered END AS c
    RETURN c
  }`;
}

/**
 * The first `k` claims of the filter query, as rows of `c`: walked from the range's first date
 * through the (statedOn, id) index, reading at most 2,000 claims, as claimgraph walks a list of all
 * claims (claimsWalk); sorted when the walk falls short.
 */
function firstFiltered(k: number) {
  const filtered = 'c.statedOn >= date($from) AND c.statedOn <= date($to) AND c.kind IN $kinds';
  return `CALL () {
    MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
    WHERE c.statedOn >= date($from) AND c.statedOn <= date($to) AND c.id IS NOT NULL
    WITH c ORDER BY ${OLDEST_FIRST.index} LIMIT 2000
    WITH c WHERE ${filtered}
    WITH c ORDER BY ${OLDEST_FIRST.index} LIMIT ${k}
    RETURN collect(c) AS walked
  }
  CALL (walked) {
    WITH walked WHERE size(walked) < ${k}
    CALL (walked) {
      MATCH (c:Claim) WHERE ${filtered}
      WITH c ORDER BY ${OLDEST_FIRST.list} LIMIT ${k}
      RETURN c
    }
    RETURN collect(c) AS sorted
  }
  UNWIND CASE WHEN size(walked) = ${k} THEN walked ELSE sorted END AS c`;
}

/**
 * actor → 10 claims about them → speaker → 10 of that speaker's claims, both lists in one order:
 * claimgraph's default (oldest first), or newest first as the explorer lists an actor's claims.
 */
function nested3(name: string, description: string, order: ListOrder): BenchQuery {
  const orderBy = order === NEWEST_FIRST ? ', orderBy: STATED_ON_DESC' : '';
  return {
    name,
    description,
    claimgraph: {
      query: `query($actor: ID!) {
  actor(key: $actor) {
    key
    claimsAbout(first: 10${orderBy}) {
      edges { node { key speaker { key name claimsMade(first: 10${orderBy}) { edges { node { key paraphrase } } } } } }
    }
  }
}`,
      variables: (t) => ({ actor: t.actorId }),
    },
    raw: {
      cypher: `MATCH (a:Actor {id: $actor})
CALL (a) {
  ${firstClaims('a', 'COUNT { (a)<-[:ABOUT]-() }', '(c)-[:ABOUT]->(a)', 'MATCH (c:Claim)-[:ABOUT]->(a) WITH DISTINCT c', 10, order)}
  MATCH (s:Actor)-[:STATED]->(c)
  CALL (s) {
    ${firstClaims('s', 'COUNT { (s)-[:STATED]->() }', '(s)-[:STATED]->(c)', 'MATCH (s)-[:STATED]->(c:Claim)', 10, order)}
    RETURN collect(c {.id, .paraphrase}) AS made
  }
  RETURN collect(c {.id, speaker: s {.id, .name, claimsMade: made}}) AS about
}
RETURN a.id AS id, about`,
      params: (t) => ({ actor: t.actorId }),
    },
  };
}

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'lookup',
    description: 'one claim by id, with its speaker',
    claimgraph: {
      query: 'query($id: ID!) { claim(key: $id) { key kind paraphrase speaker { key name } } }',
      variables: (t) => ({ id: t.claimId }),
    },
    raw: {
      cypher: `MATCH (c:Claim {id: $id})<-[:STATED]-(s:Actor)
RETURN c {.id, .kind, .paraphrase, speaker: s {.id, .name}} AS claim`,
      params: (t) => ({ id: t.claimId }),
    },
  },
  nested3('nested3', 'actor → 10 claims about them → speaker → 10 of that speaker’s claims', OLDEST_FIRST),
  nested3('nested3new', 'nested3, both lists newest first', NEWEST_FIRST),
  {
    name: 'disputes',
    description: 'the claims disputing a claim, with their speakers',
    claimgraph: {
      query: `query($id: ID!) {
  claim(key: $id) { key disputedBy(first: 20) { edges { rationale node { key paraphrase speaker { key name } } } } }
}`,
      variables: (t) => ({ id: t.claimId }),
    },
    raw: {
      cypher: `MATCH (:Claim {id: $id})<-[r:DISPUTES]-(c:Claim)<-[:STATED]-(s:Actor)
WITH c, r, s ORDER BY ${ORDER_C} LIMIT 20
RETURN collect({rationale: r.rationale, claim: c {.id, .paraphrase, speaker: s {.id, .name}}}) AS disputes`,
      params: (t) => ({ id: t.claimId }),
    },
  },
  {
    name: 'search',
    description: 'full-text search of claims, 10 best',
    claimgraph: {
      query: `query($text: String!) {
  search(text: $text, targets: [CLAIM], first: 10) { edges { score node { ... on Claim { key paraphrase } } } }
}`,
      variables: (t) => ({ text: t.searchText }),
    },
    raw: {
      cypher: `CALL db.index.fulltext.queryNodes('claim_text', $text, {limit: 10}) YIELD node, score
RETURN node.id AS id, node.paraphrase AS paraphrase, score`,
      params: (t) => ({ text: t.searchText }),
    },
  },
  {
    name: 'filter',
    description: 'claims of some kinds in a date range, first 10, with totalCount',
    claimgraph: {
      query: `query($kinds: [ClaimKind!], $from: Date, $to: Date) {
  claims(filter: { kinds: $kinds, statedFrom: $from, statedTo: $to }, first: 10) {
    totalCount
    edges { node { key kind statedOn { date } } }
  }
}`,
      variables: (t) => ({ kinds: t.kinds, from: t.from, to: t.to }),
    },
    raw: {
      cypher: `CALL () {
  MATCH (c:Claim)
  WHERE c.statedOn >= date($from) AND c.statedOn <= date($to) AND c.kind IN $kinds
  RETURN count(c) AS total
}
CALL () {
  ${firstFiltered(10)}
  RETURN collect(c {.id, .kind, statedOn: toString(c.statedOn)}) AS page
}
RETURN total, page`,
      params: (t) => ({ kinds: t.kinds, from: t.from, to: t.to }),
    },
  },
  {
    name: 'network',
    description: 'who made claims about whom, around one actor, with counts',
    claimgraph: {
      query: `query($actor: ID!) {
  actorNetwork(actor: $actor, first: 50) { links { claimCount speaker { key } subject { key } } }
}`,
      variables: (t) => ({ actor: t.actorId }),
    },
    raw: {
      cypher: `MATCH (a:Actor {id: $actor})
CALL (a) {
  MATCH (a)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor) WHERE subject <> a
  WITH a, subject, count(DISTINCT c) AS claims
  RETURN a.id AS speaker, subject.id AS subject, claims
  UNION ALL
  MATCH (speaker:Actor)-[:STATED]->(c:Claim)-[:ABOUT]->(a) WHERE speaker <> a
  WITH a, speaker, count(DISTINCT c) AS claims
  RETURN speaker.id AS speaker, a.id AS subject, claims
}
RETURN speaker, subject, claims ORDER BY claims DESC, speaker, subject LIMIT 50`,
      params: (t) => ({ actor: t.actorId }),
    },
  },
];
