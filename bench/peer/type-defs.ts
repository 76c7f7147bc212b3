// @neo4j/graphql 7 type definitions for the same Neo4j graph claimgraph serves (docs/model.md):
// the peer a user would otherwise pick, for `npm run bench`. Every label, relationship type,
// direction and property below is the one the seed writes; nothing here creates or changes data.
//
// Modelling choices, kept as close to the stored graph as the library allows:
// - Every actor carries :Actor plus a kind label (:Person, :Country, ...). The peer models them as
//   one `Actor` node type (label :Actor) with its `kind` property, not as an interface of six types.
// - To-one relationships (a claim's speaker, an evidence's article, ...) are single fields. The
//   library only allows them nullable (`speaker: Actor`, where ours is `speaker: Actor!`) and does
//   not enforce "at most one": the seed guarantees it.
// - Countries are stored twice under one id (:Actor:Country and :Location); the two types never
//   mix because each @node type matches on its own label.
// - Full text: `@fulltext` binds to the existing index `claim_text` (it only names an index the
//   database must already have; the library never creates one). It adds the root query
//   `claimsFulltext(phrase, ...)` whose edges carry the Lucene score.
// - The actor network's "who spoke about whom, how often" cannot be expressed with the generated
//   aggregations (@groupBy only groups on a node's own scalar properties), so it is two @cypher
//   fields on Actor returning plain objects, which is what a user of the library would write. A
//   list-typed @cypher field returns one row per element (the library collects the column).
export const typeDefs = /* GraphQL */ `
  enum ClaimKind {
    ASSERTION
    ACCUSATION
    DENIAL
    DISMISSAL
    ASSESSMENT
    REPORT
    SPECULATION
    PLEDGE
    PROPOSAL
    APPEAL
  }

  enum ActorKind {
    PERSON
    ORGANIZATION
    GOVERNMENT
    COUNTRY
    MEDIA_OUTLET
    GROUP
  }

  enum AboutRole {
    SUBJECT
    TARGET
    MENTIONED
  }

  enum LocationKind {
    COUNTRY
    REGION
    CITY
    PORT
    SETTLEMENT
  }

  enum EventPlaceRole {
    VENUE
    ORIGIN
    DESTINATION
  }

  enum DatePrecision {
    YEAR
    MONTH
    DAY
  }

  # Relationship properties (all strings in the graph).
  type AboutProperties @relationshipProperties {
    role: AboutRole!
  }

  type RationaleProperties @relationshipProperties {
    rationale: String!
  }

  type RoleProperties @relationshipProperties {
    role: String!
  }

  type PlaceRoleProperties @relationshipProperties {
    role: EventPlaceRole!
  }

  type Claim
    @node(labels: ["Claim"])
    @fulltext(indexes: [{ indexName: "claim_text", queryName: "claimsFulltext", fields: ["paraphrase", "quote"] }]) {
    id: ID!
    kind: ClaimKind!
    paraphrase: String!
    quote: String
    cue: String
    statedOn: Date
    statedOnPrecision: DatePrecision
    statedOnText: String
    speaker: Actor @relationship(type: "STATED", direction: IN)
    about: [Actor!]! @relationship(type: "ABOUT", direction: OUT, properties: "AboutProperties")
    onBehalfOf: Actor @relationship(type: "ON_BEHALF_OF", direction: OUT)
    channel: Actor @relationship(type: "VIA", direction: OUT)
    locations: [Location!]! @relationship(type: "CONCERNS", direction: OUT)
    events: [Event!]! @relationship(type: "CONCERNS", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "EVIDENCED_BY", direction: OUT)
    disputes: [Claim!]! @relationship(type: "DISPUTES", direction: OUT, properties: "RationaleProperties")
    disputedBy: [Claim!]! @relationship(type: "DISPUTES", direction: IN, properties: "RationaleProperties")
    supports: [Claim!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "RationaleProperties")
    supportedBy: [Claim!]! @relationship(type: "SUPPORTS", direction: IN, properties: "RationaleProperties")
  }

  type Evidence @node(labels: ["Evidence"]) {
    id: ID!
    text: String!
    start: Int!
    end: Int!
    prefix: String!
    suffix: String!
    claim: Claim @relationship(type: "EVIDENCED_BY", direction: IN)
    article: Article @relationship(type: "FOUND_IN", direction: OUT)
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
    publishedAt: LocalDateTime!
    datelineText: String!
    body: String!
    sourceFile: String!
    outlet: Actor @relationship(type: "PUBLISHED_BY", direction: OUT)
    dateline: Location @relationship(type: "DATELINED", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "FOUND_IN", direction: IN)
  }

  type Actor @node(labels: ["Actor"]) {
    id: ID!
    kind: ActorKind!
    name: String!
    aliases: [String!]!
    description: String
    claimsMade: [Claim!]! @relationship(type: "STATED", direction: OUT)
    claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN, properties: "AboutProperties")
    claimsOnBehalfOf: [Claim!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    claimsCarried: [Claim!]! @relationship(type: "VIA", direction: IN)
    articles: [Article!]! @relationship(type: "PUBLISHED_BY", direction: IN)
    basedIn: Location @relationship(type: "BASED_IN", direction: OUT)
    affiliations: [Actor!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "RoleProperties")
    affiliates: [Actor!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "RoleProperties")
    participations: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "RoleProperties")
    """
    Other actors who made claims about this one, with how many (most first, then by speaker id).
    """
    speakersAboutThis: [ActorClaimCount!]!
      @cypher(
        statement: """
        MATCH (this)<-[:ABOUT]-(c:Claim)<-[:STATED]-(speaker:Actor)
        WHERE speaker <> this
        WITH speaker, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
        ORDER BY claimCount DESC, speaker.id ASC
        RETURN { actorId: speaker.id, name: speaker.name, claimCount: claimCount, kinds: kinds } AS result
        """
        columnName: "result"
      )
    """
    Other actors this one made claims about, with how many (most first, then by subject id).
    """
    subjectsOfClaims: [ActorClaimCount!]!
      @cypher(
        statement: """
        MATCH (this)-[:STATED]->(c:Claim)-[:ABOUT]->(subject:Actor)
        WHERE subject <> this
        WITH subject, count(DISTINCT c) AS claimCount, collect(DISTINCT c.kind) AS kinds
        ORDER BY claimCount DESC, subject.id ASC
        RETURN { actorId: subject.id, name: subject.name, claimCount: claimCount, kinds: kinds } AS result
        """
        columnName: "result"
      )
  }

  "Not a node: the rows the network @cypher fields return (the other actor, and the claims linking them)."
  type ActorClaimCount {
    actorId: ID!
    name: String!
    claimCount: Int!
    kinds: [ClaimKind!]!
  }

  type Location @node(labels: ["Location"]) {
    id: ID!
    name: String!
    kind: LocationKind!
    coordinates: Point!
    within: Location @relationship(type: "LOCATED_IN", direction: OUT)
    contains: [Location!]! @relationship(type: "LOCATED_IN", direction: IN)
    actorsBasedHere: [Actor!]! @relationship(type: "BASED_IN", direction: IN)
    articlesDatelined: [Article!]! @relationship(type: "DATELINED", direction: IN)
    claims: [Claim!]! @relationship(type: "CONCERNS", direction: IN)
    events: [Event!]! @relationship(type: "TOOK_PLACE_AT", direction: IN, properties: "PlaceRoleProperties")
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    name: String!
    description: String!
    start: Date!
    startPrecision: DatePrecision!
    end: Date
    endPrecision: DatePrecision
    places: [Location!]! @relationship(type: "TOOK_PLACE_AT", direction: OUT, properties: "PlaceRoleProperties")
    partOf: Event @relationship(type: "PART_OF", direction: OUT)
    parts: [Event!]! @relationship(type: "PART_OF", direction: IN)
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "RoleProperties")
    claims: [Claim!]! @relationship(type: "CONCERNS", direction: IN)
  }
`;
