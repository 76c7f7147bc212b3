// The paging every list shares (src/neo4j/reads/paging.ts), pinned without a database on a list of
// its own: one page per parent in one statement, the count only when asked, nested lists under a
// prefix, and the parameters a page sends.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  type ListShape,
  listCypher,
  nestedPageClauses,
  pagedByParent,
  prefixParameters,
  windowParameters,
} from '../../src/neo4j/reads/paging.ts';
import { firstRows } from './requests.ts';
import { formatCypher, recordingDatabase } from './statements.ts';

/** Articles datelined at a place or inside it, since a date, with a word in the title; not known to be unique. */
const ARTICLES: ListShape = {
  match: 'MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})',
  where: ['a.publishedAt >= $since', 'a.title CONTAINS $word'],
  carry: 'a',
  orderBy: 'a.publishedAt DESC, a.id',
  row: { links: '', projection: 'a {.id, .title}' },
};

const ARTICLE_PARAMETERS = { since: '2023-10-01', word: 'containers' };

describe('a list’s statement', () => {
  it('pages each parent in a subquery, counting the same rows in another when asked', () => {
    expect(formatCypher(listCypher(ARTICLES, true))).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      CALL (parentId) {
        MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})
        WHERE (a.publishedAt >= $since) AND (a.title CONTAINS $word)
        WITH DISTINCT a
        RETURN count(*) AS total
      }
      CALL (parentId) {
        MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})
        WHERE (a.publishedAt >= $since) AND (a.title CONTAINS $word)
        WITH DISTINCT a
        ORDER BY a.publishedAt DESC, a.id
        SKIP $offset LIMIT $limit
        RETURN collect(a {.id, .title}) AS rows
      }
      RETURN parentId, total, rows"
    `);
  });

  it('hands what the prelude binds to every parent, and leaves out DISTINCT where rows are unique', () => {
    const hits: ListShape = {
      ...ARTICLES,
      prelude: 'MATCH (hit:Article) WHERE hit.body CONTAINS $word WITH collect(hit) AS shared',
      where: ['a IN shared'],
      unique: true,
    };
    expect(formatCypher(listCypher(hits, false))).toMatchInlineSnapshot(`
      "MATCH (hit:Article) WHERE hit.body CONTAINS $word WITH collect(hit) AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId, shared) {
        MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})
        WHERE (a IN shared)
        WITH a
        ORDER BY a.publishedAt DESC, a.id
        SKIP $offset LIMIT $limit
        RETURN collect(a {.id, .title}) AS rows
      }
      RETURN parentId, total, rows"
    `);
  });

  it('nests under a row of another list with its parameters renamed, its page and total in one map', () => {
    const nested = nestedPageClauses(ARTICLES, true, 'place_id', 'place_list_0', 'place0_');
    expect(formatCypher(nested)).toMatchInlineSnapshot(`
      "CALL (place_id) {
        WITH place_id AS parentId, null AS shared
        CALL (parentId) {
          MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})
          WHERE (a.publishedAt >= $place0_since) AND (a.title CONTAINS $place0_word)
          WITH DISTINCT a
          RETURN count(*) AS total
        }
        CALL (parentId) {
          MATCH (a:Article)-[:DATELINED]->(:Location)-[:LOCATED_IN*0..]->(:Location {id: parentId})
          WHERE (a.publishedAt >= $place0_since) AND (a.title CONTAINS $place0_word)
          WITH DISTINCT a
          ORDER BY a.publishedAt DESC, a.id
          SKIP $place0_offset LIMIT $place0_limit
          RETURN collect(a {.id, .title}) AS rows
        }
        RETURN {rows: rows, total: total} AS place_list_0
      }"
    `);
    expect(prefixParameters('place0_', { ...ARTICLE_PARAMETERS, ...windowParameters(firstRows(5)) })).toStrictEqual({
      place0_since: '2023-10-01',
      place0_word: 'containers',
      place0_offset: neo4j.int(0),
      place0_limit: neo4j.int(6),
    });
  });
});

describe('a list’s parameters', () => {
  it('sends the window as integers, which SKIP and LIMIT require (a JavaScript number goes as a float)', () => {
    const window = windowParameters(firstRows(20, false, 40));
    expect(window).toStrictEqual({ offset: neo4j.int(40), limit: neo4j.int(21) });
    expect(neo4j.isInt(window.offset) && neo4j.isInt(window.limit)).toBe(true);
  });

  it('asks once for each parent, and answers every parent asked for in order, repeated ones too', async () => {
    const { db, sent } = recordingDatabase();
    const places = ['gaza', 'north-korea', 'gaza'];
    const counted = await pagedByParent(db, ARTICLES, places, firstRows(10, true, 20), ARTICLE_PARAMETERS);
    const uncounted = await pagedByParent(db, ARTICLES, ['north-korea'], firstRows(10), ARTICLE_PARAMETERS);
    expect(sent.map(({ cypher }) => cypher)).toStrictEqual([listCypher(ARTICLES, true), listCypher(ARTICLES, false)]);
    expect(sent[0]!.params).toStrictEqual({
      ...ARTICLE_PARAMETERS,
      offset: neo4j.int(20),
      limit: neo4j.int(11),
      parentIds: ['gaza', 'north-korea'],
    });
    // Neo4j answered no rows: every parent gets an empty page, counted as empty only when counted.
    expect(counted).toStrictEqual([
      { rows: [], total: 0 },
      { rows: [], total: 0 },
      { rows: [], total: 0 },
    ]);
    expect(uncounted).toStrictEqual([{ rows: [], total: null }]);
  });
});
