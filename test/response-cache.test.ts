// The response cache against the real server and Neo4j: a read is served from the cache (no Cypher
// statement, Cache-Status: hit) until a write changes what it holds; then the next read is computed
// afresh and shows the write. For every mutation, on the entities it touches and on the lists they
// appear in; GET answers carry an ETag and are revalidated with 304; an editor can bypass the cache;
// answers with errors are never stored; each viewer's scopes key its answers.
import { describe, expect, it } from 'vitest';
import { accessFromEnv } from '../src/server/auth.ts';
import { inMemoryResponseStore } from '../src/server/plugins/response-cache-stores.ts';
import { type GraphQLResponse, startTestServer, useSeededServer } from './support/server.ts';
import { EDITOR_KEY, READER_KEY, TEST_ACCESS, UPSERT_CLAIMS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

const responseCache = () => ({ store: inMemoryResponseStore({ maxEntries: 1_000 }), ttlMs: 600_000 });

interface Answer {
  status: number;
  body: GraphQLResponse;
  headers: Headers;
}

describe('the response cache', () => {
  const live = useSeededServer({ access: TEST_ACCESS, responseCache: responseCache() });

  async function send(
    request: { method: 'GET' | 'POST'; query: string; variables?: Record<string, unknown> },
    headers: Record<string, string> = {},
    url = live.server.url,
  ): Promise<Answer> {
    const accept = { accept: 'application/graphql-response+json', ...headers };
    const variables = request.variables ?? {};
    const response =
      request.method === 'GET'
        ? await fetch(`${url}?${new URLSearchParams({ query: request.query, variables: JSON.stringify(variables) })}`, {
            headers: accept,
          })
        : await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...accept },
            body: JSON.stringify({ query: request.query, variables }),
          });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
  }
  const post = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
    send({ method: 'POST', query, variables }, headers);
  const get = (query: string, headers?: Record<string, string>) => send({ method: 'GET', query }, headers);
  const write = async (query: string, variables: Record<string, unknown>) => {
    const answer = await post(query, variables, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    return answer.body.data!;
  };

  const isHit = (answer: Answer) => {
    expect(answer.headers.get('cache-status')).toBe('claimgraph; hit');
    expect(answer.body.extensions?.cypherStatements).toBe(0);
  };

  /** Reads twice: the second answer comes from the cache, unchanged. */
  async function cached(query: string): Promise<Record<string, any>> {
    const first = await post(query);
    expect(first.body.errors, JSON.stringify(first.body.errors)).toBeUndefined();
    const second = await post(query);
    isHit(second);
    expect(second.body.data).toEqual(first.body.data);
    return second.body.data!;
  }

  /** Reads after a write: computed afresh from the graph. */
  async function fresh(query: string): Promise<Record<string, any>> {
    const answer = await post(query);
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect(answer.headers.get('cache-status'), query).toMatch(/^claimgraph; fwd=uri-miss/);
    expect(answer.body.extensions?.cypherStatements).toBeGreaterThan(0);
    return answer.body.data!;
  }

  /** Caches each read, runs the write, and returns each read as the graph now answers it. */
  async function aroundWrite<Name extends string>(
    reads: Record<Name, string>,
    writeIt: () => Promise<unknown>,
  ): Promise<Record<Name, { before: Record<string, any>; after: Record<string, any> }>> {
    const names = Object.keys(reads) as Name[];
    const before = new Map<Name, Record<string, any>>();
    for (const name of names) before.set(name, await cached(reads[name]));
    await writeIt();
    const result = {} as Record<Name, { before: Record<string, any>; after: Record<string, any> }>;
    for (const name of names) result[name] = { before: before.get(name)!, after: await fresh(reads[name]) };
    return result;
  }

  const china = [{ actor: 'china', role: 'MENTIONED' }];
  const keys = (connection: { edges: { node: { key: string } }[] }) => connection.edges.map((e) => e.node.key);

  const claim = (overrides: Record<string, unknown>) => ({
    kind: 'ASSERTION',
    cue: 'said',
    stated: { on: '2023-10-19' },
    evidence: [
      {
        article: 'ap-lavrov-dismisses-us-claims',
        text: 'Lavrov made a two-day trip to Pyongyang this week for talks on ways to boost the two countries’ ties',
      },
    ],
    ...overrides,
  });

  it('upsertClaims: a new claim appears in every list it belongs to, with the counts, and in its own lookup', async () => {
    const reads = await aroundWrite(
      {
        speaker: '{ actor(key: "sergey-lavrov") { claimsMade(first: 100) { totalCount edges { node { key } } } } }',
        subject: '{ actor(key: "kim-jong-un") { claimsAbout(first: 100) { totalCount edges { role node { key } } } } }',
        article:
          '{ article(key: "ap-lavrov-dismisses-us-claims") { claims(first: 100) { totalCount } evidence { totalCount } } }',
        placeAbove: '{ location(key: "north-korea") { claims(first: 100) { totalCount } } }',
        event: '{ event(key: "lavrov-pyongyang-trip-2023") { claims { totalCount } } }',
        lookup: '{ claim(key: "lavrov-trip-boosts-ties") { key paraphrase } }',
        filtered: '{ claims(filter: { speakers: ["sergey-lavrov"] }, first: 100) { totalCount } }',
        search:
          '{ search(text: "Lavrov travelled to boost ties", targets: [CLAIM]) { edges { node { ... on Claim { key } } } } }',
        timeline: '{ timeline(actor: "sergey-lavrov", first: 100) { totalCount } }',
        network: '{ actorNetwork(actor: "sergey-lavrov") { links { subject { key } claimCount } } }',
      },
      () =>
        write(UPSERT_CLAIMS, {
          input: [
            claim({
              id: 'lavrov-trip-boosts-ties',
              speaker: 'sergey-lavrov',
              paraphrase: 'Lavrov travelled to Pyongyang to boost ties with North Korea.',
              about: [{ actor: 'kim-jong-un', role: 'TARGET' }],
              locations: ['pyongyang'],
              events: ['lavrov-pyongyang-trip-2023'],
            }),
          ],
        }),
    );
    const { speaker, subject, article, placeAbove, event, lookup, filtered, search, timeline, network } = reads;
    expect(keys(speaker.after.actor.claimsMade)).toContain('lavrov-trip-boosts-ties');
    expect(speaker.after.actor.claimsMade.totalCount).toBe(speaker.before.actor.claimsMade.totalCount + 1);
    expect(subject.after.actor.claimsAbout.edges).toContainEqual({
      role: 'TARGET',
      node: { key: 'lavrov-trip-boosts-ties' },
    });
    expect(subject.after.actor.claimsAbout.totalCount).toBe(subject.before.actor.claimsAbout.totalCount + 1);
    expect(article.after.article.claims.totalCount).toBe(article.before.article.claims.totalCount + 1);
    expect(article.after.article.evidence.totalCount).toBe(article.before.article.evidence.totalCount + 1);
    expect(placeAbove.after.location.claims.totalCount).toBe(placeAbove.before.location.claims.totalCount + 1);
    expect(event.after.event.claims.totalCount).toBe(event.before.event.claims.totalCount + 1);
    expect(lookup.before.claim).toBeNull();
    expect(lookup.after.claim.key).toBe('lavrov-trip-boosts-ties');
    expect(filtered.after.claims.totalCount).toBe(filtered.before.claims.totalCount + 1);
    expect(search.after.search.edges.map((e: any) => e.node.key)).toContain('lavrov-trip-boosts-ties');
    expect(timeline.after.timeline.totalCount).toBe(timeline.before.timeline.totalCount + 1);
    const toKim = (data: any) =>
      data.actorNetwork.links.find((l: any) => l.subject.key === 'kim-jong-un')?.claimCount ?? 0;
    expect(toKim(network.after)).toBe(toKim(network.before) + 1);
  });

  it('upsertClaims: a claim written again leaves its former speaker and subjects, and shows its new words', async () => {
    const input = (speaker: string, subject: string, paraphrase: string) => ({
      input: [claim({ id: 'moving-claim', speaker, paraphrase, about: [{ actor: subject, role: 'SUBJECT' }] })],
    });
    await write(UPSERT_CLAIMS, input('john-kirby', 'china', 'China is watching the talks.'));
    const reads = await aroundWrite(
      {
        formerSpeaker: '{ actor(key: "john-kirby") { claimsMade(first: 100) { edges { node { key paraphrase } } } } }',
        newSpeaker: '{ actor(key: "vladimir-putin") { claimsMade(first: 100) { edges { node { key } } } } }',
        formerSubject: '{ actor(key: "china") { claimsAbout(first: 100) { totalCount edges { node { key } } } } }',
        newSubject: '{ actor(key: "south-korea") { claimsAbout(first: 100) { edges { node { key } } } } }',
        lookup: '{ claim(key: "moving-claim") { paraphrase speaker { key } about { role actor { key } } } }',
      },
      () => write(UPSERT_CLAIMS, input('vladimir-putin', 'south-korea', 'South Korea is watching the talks.')),
    );
    expect(reads.formerSpeaker.before.actor.claimsMade.edges).toContainEqual({
      node: { key: 'moving-claim', paraphrase: 'China is watching the talks.' },
    });
    expect(keys(reads.formerSpeaker.after.actor.claimsMade)).not.toContain('moving-claim');
    expect(keys(reads.newSpeaker.after.actor.claimsMade)).toContain('moving-claim');
    expect(keys(reads.formerSubject.after.actor.claimsAbout)).not.toContain('moving-claim');
    expect(reads.formerSubject.after.actor.claimsAbout.totalCount).toBe(
      reads.formerSubject.before.actor.claimsAbout.totalCount - 1,
    );
    expect(keys(reads.newSubject.after.actor.claimsAbout)).toContain('moving-claim');
    expect(reads.lookup.after.claim).toEqual({
      paraphrase: 'South Korea is watching the talks.',
      speaker: { key: 'vladimir-putin' },
      about: [{ role: 'SUBJECT', actor: { key: 'south-korea' } }],
    });
  });

  it('upsertActors: a new name shows inside cached claims, finds the actor by name, and moves its ties', async () => {
    const reads = await aroundWrite(
      {
        speakerInClaim: '{ claim(key: "kim-calls-for-nuclear-expansion") { speaker { name } } }',
        byName: '{ actor(name: "Kim Jong-un") { key } }',
        list: '{ actors(name: "Jong-un") { totalCount } }',
        affiliates: '{ actor(key: "north-korean-parliament") { affiliates { actor { key } role } } }',
        based: '{ location(key: "moscow") { actorsBasedHere { key } } }',
        formerBase: '{ location(key: "pyongyang") { actorsBasedHere { key } } }',
      },
      () =>
        write(`mutation($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }`, {
          input: [
            {
              id: 'kim-jong-un',
              kind: 'PERSON',
              name: 'Kim Jong-un',
              basedIn: 'moscow',
              affiliations: [{ actor: 'north-korean-parliament', role: 'speaker' }],
            },
          ],
        }),
    );
    expect(reads.speakerInClaim.before.claim.speaker.name).toBe('Kim Jong Un');
    expect(reads.speakerInClaim.after.claim.speaker.name).toBe('Kim Jong-un');
    expect(reads.byName.before.actor).toBeNull();
    expect(reads.byName.after.actor).toEqual({ key: 'kim-jong-un' });
    expect(reads.list.after.actors.totalCount).toBe(reads.list.before.actors.totalCount + 1);
    expect(reads.affiliates.after.actor.affiliates).toContainEqual({ actor: { key: 'kim-jong-un' }, role: 'speaker' });
    expect(reads.based.after.location.actorsBasedHere).toContainEqual({ key: 'kim-jong-un' });
    expect(reads.formerBase.before.location.actorsBasedHere).toContainEqual({ key: 'kim-jong-un' });
    expect(reads.formerBase.after.location.actorsBasedHere).not.toContainEqual({ key: 'kim-jong-un' });
  });

  it('upsertArticle: a new title shows through cached claims and lists; a new article is found', async () => {
    const { article } = await cached(
      '{ article(key: "ap-us-says-north-korea-delivered-containers") { key title publishedAt datelineText body sourceFile } }',
    );
    const UPSERT_ARTICLE = 'mutation($input: ArticleInput!) { upsertArticle(input: $input) { articles { key } } }';
    const reads = await aroundWrite(
      {
        inClaim:
          '{ claim(key: "white-house-1000-containers") { evidence { edges { node { article { key title } } } } } }',
        outlet:
          '{ actor(key: "associated-press") { ... on MediaOutlet { articles { totalCount edges { node { title } } } } } }',
        list: '{ articles { totalCount } }',
        lookup: '{ article(key: "ap-containers-copy") { title } }',
      },
      async () => {
        const { key, ...fields } = article;
        const outletAndPlace = { outlet: 'associated-press', dateline: 'washington' };
        await write(UPSERT_ARTICLE, {
          input: { id: key, ...fields, ...outletAndPlace, title: 'Containers reached Russia' },
        });
        await write(UPSERT_ARTICLE, { input: { id: 'ap-containers-copy', ...fields, ...outletAndPlace } });
      },
    );
    const titles = (data: any) => data.claim.evidence.edges.map((e: any) => e.node.article.title);
    expect(titles(reads.inClaim.before)).not.toContain('Containers reached Russia');
    expect(titles(reads.inClaim.after)).toContain('Containers reached Russia');
    expect(reads.outlet.after.actor.articles.totalCount).toBe(reads.outlet.before.actor.articles.totalCount + 1);
    expect(reads.outlet.after.actor.articles.edges).toContainEqual({ node: { title: 'Containers reached Russia' } });
    expect(reads.list.after.articles.totalCount).toBe(reads.list.before.articles.totalCount + 1);
    expect(reads.lookup.before.article).toBeNull();
    expect(reads.lookup.after.article).toEqual({ title: article.title });
  });

  it('upsertLocations: a new place is found and contained; a moved place changes every filter by place', async () => {
    const UPSERT_LOCATIONS =
      'mutation($input: [LocationInput!]!) { upsertLocations(input: $input) { locations { key } } }';
    const reads = await aroundWrite(
      {
        contains: '{ location(key: "north-korea") { contains { key } } }',
        list: '{ locations { totalCount } }',
        lookup: '{ location(key: "wonsan") { name within { key } } }',
        // Filters by place elsewhere: the White House's claim about the route concerns Dunay.
        filtered: '{ actor(key: "white-house") { claimsMade(filter: { locations: ["china"] }) { totalCount } } }',
        newAbove: '{ location(key: "china") { claims { totalCount } } }',
        formerAbove: '{ location(key: "russia") { contains { key } } }',
      },
      () =>
        write(UPSERT_LOCATIONS, {
          input: [
            { id: 'wonsan', name: 'Wonsan', kind: 'CITY', latitude: 39.15, longitude: 127.44, within: 'north-korea' },
            { id: 'dunay', name: 'Dunay', kind: 'PORT', latitude: 42.89, longitude: 132.35, within: 'china' },
          ],
        }),
    );
    expect(reads.contains.after.location.contains).toContainEqual({ key: 'wonsan' });
    expect(reads.list.after.locations.totalCount).toBe(reads.list.before.locations.totalCount + 1);
    expect(reads.lookup.before.location).toBeNull();
    expect(reads.lookup.after.location).toEqual({ name: 'Wonsan', within: { key: 'north-korea' } });
    expect(reads.filtered.after.actor.claimsMade.totalCount).toBe(
      reads.filtered.before.actor.claimsMade.totalCount + 1,
    );
    expect(reads.newAbove.after.location.claims.totalCount).toBeGreaterThan(
      reads.newAbove.before.location.claims.totalCount,
    );
    expect(reads.formerAbove.after.location.contains).not.toContainEqual({ key: 'dunay' });
  });

  it('upsertEvents: a new event is listed, found, part of its parent and of its participants’ lists; a renamed one shows in claims', async () => {
    const UPSERT_EVENTS = 'mutation($input: [EventInput!]!) { upsertEvents(input: $input) { events { key } } }';
    const reads = await aroundWrite(
      {
        inClaim: '{ claim(key: "lavrov-talks-comprehensive") { events { key name } } }',
        list: '{ events { totalCount } }',
        lookup: '{ event(key: "kim-cosmodrome-visit-2023") { name partOf { key } } }',
        parts: '{ event(key: "kim-russia-visit-2023") { parts { key } } }',
        participations: '{ actor(key: "vladimir-putin") { participations { event { key } role } } }',
        place: '{ location(key: "russia") { events { totalCount } } }',
      },
      () =>
        write(UPSERT_EVENTS, {
          input: [
            {
              id: 'lavrov-kim-talks-2023',
              name: 'Talks in Pyongyang',
              description: 'Lavrov’s talks with Kim Jong Un in Pyongyang.',
              start: '2023-10-19',
            },
            {
              id: 'kim-cosmodrome-visit-2023',
              name: 'Visit to the Vostochny cosmodrome',
              description: 'Kim and Putin at the Vostochny cosmodrome.',
              start: '2023-09-13',
              partOf: 'kim-russia-visit-2023',
              places: [{ location: 'russia', role: 'VENUE' }],
              participants: [{ actor: 'vladimir-putin', role: 'host' }],
            },
          ],
        }),
    );
    const names = (data: any) => data.claim.events.map((e: any) => e.name);
    expect(names(reads.inClaim.before)).not.toContain('Talks in Pyongyang');
    expect(names(reads.inClaim.after)).toContain('Talks in Pyongyang');
    expect(reads.list.after.events.totalCount).toBe(reads.list.before.events.totalCount + 1);
    expect(reads.lookup.before.event).toBeNull();
    expect(reads.lookup.after.event).toEqual({
      name: 'Visit to the Vostochny cosmodrome',
      partOf: { key: 'kim-russia-visit-2023' },
    });
    expect(reads.parts.after.event.parts).toContainEqual({ key: 'kim-cosmodrome-visit-2023' });
    expect(reads.participations.after.actor.participations).toContainEqual({
      event: { key: 'kim-cosmodrome-visit-2023' },
      role: 'host',
    });
    expect(reads.place.after.location.events.totalCount).toBe(reads.place.before.location.events.totalCount + 1);
  });

  it('linkClaims: a dispute shows on the disputed claim, and in every filter on being disputed', async () => {
    const reads = await aroundWrite(
      {
        disputed:
          '{ claim(key: "kirby-kim-seeks-weapons-technology") { disputedBy { totalCount edges { rationale node { key } } } } }',
        disputing: '{ claim(key: "lavrov-friendship-not-against-anyone") { disputes { totalCount } } }',
        speakerFilter: '{ actor(key: "john-kirby") { claimsMade(filter: { disputed: true }) { totalCount } } }',
        subjectFilter:
          '{ actor(key: "sergey-lavrov") { claimsMade(filter: { disputesAnother: true }) { totalCount } } }',
        rootFilter: '{ claims(filter: { disputed: true }) { totalCount } }',
      },
      () =>
        write('mutation($input: [ClaimLinkInput!]!) { linkClaims(input: $input) { claims { claim { key } } } }', {
          input: [
            {
              from: 'lavrov-friendship-not-against-anyone',
              to: 'kirby-kim-seeks-weapons-technology',
              kind: 'DISPUTES',
              rationale: 'Lavrov says the ties threaten no one.',
            },
          ],
        }),
    );
    expect(reads.disputed.after.claim.disputedBy.edges).toContainEqual({
      rationale: 'Lavrov says the ties threaten no one.',
      node: { key: 'lavrov-friendship-not-against-anyone' },
    });
    expect(reads.disputing.after.claim.disputes.totalCount).toBe(reads.disputing.before.claim.disputes.totalCount + 1);
    expect(reads.speakerFilter.after.actor.claimsMade.totalCount).toBe(
      reads.speakerFilter.before.actor.claimsMade.totalCount + 1,
    );
    expect(reads.subjectFilter.after.actor.claimsMade.totalCount).toBe(
      reads.subjectFilter.before.actor.claimsMade.totalCount + 1,
    );
    expect(reads.rootFilter.after.claims.totalCount).toBe(reads.rootFilter.before.claims.totalCount + 1);
  });

  it('upsertGraph: a whole story appears under its place, its subject and its outlet', async () => {
    const reads = await aroundWrite(
      {
        speaker: '{ actor(key: "dmytro-kuleba") { name claimsMade { totalCount } } }',
        place: '{ location(key: "ukraine") { contains { key } } }',
        subject: '{ actor(key: "north-korea") { claimsAbout(first: 100) { totalCount } } }',
        outlet: '{ actor(key: "associated-press") { ... on MediaOutlet { articles { totalCount } } } }',
      },
      () => write(UPSERT_GRAPH, { input: wholeStory() }),
    );
    expect(reads.speaker.before.actor).toBeNull();
    expect(reads.speaker.after.actor).toEqual({ name: 'Dmytro Kuleba', claimsMade: { totalCount: 1 } });
    expect(reads.place.after.location.contains).toContainEqual({ key: 'kyiv' });
    expect(reads.subject.after.actor.claimsAbout.totalCount).toBe(
      reads.subject.before.actor.claimsAbout.totalCount + 1,
    );
    expect(reads.outlet.after.actor.articles.totalCount).toBe(reads.outlet.before.actor.articles.totalCount + 1);
  });

  it('readArticle with commit: what it stores is found; reading without commit drops nothing', async () => {
    const READ = `mutation($page: PageInput!, $commit: Boolean) { readArticle(page: $page, commit: $commit) { articleKey } }`;
    const page = {
      content: `Title: Port authority denies that cranes were sold abroad
Date: 2024-03-08 09:15:00
Outlet: Coastal Wire

PORTLAND, Maine (Coastal Wire) — The Maine Port Authority on Thursday denied that it had sold two container cranes to a foreign buyer.
“No crane has left this port, and none will,” authority spokeswoman Dana Whitlock told reporters.`,
      source: 'https://coastal.example/cranes',
    };
    const reads = {
      speaker: '{ actor(name: "Dana Whitlock") { claimsMade { totalCount } } }',
      list: '{ articles { totalCount } }',
    };
    for (const query of Object.values(reads)) await cached(query);
    await write(READ, { page, commit: false });
    for (const query of Object.values(reads)) isHit(await post(query));
    await write(READ, { page, commit: true });
    expect((await fresh(reads.speaker)).actor.claimsMade.totalCount).toBeGreaterThan(0);
    expect((await fresh(reads.list)).articles.totalCount).toBeGreaterThan(0);
  });

  it('a refused write drops nothing, and a mutation is never served from the cache', async () => {
    const query = '{ actor(key: "white-house") { claimsMade { totalCount } } }';
    await cached(query);
    const refused = await post(
      UPSERT_CLAIMS,
      { input: [claim({ id: 'refused-claim', speaker: 'nobody-at-all', paraphrase: 'Refused.', about: china })] },
      { authorization: `Bearer ${EDITOR_KEY}` },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    isHit(await post(query));

    const input = {
      input: [claim({ id: 'twice-written', speaker: 'john-kirby', paraphrase: 'Twice.', about: china })],
    };
    const created = (await write(UPSERT_CLAIMS, input)).upsertClaims.claims[0];
    const again = await post(UPSERT_CLAIMS, input, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(created.created).toBe(true);
    expect(again.body.data!.upsertClaims.claims[0].created).toBe(false);
    expect(again.body.extensions?.cypherStatements).toBeGreaterThan(0);
    expect(again.headers.get('cache-status')).toBeNull();
  });

  it('GET: an ETag of the answer, revalidated with 304 until a write changes it', async () => {
    // The actors' list is dropped by any claim written, yet its count of groups stays the same.
    const query = '{ actor(key: "south-korean-officials") { name } actors(kinds: [GROUP]) { totalCount } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toMatch(/Authorization/);

    const notModified = await get(query, { 'if-none-match': etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(notModified.headers.get('cache-status')).toBe('claimgraph; hit');
    expect(await get(query, { 'if-none-match': `W/${etag}, "another"` })).toMatchObject({ status: 304 });
    expect((await get(query, { 'if-none-match': '"another"' })).status).toBe(200);

    // A claim written drops the answer; computed again it is the same, and so is its ETag.
    await write(UPSERT_CLAIMS, {
      input: [claim({ id: 'elsewhere', speaker: 'john-kirby', paraphrase: 'Elsewhere.', about: china })],
    });
    const unchanged = await get(query, { 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('cache-status')).toBe('claimgraph; fwd=uri-miss; stored');

    await write(`mutation($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }`, {
      input: [{ id: 'south-korean-officials', kind: 'GROUP', name: 'Officials in Seoul' }],
    });
    const changed = await get(query, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.body.data!.actor.name).toBe('Officials in Seoul');
    expect(changed.headers.get('etag')).not.toBe(etag);

    const withKey = await get(query, { authorization: `Bearer ${READER_KEY}` });
    expect(withKey.headers.get('cache-control')).toBe('private, no-cache');
    const failing = await get('{ actor(key: "Not A Key!") { key } }');
    expect(failing.body.errors).toBeDefined();
    expect(failing.headers.get('cache-control')).toBe('no-store');
    expect(failing.headers.get('etag')).toBeNull();
  });

  it('an editor bypasses the cache with Cache-Control: no-cache; anyone else is served from it', async () => {
    const query = '{ claim(key: "lavrov-no-comment-on-rumors") { paraphrase speaker { name } } }';
    await cached(query);
    const editor = await post(query, {}, { authorization: `Bearer ${EDITOR_KEY}`, 'cache-control': 'no-cache' });
    expect(editor.headers.get('cache-status')).toBe('claimgraph; fwd=bypass');
    expect(editor.body.extensions?.cypherStatements).toBeGreaterThan(0);
    isHit(await post(query, {}, { 'cache-control': 'no-cache' }));
    const reader = { authorization: `Bearer ${READER_KEY}`, 'cache-control': 'no-store' };
    await post(query, {}, reader);
    isHit(await post(query, {}, reader));
  });

  it('never stores an answer with errors, even partial', async () => {
    const query = '{ claim(key: "lavrov-no-comment-on-rumors") { key } actor(key: "Not A Key!") { key } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(query);
      expect(answer.body.data?.claim).toEqual({ key: 'lavrov-no-comment-on-rumors' });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.headers.get('cache-status')).toBe('claimgraph; fwd=uri-miss');
    }
  });

  it('keys answers by the viewer’s rights: an answer cached for a key never reaches a request without one', async () => {
    const access = accessFromEnv({
      CLAIMGRAPH_API_KEYS: `newsroom:${EDITOR_KEY},dashboard:${READER_KEY}:reader`,
      CLAIMGRAPH_READS_REQUIRE_AUTH: 'true',
    });
    const server = await startTestServer(live.db, undefined, { access, responseCache: responseCache() });
    try {
      const query = { method: 'POST' as const, query: '{ actor(key: "china") { name } }' };
      const reader = { authorization: `Bearer ${READER_KEY}` };
      await send(query, reader, server.url);
      const cachedForReader = await send(query, reader, server.url);
      expect(cachedForReader.headers.get('cache-status')).toBe('claimgraph; hit');
      const anonymous = await send(query, {}, server.url);
      expect(anonymous.body.data?.actor ?? null).toBeNull();
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const editor = await send(query, { authorization: `Bearer ${EDITOR_KEY}` }, server.url);
      expect(editor.headers.get('cache-status')).toBe('claimgraph; fwd=uri-miss; stored');
    } finally {
      await server.close();
    }
  });
});

describe('the in-process store', () => {
  it('refuses an answer whose computation began before an invalidation', () => {
    const store = inMemoryResponseStore({ maxEntries: 10 });
    const began = store.generation() as number;
    store.invalidate(['Claim:a']);
    expect(store.set('key', { data: { a: 1 } }, ['Claim:a'], 1_000, began)).toBe(false);
    expect(store.get('key')).toBeFalsy();
    expect(store.set('key', { data: { a: 1 } }, ['Claim:a'], 1_000, store.generation() as number)).toBe(true);
    expect(store.get('key')).toEqual({ data: { a: 1 } });
    store.invalidate(['Claim:a']);
    expect(store.get('key')).toBeFalsy();
  });
});
