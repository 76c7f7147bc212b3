// Claim lists nested under a looked-up claim or actor, or under the claims of a list, are folded into
// the one statement that reads their parent (see test/folding.test.ts for the answers). Pinned here:
// that statement, where each nested list is a subquery per parent row, and its parameters, which
// every nested list sends under a prefix of its own: the benchmark's disputes and nested3 queries
// are among them.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { AboutRole } from '../../src/model/vocabulary.ts';
import { actorWithClaimLists, claimPages, claimWithClaimLists } from '../../src/neo4j/reads/claims.ts';
import type { PageWindow } from '../../src/neo4j/reads/paging.ts';
import { BARE_ROW, firstRows, listRequest, listsOfClaim, listsOfSpeaker, WITH_SPEAKER } from './requests.ts';
import { formatCypher, statementOf } from './statements.ts';

const CLAIM = 'white-house-1000-containers';

/** The parameters of a nested list without a filter, under its prefix. */
const nestedList = (prefix: string, window: PageWindow, aboutRole: AboutRole | null = null) => ({
  [`${prefix}offset`]: neo4j.int(window.offset),
  [`${prefix}limit`]: neo4j.int(window.limit),
  [`${prefix}filter`]: {},
  [`${prefix}aboutRole`]: aboutRole,
  [`${prefix}textIndex`]: 'claim_text',
  [`${prefix}textQuery`]: null,
});

describe('a claim looked up with claim lists under it', () => {
  it('pages the claims disputing it in a subquery of the lookup (the benchmark’s disputes)', async () => {
    // claim(key) { key disputedBy(first: 20) { edges { rationale node { key paraphrase speaker { key name } } } } }
    const disputedBy = listRequest('disputedBy', { parts: WITH_SPEAKER });
    const { cypher, params } = await statementOf((db) =>
      claimWithClaimLists(db, CLAIM, BARE_ROW, listsOfClaim({ 'claim.disputedBy': disputedBy })),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "MATCH (c:Claim {id: $id})
      WITH c, c.id AS claim_id
      CALL (claim_id) {
        WITH claim_id AS parentId, null AS shared
        WITH parentId, shared, null AS total
        CALL (parentId) {
          MATCH (:Claim {id: parentId})<-[link:DISPUTES]-(c:Claim)
          WITH c, link
          ORDER BY c.statedOn ASC, c.id ASC
          SKIP $claim0_offset LIMIT $claim0_limit
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
        RETURN {rows: rows, total: total} AS claim_list_0
      }
      RETURN c {
        .id, .kind, .paraphrase,
        lists: [claim_list_0]
      } AS row"
    `);
    expect(params).toStrictEqual({ id: CLAIM, ...nestedList('claim0_', firstRows(20)) });
  });

  it('nests the disputing claims’ speakers’ lists in theirs, the prefixes nested alike', async () => {
    // claim(key) { disputedBy(first: 3) { totalCount edges { node { key speaker {
    //   key claimsMade(first: 2, orderBy: STATED_ON_DESC) { totalCount edges { node { key } } } } } } } }
    const claimsMade = listRequest('spokenBy', { order: 'STATED_ON_DESC', window: firstRows(2, true) });
    const disputedBy = listRequest('disputedBy', {
      window: firstRows(3, true),
      parts: WITH_SPEAKER,
      nested: listsOfSpeaker({ 'claim.disputedBy.edges.node.speaker.claimsMade': claimsMade }),
    });
    const { cypher, params } = await statementOf((db) =>
      claimWithClaimLists(db, CLAIM, BARE_ROW, listsOfClaim({ 'claim.disputedBy': disputedBy })),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "MATCH (c:Claim {id: $id})
      WITH c, c.id AS claim_id
      CALL (claim_id) {
        WITH claim_id AS parentId, null AS shared
        CALL (parentId) {
          MATCH (:Claim {id: parentId})<-[link:DISPUTES]-(c:Claim)
          WITH c, link
          RETURN count(*) AS total
        }
        CALL (parentId) {
          MATCH (:Claim {id: parentId})<-[link:DISPUTES]-(c:Claim)
          WITH c, link
          ORDER BY c.statedOn ASC, c.id ASC
          SKIP $claim0_offset LIMIT $claim0_limit
          WITH collect({c: c, link: link}) AS fetched
          UNWIND range(0, size(fetched) - 1) AS position
          WITH fetched[position].c AS c, fetched[position].link AS link, position < $claim0_limit - 1 AS shown
          CALL (c) { OPTIONAL MATCH (s:Actor)-[:STATED]->(c) RETURN s.id AS claim_speaker_id LIMIT 1 }
          WITH c, link, CASE WHEN shown THEN claim_speaker_id END AS speaker_id
          CALL (speaker_id) {
            WITH speaker_id AS parentId, null AS shared
            CALL (parentId) {
              MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
              WITH c
              RETURN count(*) AS total
            }
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
                  LIMIT $claim0_speaker0_offset + $claim0_speaker0_limit
                  RETURN {c: c} AS entry
                }
                WITH collect(entry) AS entries
                WITH entries, size(entries) = $claim0_speaker0_offset + $claim0_speaker0_limit AS walked
                WITH walked, CASE WHEN walked THEN entries[$claim0_speaker0_offset..] ELSE [] END AS walkedPage, count(*) AS grouped
                RETURN walked, walkedPage
              }
              CALL (parentId, walked) {
                WITH parentId WHERE NOT walked
                CALL (parentId) {
                  MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
                  WITH c
                  ORDER BY c.statedOn IS NULL, c.statedOn DESC, c.id DESC
                  SKIP $claim0_speaker0_offset LIMIT $claim0_speaker0_limit
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
            RETURN {rows: rows, total: total} AS speaker_list_0
          }
          CALL (c) {
            OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)
            RETURN claim_speaker LIMIT 1
          }
          RETURN collect({claim: c {
              .id, .kind, .paraphrase,
              speaker: claim_speaker {
                .id, .kind, .name,
                lists: [speaker_list_0]
              }
          }, role: link.role, rationale: link.rationale}) AS rows
        }
        RETURN {rows: rows, total: total} AS claim_list_0
      }
      RETURN c {
        .id, .kind, .paraphrase,
        lists: [claim_list_0]
      } AS row"
    `);
    expect(params).toStrictEqual({
      id: CLAIM,
      ...nestedList('claim0_', firstRows(3)),
      ...nestedList('claim0_speaker0_', firstRows(2)),
    });
  });

  it('pages its speaker’s claims under the speaker’s row', async () => {
    // claim(key) { key speaker { key name claimsMade(first: 3) { edges { node { key } } } } }
    const claimsMade = listRequest('spokenBy', { window: firstRows(3) });
    const { cypher, params } = await statementOf((db) =>
      claimWithClaimLists(db, CLAIM, WITH_SPEAKER, listsOfSpeaker({ 'claim.speaker.claimsMade': claimsMade })),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "MATCH (c:Claim {id: $id})
      CALL (c) { OPTIONAL MATCH (s:Actor)-[:STATED]->(c) RETURN s.id AS claim_speaker_id LIMIT 1 }
      WITH c, claim_speaker_id AS speaker_id
      CALL (speaker_id) {
        WITH speaker_id AS parentId, null AS shared
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
              LIMIT $speaker0_offset + $speaker0_limit
              RETURN {c: c} AS entry
            }
            WITH collect(entry) AS entries
            WITH entries, size(entries) = $speaker0_offset + $speaker0_limit AS walked
            WITH walked, CASE WHEN walked THEN entries[$speaker0_offset..] ELSE [] END AS walkedPage, count(*) AS grouped
            RETURN walked, walkedPage
          }
          CALL (parentId, walked) {
            WITH parentId WHERE NOT walked
            CALL (parentId) {
              MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
              WITH c
              ORDER BY c.statedOn ASC, c.id ASC
              SKIP $speaker0_offset LIMIT $speaker0_limit
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
        RETURN {rows: rows, total: total} AS speaker_list_0
      }
      CALL (c) {
        OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)
        RETURN claim_speaker LIMIT 1
      }
      RETURN c {
        .id, .kind, .paraphrase,
        speaker: claim_speaker {
          .id, .kind, .name,
          lists: [speaker_list_0]
        }
      } AS row"
    `);
    expect(params).toStrictEqual({ id: CLAIM, ...nestedList('speaker0_', firstRows(3)) });
  });
});

describe('an actor looked up with claim lists under it', () => {
  it('pages the claims about the actor and their speakers’ claims, walking both, as nested3 asks', async () => {
    // actor(key) { key claimsAbout(first: 10) { edges { node { key speaker { key name
    //   claimsMade(first: 10) { edges { node { key paraphrase } } } } } } } }
    const claimsMade = listRequest('spokenBy', { window: firstRows(10) });
    const claimsAbout = listRequest('about', {
      window: firstRows(10),
      parts: WITH_SPEAKER,
      nested: listsOfSpeaker({ 'actor.claimsAbout.edges.node.speaker.claimsMade': claimsMade }),
    });
    const { cypher, params } = await statementOf((db) =>
      actorWithClaimLists(db, 'white-house', new Map([['actor.claimsAbout', claimsAbout]])),
    );
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "MATCH (actor:Actor {id: $id})
      WITH actor, actor.id AS actor_id
      CALL (actor_id) {
        WITH actor_id AS parentId, null AS shared
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
              WHERE ($actor0_aboutRole IS NULL OR link.role = $actor0_aboutRole)
              WITH c, link
              ORDER BY c.statedOn ASC, c.id ASC
              LIMIT $actor0_offset + $actor0_limit
              RETURN {c: c, link: link} AS entry
            }
            WITH collect(entry) AS entries
            WITH entries, size(entries) = $actor0_offset + $actor0_limit AS walked
            WITH walked, CASE WHEN walked THEN entries[$actor0_offset..] ELSE [] END AS walkedPage, count(*) AS grouped
            RETURN walked, walkedPage
          }
          CALL (parentId, walked) {
            WITH parentId WHERE NOT walked
            CALL (parentId) {
              MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})
              WHERE ($actor0_aboutRole IS NULL OR link.role = $actor0_aboutRole)
              WITH c, link
              ORDER BY c.statedOn ASC, c.id ASC
              SKIP $actor0_offset LIMIT $actor0_limit
              RETURN {c: c, link: link} AS sortedEntry
            }
            RETURN collect(sortedEntry) AS sortedPage
          }
          UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
          WITH entry.c AS c, entry.link AS link
          WITH collect({c: c, link: link}) AS fetched
          UNWIND range(0, size(fetched) - 1) AS position
          WITH fetched[position].c AS c, fetched[position].link AS link, position < $actor0_limit - 1 AS shown
          CALL (c) { OPTIONAL MATCH (s:Actor)-[:STATED]->(c) RETURN s.id AS claim_speaker_id LIMIT 1 }
          WITH c, link, CASE WHEN shown THEN claim_speaker_id END AS speaker_id
          CALL (speaker_id) {
            WITH speaker_id AS parentId, null AS shared
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
                  LIMIT $actor0_speaker0_offset + $actor0_speaker0_limit
                  RETURN {c: c} AS entry
                }
                WITH collect(entry) AS entries
                WITH entries, size(entries) = $actor0_speaker0_offset + $actor0_speaker0_limit AS walked
                WITH walked, CASE WHEN walked THEN entries[$actor0_speaker0_offset..] ELSE [] END AS walkedPage, count(*) AS grouped
                RETURN walked, walkedPage
              }
              CALL (parentId, walked) {
                WITH parentId WHERE NOT walked
                CALL (parentId) {
                  MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
                  WITH c
                  ORDER BY c.statedOn ASC, c.id ASC
                  SKIP $actor0_speaker0_offset LIMIT $actor0_speaker0_limit
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
            RETURN {rows: rows, total: total} AS speaker_list_0
          }
          CALL (c) {
            OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)
            RETURN claim_speaker LIMIT 1
          }
          RETURN collect({claim: c {
              .id, .kind, .paraphrase,
              speaker: claim_speaker {
                .id, .kind, .name,
                lists: [speaker_list_0]
              }
          }, role: link.role, rationale: link.rationale}) AS rows
        }
        RETURN {rows: rows, total: total} AS actor_list_0
      }
      CALL (actor) { OPTIONAL MATCH (actor)-[:BASED_IN]->(actor_base) RETURN actor_base.id AS actor_base_id LIMIT 1 }
      RETURN actor {
        .id, .kind, .name, .aliases, .description,
        basedInId: actor_base_id,
        lists: [actor_list_0]
      } AS row"
    `);
    expect(params).toStrictEqual({
      id: 'white-house',
      ...nestedList('actor0_', firstRows(10)),
      ...nestedList('actor0_speaker0_', firstRows(10)),
    });
  });

  it('numbers the actor’s lists in the order asked, each with its own role and window', async () => {
    // actor(key) { claimsAbout(first: 5, role: SUBJECT) { totalCount … }
    //   claimsMade(first: 3, orderBy: STATED_ON_DESC) { … } }
    const claimsAbout = listRequest('about', { aboutRole: 'SUBJECT', window: firstRows(5, true) });
    const claimsMade = listRequest('spokenBy', { order: 'STATED_ON_DESC', window: firstRows(3) });
    const { cypher, params } = await statementOf((db) =>
      actorWithClaimLists(
        db,
        'white-house',
        new Map([
          ['actor.claimsAbout', claimsAbout],
          ['actor.claimsMade', claimsMade],
        ]),
      ),
    );
    // Where each list starts from and the variable its page lands in, in the order of the statement.
    const outline = formatCypher(cypher)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /\{id: parentId\}|AS actor_list_|lists: /.test(line));
    expect(outline).toEqual([
      'MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})',
      'MATCH (parent:Actor {id: parentId})',
      'MATCH (c:Claim)-[link:ABOUT]->(:Actor {id: parentId})',
      'RETURN {rows: rows, total: total} AS actor_list_0',
      'MATCH (parent:Actor {id: parentId})',
      'MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)',
      'RETURN {rows: rows, total: total} AS actor_list_1',
      'lists: [actor_list_0, actor_list_1]',
    ]);
    expect(params).toStrictEqual({
      id: 'white-house',
      ...nestedList('actor0_', firstRows(5), 'SUBJECT'),
      ...nestedList('actor1_', firstRows(3)),
    });
  });
});

describe('a claim list with claim lists under each claim', () => {
  it('pages the lists of every listed claim and its speaker in the statement of the list', async () => {
    // claims(first: 12, orderBy: STATED_ON_DESC) { edges { node { key disputes(first: 2) { totalCount … }
    //   speaker { claimsCarried: claimsMade(first: 1) { … } } } } }
    const disputes = listRequest('disputes', { window: firstRows(2, true) });
    const claimsCarried = listRequest('spokenBy', { window: firstRows(1) });
    const claims = listRequest('all', {
      order: 'STATED_ON_DESC',
      window: firstRows(12),
      parts: WITH_SPEAKER,
      nested: {
        ofClaim: new Map([['claims.edges.node.disputes', disputes]]),
        ofSpeaker: new Map([['claims.edges.node.speaker.claimsCarried', claimsCarried]]),
      },
    });
    const { cypher, params } = await statementOf((db) => claimPages(db, [''], claims));
    expect(formatCypher(cypher)).toMatchInlineSnapshot(`
      "WITH null AS shared
      UNWIND $parentIds AS parentId
      WITH parentId, shared, null AS total
      CALL (parentId) {
        CALL (parentId) {
          CALL (parentId) {
            MATCH (c:Claim) USING INDEX c:Claim(statedOn, id)
            WHERE c.statedOn IS NOT NULL AND c.id IS NOT NULL
            WITH c ORDER BY c.statedOn DESC, c.id DESC
            LIMIT 2000
            WITH c
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
            MATCH (c:Claim)
            WITH c
            ORDER BY c.statedOn IS NULL, c.statedOn DESC, c.id DESC
            SKIP $offset LIMIT $limit
            RETURN {c: c} AS sortedEntry
          }
          RETURN collect(sortedEntry) AS sortedPage
        }
        UNWIND CASE WHEN walked THEN walkedPage ELSE sortedPage END AS entry
        WITH entry.c AS c
        WITH collect({c: c}) AS fetched
        UNWIND range(0, size(fetched) - 1) AS position
        WITH fetched[position].c AS c, position < $limit - 1 AS shown
        CALL (c) { OPTIONAL MATCH (s:Actor)-[:STATED]->(c) RETURN s.id AS claim_speaker_id LIMIT 1 }
        WITH c, CASE WHEN shown THEN c.id END AS claim_id, CASE WHEN shown THEN claim_speaker_id END AS speaker_id
        CALL (claim_id) {
          WITH claim_id AS parentId, null AS shared
          CALL (parentId) {
            MATCH (:Claim {id: parentId})-[link:DISPUTES]->(c:Claim)
            WITH c, link
            RETURN count(*) AS total
          }
          CALL (parentId) {
            MATCH (:Claim {id: parentId})-[link:DISPUTES]->(c:Claim)
            WITH c, link
            ORDER BY c.statedOn ASC, c.id ASC
            SKIP $claim0_offset LIMIT $claim0_limit
            RETURN collect({claim: c {
                .id, .kind, .paraphrase
            }, role: link.role, rationale: link.rationale}) AS rows
          }
          RETURN {rows: rows, total: total} AS claim_list_0
        }
        CALL (speaker_id) {
          WITH speaker_id AS parentId, null AS shared
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
                LIMIT $speaker0_offset + $speaker0_limit
                RETURN {c: c} AS entry
              }
              WITH collect(entry) AS entries
              WITH entries, size(entries) = $speaker0_offset + $speaker0_limit AS walked
              WITH walked, CASE WHEN walked THEN entries[$speaker0_offset..] ELSE [] END AS walkedPage, count(*) AS grouped
              RETURN walked, walkedPage
            }
            CALL (parentId, walked) {
              WITH parentId WHERE NOT walked
              CALL (parentId) {
                MATCH (:Actor {id: parentId})-[:STATED]->(c:Claim)
                WITH c
                ORDER BY c.statedOn ASC, c.id ASC
                SKIP $speaker0_offset LIMIT $speaker0_limit
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
          RETURN {rows: rows, total: total} AS speaker_list_0
        }
        CALL (c) {
          OPTIONAL MATCH (claim_speaker:Actor)-[:STATED]->(c)
          RETURN claim_speaker LIMIT 1
        }
        RETURN collect({claim: c {
            .id, .kind, .paraphrase,
            speaker: claim_speaker {
              .id, .kind, .name,
              lists: [speaker_list_0]
            },
            lists: [claim_list_0]
        }, role: null, rationale: null}) AS rows
      }
      RETURN parentId, total, rows"
    `);
    expect(params).toStrictEqual({
      filter: {},
      aboutRole: null,
      textIndex: 'claim_text',
      textQuery: null,
      ...nestedList('claim0_', firstRows(2)),
      ...nestedList('speaker0_', firstRows(1)),
      offset: neo4j.int(0),
      limit: neo4j.int(13),
      parentIds: [''],
    });
  });
});
