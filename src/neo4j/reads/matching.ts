// What reading an article must know of the stored graph to link what it found into it: stored
// articles whose text may be the same article, actors whose name or alias a mention may be, and a
// speaker's claims whose words are close to a new one's. Each question is one statement for all of
// an article's mentions or claims, through the full-text indexes, so linking an article costs a
// fixed number of round trips whatever it reports. The candidates are only that: the caller
// compares their text with its own to decide.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';
import { FULLTEXT } from '../graph-schema.ts';
import { ARTICLE_ROW, type ArticleRow } from './rows.ts';
import { luceneQuery } from './search.ts';

export interface StoredActorCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface StoredClaimCandidate {
  id: string;
  speakerId: string;
  /** Whether its speaker is an unnamed group, which the caller may take for another group. */
  speakerIsGroup: boolean;
  paraphrase: string;
  quote: string | null;
  /** The evidence texts that report it, in any article. */
  evidence: string[];
}

const ARTICLES_LIKE = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
WITH node AS a ORDER BY score DESC, a.id
${ARTICLE_ROW.links}
RETURN ${ARTICLE_ROW.projection} AS article`;

/** Stored articles with most words in common with the given title and opening, best first. */
export async function storedArticlesLike(
  db: GraphDatabase,
  probe: { title: string; opening: string },
  limit = 5,
): Promise<ArticleRow[]> {
  const result = await db.query(ARTICLES_LIKE, {
    index: FULLTEXT.articles,
    query: luceneQuery(`${probe.title} ${probe.opening}`),
    limit: neo4j.int(limit),
  });
  return result.records.map((record) => record.get('article') as ArticleRow);
}

// A phrase query per name: the index holds names, aliases and descriptions, so a phrase finds
// "Lavrov" in "Sergey Lavrov" and in "Russia's top diplomat Sergey Lavrov" alike. The actor that
// holds the key a new actor of that name would get comes too, so that a new actor never takes it.
const ACTORS_NAMED = `
UNWIND $probes AS probe
CALL (probe) {
  CALL db.index.fulltext.queryNodes($index, probe.query, {limit: $limit}) YIELD node, score
  WITH node ORDER BY score DESC, node.id
  RETURN collect(node) AS named
}
OPTIONAL MATCH (keyed:Actor {id: probe.key})
WITH probe, CASE WHEN keyed IS NULL OR keyed IN named THEN named ELSE named + keyed END AS found
RETURN probe.name AS name, [node IN found | node {.id, .kind, .name, aliases: coalesce(node.aliases, [])}] AS actors`;

/**
 * For each name, the stored actors whose name, aliases or description contain it as a phrase, and
 * the actor keyed `keyOf(name)`, if any.
 */
export async function storedActorsNamed(
  db: GraphDatabase,
  names: readonly string[],
  keyOf: (name: string) => string,
  limit = 10,
): Promise<Map<string, StoredActorCandidate[]>> {
  const distinct = [...new Set(names.filter((name) => name.trim() !== ''))];
  if (distinct.length === 0) return new Map();
  const result = await db.query(ACTORS_NAMED, {
    index: FULLTEXT.actors,
    probes: distinct.map((name) => ({ name, key: keyOf(name), query: `"${luceneQuery(name)}"` })),
    limit: neo4j.int(limit),
  });
  return new Map(result.records.map((record) => [record.get('name') as string, record.get('actors')]));
}

// The index ranks every claim; the speaker's are kept from the best `$limit`, which holds a
// speaker's close claims unless thousands of other claims say nearly the same words. A probe whose
// speaker is an unnamed group keeps other groups' claims too.
const SPEAKER_CLAIMS_LIKE = `
UNWIND $probes AS probe
CALL (probe) {
  CALL db.index.fulltext.queryNodes($index, probe.query, {limit: $limit}) YIELD node, score
  MATCH (speaker:Actor)-[:STATED]->(node)
  WHERE speaker.id = probe.speakerId OR (probe.speakerIsGroup AND speaker.kind = 'GROUP')
  WITH node, speaker, score ORDER BY score DESC, node.id LIMIT $keep
  RETURN collect(node {
    .id, .paraphrase, .quote, speakerId: speaker.id, speakerIsGroup: speaker.kind = 'GROUP',
    evidence: COLLECT { MATCH (node)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.text }
  }) AS claims
}
RETURN probe.key AS key, claims`;

/**
 * For each probe, the stored claims of its speaker (or, for an unnamed group, of any group) whose
 * paraphrase or quote share most words with its text.
 */
export async function storedClaimsLike(
  db: GraphDatabase,
  probes: readonly { key: string; speakerId: string; speakerIsGroup: boolean; text: string }[],
  keep = 5,
): Promise<Map<string, StoredClaimCandidate[]>> {
  if (probes.length === 0) return new Map();
  const result = await db.query(SPEAKER_CLAIMS_LIKE, {
    index: FULLTEXT.claims,
    probes: probes.map(({ key, speakerId, speakerIsGroup, text }) => ({
      key,
      speakerId,
      speakerIsGroup,
      query: luceneQuery(text),
    })),
    limit: neo4j.int(200),
    keep: neo4j.int(keep),
  });
  return new Map(result.records.map((record) => [record.get('key') as string, record.get('claims')]));
}

/** Which of the given location keys the graph holds. */
export async function storedLocationIds(db: GraphDatabase, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await db.query('UNWIND $ids AS id MATCH (l:Location {id: id}) RETURN l.id AS id', { ids: [...ids] });
  return result.records.map((record) => record.get('id') as string);
}
