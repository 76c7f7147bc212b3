// The statements behind the claim lists (claimPages), pinned without a database: for a scope, a
// filter, an order, a window and the parts a row carries, the Cypher and the parameters sent. The
// benchmark's filter query and the lists of its nested3 query are among them; whether the
// statements answer correctly is for the database tests (dense-lists, folding, row-parts).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { type ClaimFilter, type ClaimListRequest, claimPages } from '../../src/neo4j/reads/claims.ts';
import { WHOLE_CLAIM_ROW } from '../../src/neo4j/reads/rows.ts';
import { BARE_ROW, firstRows, LINKS_ONLY, listRequest, WITH_SPEAKER } from './requests.ts';
import { formatCypher, statementOf } from './statements.ts';

const sentFor = (parentIds: string[], request: ClaimListRequest) =>
  statementOf((db) => claimPages(db, parentIds, request));

/** The parameters every claim list sends besides its filter and window. */
const unfiltered = { aboutRole: null, textIndex: 'claim_text', textQuery: null };

describe('the root list of claims', () => {
  it('reads one sorted page of all claims, counting none unless totalCount is asked for', async () => {
    const { cypher, params } = await sentFor([''], listRequest('all'));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        CALL (parentId) {
          CALL (parentId) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH c ORDER BY c.statedOn ASC, c.id ASC
            LIMIT 2000
            WITH c
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            LIMIT $offset + $limit
            RETURN {c: c} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (c:Claim)
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter: {},
      ...unfiltered,
      offset: neo4j.int(0),
      limit: neo4j.int(21),
      parentIds: [''],
    });
  });

  it('counts the list in a subquery of its own when totalCount is asked for', async () => {
    const { cypher } = await sentFor([''], listRequest('all', { window: firstRows(20, true) }));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      CALL (parentId) {
        MATCH (c:Claim)
        WITH c
        RETURN count(*) AS total
      }
      CALL (parentId) {
        CALL (parentId) {
          CALL (parentId) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH c ORDER BY c.statedOn ASC, c.id ASC
            LIMIT 2000
            WITH c
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            LIMIT $offset + $limit
            RETURN {c: c} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (c:Claim)
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
  });

  it('ANDs the kinds and the statement dates into the WHERE (the benchmark’s filter query)', async () => {
    const filter: ClaimFilter = {
      kinds: ['ACCUSATION', 'DENIAL', 'ASSESSMENT'],
      statedFrom: '2023-01-01',
      statedTo: '2023-12-31',
    };
    const { cypher, params } = await sentFor(
      [''],
      // As the benchmark asks: key, kind and statedOn.
      listRequest('all', {
        filter,
        window: firstRows(10, true),
        parts: { ...BARE_ROW, paraphrase: false, stated: true },
      }),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      CALL (parentId) {
        MATCH (c:Claim)
        WHERE (c.kind IN $filter.kinds) AND (c.statedOn >= date($filter.statedFrom)) AND (c.statedOn <= date($filter.statedTo))
        WITH c
        RETURN count(*) AS total
      }
      CALL (parentId) {
        CALL (parentId) {
          CALL (parentId) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn >= date($filter.statedFrom) AND c.statedOn <= date($filter.statedTo) AND c.id IS NOT NULL
            WITH c ORDER BY c.statedOn ASC, c.id ASC
            LIMIT 2000
            WITH c
            WHERE (c.kind IN $filter.kinds) AND (c.statedOn >= date($filter.statedFrom)) AND (c.statedOn <= date($filter.statedTo))
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            LIMIT $offset + $limit
            RETURN {c: c} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (c:Claim)
            WHERE (c.kind IN $filter.kinds) AND (c.statedOn >= date($filter.statedFrom)) AND (c.statedOn <= date($filter.statedTo))
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        RETURN collect({claim: c {
            .id, .kind,
            stated: CASE WHEN c.statedOn IS NULL THEN null
            ELSE {date: toString(c.statedOn), precision: c.statedOnPrecision, text: c.statedOnText} END
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter,
      ...unfiltered,
      offset: neo4j.int(0),
      limit: neo4j.int(11),
      parentIds: [''],
    });
  });

  it('ANDs the origin and the least confidence into the WHERE', async () => {
    const filter: ClaimFilter = { origin: 'EXTRACTED', minConfidence: 0.8 };
    const { cypher, params } = await sentFor([''], listRequest('all', { filter }));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        MATCH (c:Claim)
        WHERE (c.origin = $filter.origin) AND (c.confidence IS NULL OR c.confidence >= $filter.minConfidence)
        WITH c
        ORDER BY c.statedOn ASC, c.id ASC
        SKIP $offset LIMIT $limit
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter,
      ...unfiltered,
      offset: neo4j.int(0),
      limit: neo4j.int(21),
      parentIds: [''],
    });
  });

  it('looks a text filter up in the full-text index first, the text escaped for Lucene', async () => {
    const filter = { text: 'containers (Gaza) AND "ships"' };
    const { cypher, params } = await sentFor([''], listRequest('all', { filter }));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "CALL db.index.fulltext.queryNodes($textIndex, $textQuery) YIELD node WITH collect(node) AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId, shared) {
        MATCH (c:Claim)
        WHERE (c IN shared)
        WITH c
        ORDER BY c.statedOn ASC, c.id ASC
        SKIP $offset LIMIT $limit
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter,
      ...unfiltered,
      textQuery: 'containers \\(Gaza\\) and \\"ships\\"',
      offset: neo4j.int(0),
      limit: neo4j.int(21),
      parentIds: [''],
    });
  });
});

describe('an actor’s claim lists', () => {
  it('walks the (statedOn, id) index for the claims about an actor in a role, as nested3 lists them', async () => {
    const { cypher, params } = await sentFor(
      ['sergey-lavrov'],
      listRequest('about', { aboutRole: 'SUBJECT', window: firstRows(10), parts: WITH_SPEAKER }),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        CALL (parentId) {
          MATCH (parent:Actor {id: parentId})
          WITH parent WHERE COUNT { (parent)<-[:ABOUT]-() } >= 8000
          CALL (parent) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH parent, c ORDER BY c.statedOn ASC, c.id ASC
            LIMIT 2000
            MATCH (c)-[link:ABOUT]->(parent)
            WHERE ($aboutRole IS NULL OR link.role = $aboutRole)
            WITH c, link
            ORDER BY c.statedOn ASC, c.id ASC
            LIMIT $offset + $limit
            RETURN {c: c, link: link} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})
            WHERE ($aboutRole IS NULL OR link.role = $aboutRole)
            WITH c, link
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $offset LIMIT $limit
            RETURN {c: c, link: link} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c, entry.link AS link
        CALL (c) {
          OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)
          RETURN claim_speaker LIMIT 1
        }
        RETURN collect({claim: c {
            .id, .kind, .paraphrase,
            speaker: claim_speaker {
              .id, .kind, .name
            }
        }, role: link.role, rationale: link.rationale}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter: {},
      ...unfiltered,
      aboutRole: 'SUBJECT',
      offset: neo4j.int(0),
      limit: neo4j.int(11),
      parentIds: ['sergey-lavrov'],
    });
  });

  it('walks the same index for the claims an actor made, checking the claims they stated', async () => {
    const { cypher } = await sentFor(['white-house'], listRequest('spokenBy', { window: firstRows(10) }));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        CALL (parentId) {
          MATCH (parent:Actor {id: parentId})
          WITH parent WHERE COUNT { (parent)-[:STATED]->() } >= 8000
          CALL (parent) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH parent, c ORDER BY c.statedOn ASC, c.id ASC
            LIMIT 2000
            MATCH (parent)-[:STATED]->(c)
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            LIMIT $offset + $limit
            RETURN {c: c} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
            WITH c
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
  });

  it('walks the index backwards for newest first, keeping the walked page in the order the index gives', async () => {
    const { cypher } = await sentFor(['white-house'], listRequest('spokenBy', { order: 'STATED_ON_DESC' }));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        CALL (parentId) {
          MATCH (parent:Actor {id: parentId})
          WITH parent WHERE COUNT { (parent)-[:STATED]->() } >= 8000
          CALL (parent) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH parent, c ORDER BY c.statedOn DESC, c.id DESC
            LIMIT 2000
            MATCH (parent)-[:STATED]->(c)
            WITH c
            ORDER BY c.statedOn DESC, c.id DESC
            LIMIT $offset + $limit
            RETURN {c: c} AS entry
          }
          WITH collect(entry) AS entries
          WITH entries, size(entries) = $offset + $limit AS walked
          WITH walked, CASE WHEN walked THEN entries[$offset..] ELSE [] END AS walkedPage, count(*) AS grouped
          RETURN walked, walkedPage
        }
        CALL (parentId, walked) {
          WITH parentId WHERE NOT walked
          CALL (parentId) {
            MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
            WITH c
            ORDER BY c.statedOn IS NULL, c.statedOn DESC, c.id DESC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        RETURN collect({claim: c {
            .id, .kind, .paraphrase
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
  });

  it('sorts the page without a walk under a text filter, whose hits are few', async () => {
    const { cypher } = await sentFor(['white-house'], listRequest('spokenBy', { filter: { text: 'containers' } }));
    expect(cypher).toContain('CALL db.index.fulltext.queryNodes($textIndex, $textQuery)');
    expect(cypher).not.toContain('USING INDEX');
  });
});

describe('claim rows in a list', () => {
  const DISPUTED = 'white-house-1000-containers';
  /** What `collect` gathers into the page: the row of each listed claim. */
  const rowOf = (cypher: string) => /RETURN collect\((.*)\) AS rows/s.exec(formatCypher(cypher))?.[1];

  it('carries only the links selected, with the facts of the relationship the list follows', async () => {
    const { cypher } = await sentFor([DISPUTED], listRequest('disputedBy', { parts: LINKS_ONLY }));
    expect(rowOf(cypher)).toMatchInlineSnapshot(`
      "{claim: c {
            .id, .kind, .paraphrase,
            speaker: claim_speaker {
              .id, .kind, .name
            },
            onBehalfOfId: claim_principal_id,
            channelId: claim_channel_id
        }, role: link.role, rationale: link.rationale}"
    `);
  });

  it('carries the provenance as one map, without the links, when only it is selected', async () => {
    const { cypher } = await sentFor(
      [DISPUTED],
      listRequest('disputedBy', { parts: { ...BARE_ROW, provenance: true } }),
    );
    expect(rowOf(cypher)).toMatchInlineSnapshot(`
      "{claim: c {
            .id, .kind, .paraphrase,
            provenance: {origin: c.origin, extractor: c.extractor,
            extractorVersion: c.extractorVersion, confidence: c.confidence}
        }, role: link.role, rationale: link.rationale}"
    `);
  });

  it('carries the claim’s details, its speaker’s and its provenance as well in the whole row', async () => {
    const { cypher } = await sentFor([DISPUTED], listRequest('disputedBy', { parts: WHOLE_CLAIM_ROW }));
    expect(rowOf(cypher)).toMatchInlineSnapshot(`
      "{claim: c {
            .id, .kind, .paraphrase,
            .quote, .cue,
            stated: CASE WHEN c.statedOn IS NULL THEN null
            ELSE {date: toString(c.statedOn), precision: c.statedOnPrecision, text: c.statedOnText} END,
            speaker: claim_speaker {
              .id, .kind, .name, .aliases, .description,
              basedInId: claim_speaker_base_id
            },
            onBehalfOfId: claim_principal_id,
            channelId: claim_channel_id,
            provenance: {origin: c.origin, extractor: c.extractor,
            extractorVersion: c.extractorVersion, confidence: c.confidence}
        }, role: link.role, rationale: link.rationale}"
    `);
  });
});
