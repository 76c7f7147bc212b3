// The write API against the real server and database: upserts appear in the existing queries with
// their evidence anchored, are idempotent, replace what a record says about itself, and a request
// with any bad record changes nothing.
import { describe, expect, it } from 'vitest';
import { fingerprint } from './support/graph.ts';
import { useSeededServer } from './support/server.ts';
import {
  article,
  EDITOR_KEY,
  KYIV_BODY,
  kuleba,
  kyiv,
  shellsClaim,
  TEST_ACCESS,
  UPSERT_CLAIMS,
  UPSERT_GRAPH,
  wholeStory,
} from './support/writes.ts';

describe('the write API', () => {
  const live = useSeededServer({ access: TEST_ACCESS });
  const write = (query: string, input: unknown) => live.server.query(query, { input }, EDITOR_KEY);

  /** A write that must be refused: BAD_USER_INPUT, the graph unchanged; returns the message. */
  const refused = async (query: string, input: unknown) => {
    const before = await fingerprint(live.db);
    const response = await write(query, input);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fingerprint(live.db)).toBe(before);
    return response.errors![0]!.message;
  };
  const UPSERT_ARTICLE = /* GraphQL */ `mutation($input: ArticleInput!) { upsertArticle(input: $input) { articles { key body } } }`;

  it('stores an article, its actors and a claim, which the queries then find with exact offsets', async () => {
    const response = await write(UPSERT_GRAPH, wholeStory());
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data!.upsertGraph.claims).toEqual([
      {
        created: true,
        claim: {
          id: Buffer.from('Claim:kuleba-north-korean-shells').toString('base64'),
          key: 'kuleba-north-korean-shells',
          paraphrase: 'North Korean shells hit Kharkiv.',
          speaker: { key: 'dmytro-kuleba' },
          about: [{ role: 'SUBJECT', actor: { key: 'north-korea' } }],
        },
      },
    ]);
    const read = await live.server.query(`{
      actor(key: "dmytro-kuleba") {
        affiliations { role actor { key } }
        claimsMade { edges { node { key quote evidence { edges { node { text start end prefix suffix article { key dateline { key within { key } } outlet { key } } } } } } } }
      }
      search(text: "North Korean shells hit Kharkiv") { edges { node { __typename ... on Claim { key } } } }
    }`);
    expect(read.errors).toBeUndefined();
    const { actor, search } = read.data!;
    expect(actor.affiliations).toEqual([{ role: 'foreign minister', actor: { key: 'ukraine' } }]);
    const [claim] = actor.claimsMade.edges.map((e: any) => e.node);
    const text = '“These are North Korean shells,” Dmytro Kuleba told reporters.';
    const start = KYIV_BODY.indexOf(text);
    expect(claim.evidence.edges[0].node).toEqual({
      text,
      start,
      end: start + text.length,
      prefix: KYIV_BODY.slice(start - 32, start),
      suffix: KYIV_BODY.slice(start + text.length, start + text.length + 32),
      article: {
        key: 'ap-kuleba-north-korean-shells',
        dateline: { key: 'kyiv', within: { key: 'ukraine' } },
        outlet: { key: 'associated-press' },
      },
    });
    expect(search.edges.map((e: any) => e.node.key)).toContain('kuleba-north-korean-shells');
  });

  it('is idempotent: the same request again leaves an identical graph and reports an update', async () => {
    const before = await fingerprint(live.db);
    const again = await write(UPSERT_GRAPH, wholeStory());
    expect(again.errors).toBeUndefined();
    expect(again.data!.upsertGraph.claims[0].created).toBe(false);
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('writes curated claims only: a claim input takes no origin and no confidence', async () => {
    const read = await live.server.query(
      '{ claim(key: "kuleba-north-korean-shells") { provenance { origin extractor extractorVersion confidence } } }',
    );
    expect(read.data!.claim.provenance).toEqual({
      origin: 'CURATED',
      extractor: null,
      extractorVersion: null,
      confidence: null,
    });
    const before = await fingerprint(live.db);
    for (const field of [{ origin: 'EXTRACTED' }, { confidence: 0.9 }]) {
      const response = await write(UPSERT_CLAIMS, [shellsClaim(field)]);
      expect(response.errors?.[0]?.message).toContain(
        `Field "${Object.keys(field)[0]}" is not defined by type ClaimInput`,
      );
    }
    expect(await fingerprint(live.db)).toBe(before);
  });

  it('replaces what an updated claim says about itself: no stale subject remains', async () => {
    const response = await write(UPSERT_CLAIMS, [
      shellsClaim({
        paraphrase: 'Russia fired North Korean shells at Kharkiv.',
        about: [{ actor: 'russia', role: 'SUBJECT' }],
      }),
    ]);
    expect(response.errors).toBeUndefined();
    const read = await live.server.query(
      '{ claim(key: "kuleba-north-korean-shells") { paraphrase about { role actor { key } } } }',
    );
    expect(read.data!.claim).toEqual({
      paraphrase: 'Russia fired North Korean shells at Kharkiv.',
      about: [{ role: 'SUBJECT', actor: { key: 'russia' } }],
    });
    const aboutNorthKorea = await live.server.query(
      '{ actor(key: "north-korea") { claimsAbout(filter: { speakers: ["dmytro-kuleba"] }) { totalCount } } }',
    );
    expect(aboutNorthKorea.data!.actor.claimsAbout.totalCount).toBe(0);
  });

  it('anchors evidence in a stored article and links claims across the graph', async () => {
    const response = await write(
      /* GraphQL */ `mutation($input: GraphInput!) { upsertGraph(input: $input) { claims { created claim { key disputes { edges { rationale node { key } } } } } } }`,
      {
        claims: [
          shellsClaim({
            id: 'kuleba-echoes-white-house',
            paraphrase: 'North Korea supplies Russia with munitions.',
            quote: null,
            evidence: [
              { article: 'ap-kuleba-north-korean-shells', text: 'North Korean shells had hit Kharkiv' },
              { article: 'ap-lavrov-dismisses-us-claims', text: 'The White House said last week' },
            ],
          }),
        ],
        links: [
          {
            from: 'lavrov-no-comment-on-rumors',
            to: 'kuleba-echoes-white-house',
            kind: 'DISPUTES',
            rationale: 'He waves it away.',
          },
        ],
      },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const claims = Object.fromEntries(response.data!.upsertGraph.claims.map((c: any) => [c.claim.key, c]));
    expect(claims['kuleba-echoes-white-house'].created).toBe(true);
    expect(claims['lavrov-no-comment-on-rumors']).toMatchObject({
      created: false,
      claim: {
        disputes: {
          edges: expect.arrayContaining([
            { rationale: 'He waves it away.', node: { key: 'kuleba-echoes-white-house' } },
          ]),
        },
      },
    });
  });

  it('refuses evidence that is not in the article, or not at the given offset', async () => {
    const notThere = await refused(UPSERT_CLAIMS, [
      shellsClaim({
        evidence: [{ article: 'ap-kuleba-north-korean-shells', text: 'These are Russian shells' }],
        quote: null,
      }),
    ]);
    expect(notThere).toBe(
      'claim "kuleba-north-korean-shells" evidence 0 (article "ap-kuleba-north-korean-shells"): ' +
        'text "These are Russian shells" does not occur verbatim in the article body',
    );
    const wrongStart = await refused(UPSERT_CLAIMS, [
      shellsClaim({
        evidence: [{ article: 'ap-kuleba-north-korean-shells', text: 'Dmytro Kuleba', start: 3 }],
        quote: null,
      }),
    ]);
    expect(wrongStart).toMatch(/claim "kuleba-north-korean-shells" evidence 0 .*: text is not at offset 3/);
    const quote = await refused(UPSERT_CLAIMS, [shellsClaim({ quote: 'Not in the evidence' })]);
    expect(quote).toMatch(
      /claim "kuleba-north-korean-shells": quote "Not in the evidence" is not inside any of its evidence texts/,
    );
  });

  it('refuses dangling references, naming record, field and id', async () => {
    const message = await refused(UPSERT_GRAPH, {
      actors: [{ ...kuleba, basedIn: 'atlantis' }],
      claims: [
        shellsClaim({
          speaker: 'nobody',
          events: ['no-such-event'],
          disputes: [{ claim: 'no-such-claim', rationale: 'x' }],
        }),
      ],
    });
    expect(message).toMatch(/^4 problems, nothing was written: /);
    expect(message).toContain('actor "dmytro-kuleba" basedIn: refers to unknown location "atlantis"');
    expect(message).toContain('claim "kuleba-north-korean-shells" speaker: refers to unknown actor "nobody"');
    expect(message).toContain('claim "kuleba-north-korean-shells" events: refers to unknown event "no-such-event"');
    expect(message).toContain('claim "kuleba-north-korean-shells" link: refers to unknown claim "no-such-claim"');
    const outlet = await refused(UPSERT_GRAPH, { articles: [{ ...article(), outlet: 'sergey-lavrov' }] });
    expect(outlet).toBe(
      'article "ap-kuleba-north-korean-shells" outlet: "sergey-lavrov" is a PERSON, not a MEDIA_OUTLET',
    );
  });

  it('refuses duplicate ids, impossible dates, bad slugs and containment cycles', async () => {
    expect(await refused(UPSERT_GRAPH, { actors: [kuleba, kuleba] })).toBe('actor "dmytro-kuleba" is given twice');
    const dates = await refused(UPSERT_GRAPH, {
      articles: [article()].map((a) => ({ ...a, publishedAt: '2023-02-30T10:00:00' })),
      claims: [shellsClaim({ stated: { on: '2023-13' } })],
    });
    expect(dates).toContain(
      'articles entry 0 "ap-kuleba-north-korean-shells" field publishedAt: is not a date of the calendar',
    );
    expect(dates).toContain(
      'claims entry 0 "kuleba-north-korean-shells" field stated.on: must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(await refused(UPSERT_GRAPH, { actors: [{ ...kuleba, id: 'Dmytro Kuleba' }] })).toMatch(
      /actors entry 0 "Dmytro Kuleba" field id: must be a lower-case kebab-case slug/,
    );
    // Ukraine within Kyiv, while the stored Kyiv lies within Ukraine.
    const cycle = await refused(UPSERT_GRAPH, {
      locations: [{ ...kyiv, id: 'ukraine', name: 'Ukraine', kind: 'COUNTRY', within: 'kyiv' }],
    });
    expect(cycle).toBe('location "ukraine": within leads back to itself (ukraine → kyiv → ukraine)');
    const events = await refused(UPSERT_GRAPH, {
      events: [{ id: 'shelling', name: 'Shelling', description: 'x', start: '2024-01-08', end: '2023-12' }],
    });
    expect(events).toBe('event "shelling": ends (2023-12) before it starts (2024-01-08)');
  });

  it('refuses control characters, lone surrogates and line breaks in one-line text, naming record and field', async () => {
    expect(await refused(UPSERT_CLAIMS, [shellsClaim({ paraphrase: 'nul \u0000 byte' })])).toBe(
      'claims entry 0 "kuleba-north-korean-shells" field paraphrase: contains a control character (U+0000) at position 4',
    );
    expect(await refused(UPSERT_GRAPH, { actors: [{ ...kuleba, name: 'Dmytro \uD800Kuleba' }] })).toBe(
      'actors entry 0 "dmytro-kuleba" field name: contains a lone UTF-16 surrogate (U+D800) at position 7',
    );
    expect(await refused(UPSERT_ARTICLE, article(KYIV_BODY.replace('Monday', 'Mon\u0007day')))).toBe(
      'articles entry 0 "ap-kuleba-north-korean-shells" field body: ' +
        `contains a control character (U+0007) at position ${KYIV_BODY.indexOf('Monday') + 3}`,
    );
    expect(await refused(UPSERT_ARTICLE, { ...article(), title: 'Kuleba says\nNorth Korean shells hit Kharkiv' })).toBe(
      'articles entry 0 "ap-kuleba-north-korean-shells" field title: ' +
        'contains a line break (U+000A) at position 11; it must be one line',
    );
    // Every text field is checked, and every problem is reported.
    const everywhere = await refused(UPSERT_GRAPH, {
      articles: [{ ...article(), datelineText: 'KYIV\u007f', sourceFile: 'x\u0085' }],
      actors: [
        {
          ...kuleba,
          aliases: ['a\u001b[31m'],
          description: 'x\u0000',
          affiliations: [{ actor: 'ukraine', role: 'a\rb' }],
        },
      ],
      locations: [{ ...kyiv, name: 'Kyiv\u0000' }],
      events: [{ id: 'shelling', name: 'Shelling', description: '\uDC00', start: '2024-01-08' }],
      claims: [
        shellsClaim({
          cue: 'told\u000breporters',
          quote: 'These are\u0000',
          stated: { on: '2024-01-08', text: 'on\nMonday' },
          evidence: [{ article: 'ap-kuleba-north-korean-shells', text: 'shells\u0000' }],
          supports: [{ claim: 'lavrov-no-comment-on-rumors', rationale: '\u0001' }],
        }),
      ],
      links: [
        {
          from: 'kuleba-north-korean-shells',
          to: 'lavrov-no-comment-on-rumors',
          kind: 'DISPUTES',
          rationale: '\u0002',
        },
      ],
    });
    for (const field of [
      'articles entry 0 "ap-kuleba-north-korean-shells" field datelineText: contains a control character (U+007F)',
      'articles entry 0 "ap-kuleba-north-korean-shells" field sourceFile: contains a control character (U+0085)',
      'actors entry 0 "dmytro-kuleba" field aliases.0: contains a control character (U+001B)',
      'actors entry 0 "dmytro-kuleba" field description: contains a control character (U+0000)',
      'actors entry 0 "dmytro-kuleba" field affiliations.0.role: contains a line break (U+000D)',
      'locations entry 0 "kyiv" field name: contains a control character (U+0000)',
      'events entry 0 "shelling" field description: contains a lone UTF-16 surrogate (U+DC00)',
      'claims entry 0 "kuleba-north-korean-shells" field cue: contains a control character (U+000B)',
      'claims entry 0 "kuleba-north-korean-shells" field quote: contains a control character (U+0000)',
      'claims entry 0 "kuleba-north-korean-shells" field stated.text: contains a line break (U+000A)',
      'claims entry 0 "kuleba-north-korean-shells" field evidence.0.text: contains a control character (U+0000)',
      'claims entry 0 "kuleba-north-korean-shells" field supports.0.rationale: contains a control character (U+0001)',
      'links entry 0 field rationale: contains a control character (U+0002)',
    ]) {
      expect(everywhere).toContain(field);
    }
    expect(everywhere).toMatch(/^13 problems, nothing was written: /);
  });

  it('keeps line breaks and tabs in multi-line text such as an article body', async () => {
    const body = `${KYIV_BODY}\nThe ministry\tgave no evidence.\r\nIt did not say more.`;
    const response = await write(UPSERT_ARTICLE, { ...article(body), id: 'ap-kuleba-three-paragraphs' });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.data!.upsertArticle.articles).toEqual([{ key: 'ap-kuleba-three-paragraphs', body }]);
  });

  it('writes nothing when only the last record of many is bad', async () => {
    const claims = Array.from({ length: 5 }, (_, i) => shellsClaim({ id: `batch-claim-${i}` }));
    claims[4] = shellsClaim({ id: 'batch-claim-4', speaker: 'nobody' });
    expect(await refused(UPSERT_CLAIMS, claims)).toBe(
      'claim "batch-claim-4" speaker: refers to unknown actor "nobody"',
    );
    const read = await live.server.query('{ claim(key: "batch-claim-0") { key } }');
    expect(read.data!.claim).toBeNull();
  });

  it('refuses a new body that would strand stored evidence, and accepts one that keeps it', async () => {
    const stranded = await refused(
      /* GraphQL */ `mutation($input: ArticleInput!) { upsertArticle(input: $input) { articles { key } } }`,
      article(KYIV_BODY.replace('North Korean shells,', 'Russian shells,')),
    );
    expect(stranded).toMatch(
      /^article "ap-kuleba-north-korean-shells" body: the stored evidence "kuleba-north-korean-shells@ap-kuleba-north-korean-shells:\d+-\d+" of claim "kuleba-north-korean-shells" .* is no longer at \d+-\d+ in the new body; send claim "kuleba-north-korean-shells" with its evidence in the same request/,
    );
    const extended = await write(
      /* GraphQL */ `mutation($input: ArticleInput!) { upsertArticle(input: $input) { articles { key body } } }`,
      article(`${KYIV_BODY} The ministry gave no evidence.`),
    );
    expect(extended.errors).toBeUndefined();
    expect(extended.data!.upsertArticle.articles[0].body).toMatch(/gave no evidence\.$/);
  });

  it('caps the records of one request', async () => {
    const actors = Array.from({ length: 501 }, (_, i) => ({ ...kuleba, id: `actor-${i}`, affiliations: [] }));
    expect(
      await refused(
        /* GraphQL */ `mutation($input: [ActorInput!]!) { upsertActors(input: $input) { actors { key } } }`,
        actors,
      ),
    ).toBe('a request may store at most 500 records, got 501');
  });

  it('stores Cypher and Lucene syntax in every text field verbatim, as data', async () => {
    const evil = '"}) DETACH DELETE n // \' OR 1=1 `) MATCH (m) SET m.x = 1 // *:* title:(a OR b)';
    const body = `${KYIV_BODY} ${evil}`;
    const response = await write(
      /* GraphQL */ `mutation($input: GraphInput!) { upsertGraph(input: $input) {
        articles { title datelineText body sourceFile }
        actors { name aliases description affiliations { role } }
        claims { claim { paraphrase quote cue statedOn { text } evidence { edges { node { text } } } supports { edges { rationale } } } }
      } }`,
      {
        articles: [{ ...article(body), id: 'evil-article', title: evil, datelineText: evil, sourceFile: evil }],
        actors: [
          {
            ...kuleba,
            id: 'evil-actor',
            name: evil,
            aliases: [evil],
            description: evil,
            affiliations: [{ actor: 'ukraine', role: evil }],
          },
        ],
        claims: [
          shellsClaim({
            id: 'evil-claim',
            speaker: 'evil-actor',
            paraphrase: evil,
            quote: evil,
            cue: evil,
            stated: { on: '2024', text: evil },
            evidence: [{ article: 'evil-article', text: evil }],
            supports: [{ claim: 'kuleba-north-korean-shells', rationale: evil }],
          }),
        ],
      },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const { articles, actors, claims } = response.data!.upsertGraph;
    expect(articles[0]).toEqual({ title: evil, datelineText: evil, body, sourceFile: evil });
    expect(actors[0]).toEqual({ name: evil, aliases: [evil], description: evil, affiliations: [{ role: evil }] });
    expect(claims[0].claim).toEqual({
      paraphrase: evil,
      quote: evil,
      cue: evil,
      statedOn: { text: evil },
      evidence: { edges: [{ node: { text: evil } }] },
      supports: { edges: [{ rationale: evil }] },
    });
    const count = await live.server.query('{ claims { totalCount } }');
    expect(count.data!.claims.totalCount).toBeGreaterThan(25);
  });

  it('costs a number of Cypher statements that does not grow with the number of claims', async () => {
    const claims = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        shellsClaim({
          id: `bulk-claim-${n}-${i}`,
          about: [
            { actor: 'north-korea', role: 'SUBJECT' },
            { actor: i % 2 ? 'russia' : 'ukraine', role: 'MENTIONED' },
          ],
          supports: i > 0 ? [{ claim: `bulk-claim-${n}-${i - 1}`, rationale: 'the same' }] : [],
        }),
      );
    const query = /* GraphQL */ `mutation($input: [ClaimInput!]!) { upsertClaims(input: $input) {
      claims { created claim { key speaker { name } about { actor { name } } evidence { totalCount } } }
    } }`;
    const ten = await write(query, claims(10));
    const hundred = await write(query, claims(100));
    expect(ten.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.upsertClaims.claims).toHaveLength(100);
    console.log(
      `upsertClaims: ${ten.extensions!.cypherStatements} Cypher statements for 10 claims, ${hundred.extensions!.cypherStatements} for 100`,
    );
    expect(hundred.extensions!.cypherStatements).toBe(ten.extensions!.cypherStatements);
    expect(hundred.extensions!.cypherStatements).toBeLessThanOrEqual(12);
  });
});
