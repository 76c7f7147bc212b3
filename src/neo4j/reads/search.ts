// Full-text search over the Lucene indexes of claims, actors and articles, ranked by score.
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../driver.ts';
import { FULLTEXT } from '../graph-schema.ts';
import type { PageWindow } from './paging.ts';
import {
  ACTOR_ROW,
  type ActorRow,
  ARTICLE_ROW,
  type ArticleRow,
  type ClaimRow,
  type ClaimRowParts,
  claimRow,
  joinedLinks,
  type RowCypher,
} from './rows.ts';

// Lucene's query syntax would let a search for `"}) DETACH DELETE n //` fail to parse; every
// special character is escaped so user text is always searched as words.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

export function luceneQuery(text: string): string {
  const escaped = text
    .replace(LUCENE_SPECIAL, '\\$&')
    .replace(LUCENE_OPERATORS, (word) => word.toLowerCase())
    .trim();
  return escaped === '' ? '""' : escaped;
}

export type SearchHitRow =
  | { type: 'CLAIM'; score: number; claim: ClaimRow }
  | { type: 'ACTOR'; score: number; actor: ActorRow }
  | { type: 'ARTICLE'; score: number; article: ArticleRow };

export type SearchTarget = SearchHitRow['type'];
const SEARCH_TARGETS: SearchTarget[] = ['CLAIM', 'ACTOR', 'ARTICLE'];

/** The field of a hit's row that holds its node's row. */
const HIT_FIELDS = { CLAIM: 'claim', ACTOR: 'actor', ARTICLE: 'article' } as const;

/** Where each kind of hit comes from; a search runs only the indexes of its targets. */
const HIT_SOURCES: Record<SearchTarget, string> = {
  CLAIM: `CALL db.index.fulltext.queryNodes($claimIndex, $query, $options) YIELD node, score
  RETURN 'CLAIM' AS type, node, score`,
  ACTOR: `CALL db.index.fulltext.queryNodes($actorIndex, $query, $options) YIELD node, score
  RETURN 'ACTOR' AS type, node, score`,
  ARTICLE: `CALL db.index.fulltext.queryNodes($articleIndex, $query, $options) YIELD node, score
  RETURN 'ARTICLE' AS type, node, score`,
};

/** The search over the chosen targets (a closed list of constants, never user text). */
function buildSearchCypher(targets: SearchTarget[], parts: ClaimRowParts): string {
  const claim = claimRow(parts);
  const rows: Record<SearchTarget, RowCypher> = { CLAIM: claim, ACTOR: ACTOR_ROW, ARTICLE: ARTICLE_ROW };
  // The searched kinds' rows only: each one's links run for every hit of the page.
  const hitRows = targets.map(
    (target) =>
      `WHEN '${target}' THEN {type: '${target}', score: hit.score, ${HIT_FIELDS[target]}: ${rows[target].projection}}`,
  );
  return `
CALL () {
  ${targets.map((target) => HIT_SOURCES[target]).join('\n  UNION ALL\n  ')}
}
WITH type, node, score ORDER BY score DESC, node.id
WITH collect({type: type, node: node, score: score}) AS hits
WITH hits, hits[$offset..($offset + $limit)] AS page
// An empty page still returns one row, so the total is known past the last hit too.
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS hit
WITH size(hits) AS total, hit, hit.node AS c, hit.node AS actor, hit.node AS a
${joinedLinks(...targets.map((target) => rows[target]))}
RETURN total, CASE WHEN hit IS NULL THEN null ELSE CASE hit.type
  ${hitRows.join('\n  ')}
END END AS hit`;
}

/** One statement per set of targets and claim row parts, built once, all from constants. */
const searchStatements = new Map<string, string>();

function searchCypher(targets: SearchTarget[], parts: ClaimRowParts): string {
  const distinct = SEARCH_TARGETS.filter((target) => targets.includes(target));
  const key = `${distinct.join(',')} ${JSON.stringify(parts)}`;
  let cypher = searchStatements.get(key);
  if (!cypher) {
    cypher = buildSearchCypher(distinct, parts);
    searchStatements.set(key, cypher);
  }
  return cypher;
}

export interface SearchPage {
  rows: SearchHitRow[];
  /** Null when the window did not ask for it. */
  total: number | null;
}

/**
 * Ranked hits across the chosen indexes, one page of them, and how many there are in all. Without
 * a count, each index yields only its best hits up to the page's end: the page is among them.
 */
export async function search(
  db: GraphDatabase,
  text: string,
  targets: SearchTarget[],
  window: PageWindow,
  parts: ClaimRowParts,
): Promise<SearchPage> {
  if (targets.length === 0) return { rows: [], total: window.counted ? 0 : null };
  const params = {
    query: luceneQuery(text),
    options: window.counted ? {} : { limit: neo4j.int(window.offset + window.limit) },
    claimIndex: FULLTEXT.claims,
    actorIndex: FULLTEXT.actors,
    articleIndex: FULLTEXT.articles,
    offset: neo4j.int(window.offset),
    limit: neo4j.int(window.limit),
  };
  const result = await db.query(searchCypher(targets, parts), params);
  const total = result.records[0]?.get('total') as number | undefined;
  const rows = result.records.map((record) => record.get('hit') as SearchHitRow | null);
  return { rows: rows.filter((row) => row !== null), total: window.counted ? (total ?? 0) : null };
}
