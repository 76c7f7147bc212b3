// An actor with thousands of claims has its lists' pages walked through the claims' date index
// (actorWalk in src/neo4j/reads/claims.ts), forwards for oldest first and backwards for newest
// first, rather than sorted from all of them; so has the list of all claims filtered on their own
// properties (claimsWalk), from the first date of the filter's range. The walk must give exactly the page the sort gives,
// whatever the order, filter, role or window, and must read far fewer records than the actor has
// claims. Through the API, newest first pages through the same claims as oldest first, reversed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimRecord, emptyGraphBatch, type GraphBatch } from '../src/model/graph.ts';
import type { GraphDatabase } from '../src/neo4j/driver.ts';
import { type ClaimFilter, type ClaimListRequest, type ClaimOrder, claimPages } from '../src/neo4j/reads/claims.ts';
import { writeGraphBatch } from '../src/neo4j/writes/graph-batch.ts';
import { BARE_ROW } from './cypher/requests.ts';
import { connectTestGraph, reseed } from './support/graph.ts';
import { type GraphQLResponse, startTestServer } from './support/server.ts';

const CLAIMS = 9_000;
const DENSE = 'dense-actor';

/**
 * 9,000 claims over 28 days (so a day holds hundreds, and the id decides within it), a fiftieth of
 * them undated. The dense actor states nine in ten of them and is the subject or target of eight
 * in nine; nine of them are denials.
 */
function denseClaims(): ClaimRecord[] {
  return Array.from({ length: CLAIMS }, (_, i) => ({
    id: `dense-claim-${String((i * 7919) % CLAIMS).padStart(4, '0')}`,
    kind: i % 1000 === 1 ? ('DENIAL' as const) : ('ASSERTION' as const),
    paraphrase: `Dense claim ${i}`,
    quote: null,
    cue: 'said',
    stated:
      i % 50 === 0
        ? null
        : { date: `2020-02-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'DAY' as const, text: null },
    speakerId: i % 10 === 0 ? 'other-actor' : DENSE,
    onBehalfOfId: null,
    channelId: null,
    about: i % 9 === 0 ? [] : [{ actorId: DENSE, role: i % 2 === 0 ? ('SUBJECT' as const) : ('TARGET' as const) }],
    locationIds: [],
    eventIds: [],
    confidence: null,
  }));
}

function denseBatch(claims: ClaimRecord[]): GraphBatch {
  const actor = (id: string) => ({
    id,
    kind: 'PERSON' as const,
    name: id,
    aliases: [],
    description: null,
    basedInId: null,
    affiliations: [],
  });
  return { ...emptyGraphBatch(), actors: [actor(DENSE), actor('other-actor')], claims };
}

const ORDERS: ClaimOrder[] = ['STATED_ON_ASC', 'STATED_ON_DESC'];

/**
 * The list's order. Oldest first: by date, then by id, undated last. Newest first: that order
 * reversed, the undated claims kept last.
 */
function inListOrder(claims: ClaimRecord[], order: ClaimOrder): ClaimRecord[] {
  const date = (claim: ClaimRecord) => claim.stated?.date ?? '\uffff';
  const oldestFirst = [...claims].sort((a, b) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id));
  if (order === 'STATED_ON_ASC') return oldestFirst;
  return [
    ...oldestFirst.filter((claim) => claim.stated !== null).reverse(),
    ...oldestFirst.filter((claim) => claim.stated === null).reverse(),
  ];
}

/** Runs every statement under PROFILE, adding up the records Neo4j read. */
function profiled(db: GraphDatabase): { db: GraphDatabase; dbHits: () => number } {
  let hits = 0;
  const sum = (plan: { dbHits: number; children: unknown[] }): number =>
    plan.dbHits + plan.children.reduce<number>((total, child) => total + sum(child as typeof plan), 0);
  return {
    db: {
      ...db,
      async query(cypher, params) {
        const result = await db.query(`PROFILE ${cypher}`, params);
        hits += sum(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
        return result;
      },
    },
    dbHits: () => hits,
  };
}

describe('lists of an actor with thousands of claims', () => {
  let db: GraphDatabase;
  const claims = denseClaims();

  beforeAll(async () => {
    db = connectTestGraph();
    await reseed(db);
    await writeGraphBatch(db, denseBatch(claims));
  });
  afterAll(async () => {
    await reseed(db);
    await db.close();
  });

  async function page(listRequest: ClaimListRequest): Promise<{ ids: string[]; dbHits: number }> {
    const counting = profiled(db);
    const [result] = await claimPages(counting.db, [DENSE], listRequest);
    return { ids: result!.rows.map((row) => row.claim.id), dbHits: counting.dbHits() };
  }

  const spoken = claims.filter((claim) => claim.speakerId === DENSE);
  const about = claims.filter((claim) => claim.about.length > 0);

  describe.each(ORDERS)('in order %s', (order) => {
    const request = (
      scope: 'all' | 'spokenBy' | 'about',
      filter: ClaimFilter,
      offset = 0,
      limit = 11,
    ): ClaimListRequest => ({
      scope,
      filter,
      order,
      window: { offset, limit, counted: false },
    });
    const expected = (list: ClaimRecord[], offset = 0, limit = 11) =>
      inListOrder(list, order)
        .slice(offset, offset + limit)
        .map((claim) => claim.id);

    it('walks to the first page of the claims the actor made, reading a fraction of them', async () => {
      const { ids, dbHits } = await page(request('spokenBy', {}));
      expect(ids).toEqual(expected(spoken));
      // Sorting them all reads each claim's relationship and two properties: over 24,000 records;
      // a walk that reads and sorts its whole budget of 2,000 claims, over 13,000.
      expect(dbHits).toBeLessThan(spoken.length / 4);
    });

    it('walks the claims about the actor, in a role too', async () => {
      const all = await page(request('about', {}));
      expect(all.ids).toEqual(expected(about));
      expect(all.dbHits).toBeLessThan(about.length / 4);

      const targeted = await page({ ...request('about', {}), aboutRole: 'TARGET' });
      expect(targeted.ids).toEqual(expected(about.filter((claim) => claim.about[0]!.role === 'TARGET')));
    });

    it('walks all claims of some kinds in a date range from its first date, and sorts where the walk gives up', async () => {
      const range = { statedFrom: '2020-02-03', statedTo: '2020-02-20' };
      const inRange = claims.filter(
        (claim) => claim.stated && claim.stated.date >= range.statedFrom && claim.stated.date <= range.statedTo,
      );
      const asserted = await page(request('all', { ...range, kinds: ['ASSERTION'] }));
      expect(asserted.ids).toEqual(expected(inRange.filter((claim) => claim.kind === 'ASSERTION')));
      // Sorting the 5,500 assertions in the range reads two properties of each: over 11,000 records.
      // The walk read about 200 here, and 2,890 in one run of the whole suite (newest first).
      expect(asserted.dbHits).toBeLessThan(inRange.length);

      // The rare kind and the deep page are past the walk's budget.
      const denied = inRange.filter((claim) => claim.kind === 'DENIAL');
      const denials = await page(request('all', { ...range, kinds: ['DENIAL'] }));
      expect(denials.ids).toEqual(expected(denied));
      expect(denials.ids).toHaveLength(denied.length);
      const deep = await page(request('all', range, 2_500, 11));
      expect(deep.ids).toEqual(expected(inRange, 2_500, 11));
    });

    it('gives the sorted page where the walk gives up: deep pages, rare kinds, the last page, undated claims', async () => {
      // Past the 2,000 claims the walk reads at most.
      const deep = await page(request('spokenBy', {}, 2_500, 11));
      expect(deep.ids).toEqual(expected(spoken, 2_500, 11));

      const denied = spoken.filter((claim) => claim.kind === 'DENIAL');
      const denials = await page(request('spokenBy', { kinds: ['DENIAL'] }));
      expect(denials.ids).toEqual(expected(denied));
      expect(denials.ids).toHaveLength(denied.length);
      const lastDenials = await page(request('spokenBy', { kinds: ['DENIAL'] }, 5, 11));
      expect(lastDenials.ids).toEqual(expected(denied, 5, 11));
      expect(lastDenials.ids).toHaveLength(denied.length - 5);

      const undated = await page(request('about', { dated: false }));
      expect(undated.ids).toEqual(expected(about.filter((claim) => claim.stated === null)));
      expect(undated.ids).toHaveLength(11);
    });
  });

  it('sorts a page of claims with their speakers and links reading no more than without them', async () => {
    // Past the walk's budget, so the page is sorted from all 8,100 claims the actor made. A subquery
    // expression in the row (COLLECT { }) would turn off Neo4j's property caching for the whole
    // statement, and the sort would read both keys of every one of them twice: 16,200 records more.
    const deep = {
      scope: 'spokenBy',
      filter: {},
      order: 'STATED_ON_ASC',
      window: { offset: 2_500, limit: 11, counted: false },
    } as const;
    const bare = await page({ ...deep, parts: BARE_ROW });
    const whole = await page(deep);
    expect(whole.ids).toEqual(bare.ids);
    expect(whole.dbHits - bare.dbHits).toBeLessThan(1_000);
  });

  it('pages newest first, through the API, through the claims of oldest first reversed, undated last', async () => {
    const server = await startTestServer(db);
    type ClaimsAbout = {
      actor: {
        claimsAbout: { edges: { node: { key: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    };
    /** Every claim the actor is the target of, in pages of 100 followed by their cursors. */
    async function pagedKeys(orderBy: ClaimOrder): Promise<string[]> {
      const keys: string[] = [];
      for (let after: string | null = null; ; ) {
        const { data, errors }: GraphQLResponse<ClaimsAbout> = await server.query<ClaimsAbout>(
          `query($after: String, $orderBy: ClaimOrder) {
            actor(key: "${DENSE}") {
              claimsAbout(role: TARGET, first: 100, after: $after, orderBy: $orderBy) {
                edges { node { key } } pageInfo { hasNextPage endCursor }
              }
            }
          }`,
          { after, orderBy },
        );
        expect(errors, `${orderBy} after ${keys.length}: ${JSON.stringify(errors)}`).toBeUndefined();
        const list: ClaimsAbout['actor']['claimsAbout'] = data!.actor.claimsAbout;
        keys.push(...list.edges.map((edge) => edge.node.key));
        if (!list.pageInfo.hasNextPage) return keys;
        after = list.pageInfo.endCursor;
      }
    }
    try {
      const targeted = about.filter((claim) => claim.about[0]!.role === 'TARGET');
      const [oldestFirst, newestFirst] = [await pagedKeys('STATED_ON_ASC'), await pagedKeys('STATED_ON_DESC')];
      expect(oldestFirst).toEqual(inListOrder(targeted, 'STATED_ON_ASC').map((claim) => claim.id));
      const undated = new Set(targeted.filter((claim) => claim.stated === null).map((claim) => claim.id));
      const dated = (keys: string[]) => keys.filter((key) => !undated.has(key));
      expect(dated(newestFirst)).toEqual(dated(oldestFirst).reverse());
      expect(newestFirst.slice(-undated.size)).toEqual(oldestFirst.slice(-undated.size).reverse());
    } finally {
      await server.close();
    }
  });
});
