// Linking what an article names to the graph, without a database: names and keys, the same
// proposition, the actors and claims a run links, and reading pages against an emptied graph.
import { describe, expect, it } from 'vitest';
import { ActorDirectory, actorKindOf } from '../../src/extract/linking/actors.ts';
import { ClaimDirectory, claimKey, sameProposition } from '../../src/extract/linking/claims.ts';
import { familyName, nameKey, personalName, properName, slugOf } from '../../src/extract/linking/names.ts';
import { ArticleReader, EMPTY_GRAPH } from '../../src/extract/reading.ts';
import type { StoredActorCandidate } from '../../src/neo4j/reads/matching.ts';

describe('names', () => {
  it('compares names without articles, possessives, dots or case', () => {
    expect(nameKey('The White House')).toBe(nameKey('White House'));
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('Russia’s')).toBe(nameKey('Russia'));
    expect(slugOf('Sergey Lavrov')).toBe('sergey-lavrov');
  });

  it('takes titles and descriptions off names', () => {
    expect(personalName('Foreign Minister Sergey Lavrov')).toEqual({ name: 'Sergey Lavrov', titled: true });
    expect(personalName('harbor spokeswoman Dana Whitlock')).toEqual({ name: 'Dana Whitlock', titled: true });
    expect(personalName('Dana Whitlock')).toEqual({ name: 'Dana Whitlock', titled: false });
    expect(properName('the North’s official Korean Central News Agency')).toBe('Korean Central News Agency');
    expect(properName('Ministry of Foreign Affairs')).toBe('Ministry of Foreign Affairs');
    expect(properName('state television')).toBe('state television');
    expect(familyName('Sergey Lavrov')).toBe('lavrov');
    expect(familyName('Kim Jong Un')).toBe('kim');
  });

  it('gives actors a kind from what the text says of them', () => {
    expect(actorKindOf({ name: 'White House', type: 'ORGANIZATION', aliases: [] })).toBe('GOVERNMENT');
    expect(actorKindOf({ name: 'Coastal Wire', type: 'ORGANIZATION', aliases: [] })).toBe('MEDIA_OUTLET');
    expect(actorKindOf({ name: 'Union leaders', type: 'GROUP', aliases: [] })).toBe('GROUP');
    expect(actorKindOf({ name: 'Ruritania', type: 'PLACE', isCountry: true, aliases: [] })).toBe('COUNTRY');
  });
});

describe('the same proposition', () => {
  it('holds for two reports of one statement and not for different statements', () => {
    expect(
      sameProposition(
        'the port had shipped more than 40 cranes of heavy equipment to the coast',
        'the port has shipped more than 40 cranes of heavy equipment and spare parts to the coast this year',
      ),
    ).toBe(true);
    expect(sameProposition('the port had shipped 40 cranes', 'the ferry fares will rise in April')).toBe(false);
    expect(sameProposition('cranes', 'cranes')).toBe(false);
  });

  it('keys a new claim by speaker and words, the same every time', () => {
    const key = claimKey('dana-whitlock', 'No crane has left this port');
    expect(key).toMatch(/^dana-whitlock-no-crane-has-left-this-port-[0-9a-f]{8}$/);
    expect(claimKey('dana-whitlock', 'No crane has left this port')).toBe(key);
    expect(claimKey('dana-whitlock', 'No crane has left this harbor')).not.toBe(key);
  });
});

describe('a run’s directories', () => {
  const stored: StoredActorCandidate = { id: 'dana-whitlock', kind: 'PERSON', name: 'Dana Whitlock', aliases: [] };

  it('links a mention to a stored actor by name, then a family name to the same person, and proposes the rest', async () => {
    const asked: string[][] = [];
    const directory = new ActorDirectory(async (names) => {
      asked.push([...names]);
      return new Map(names.map((name) => [name, name === 'Dana Whitlock' ? [stored] : []]));
    });
    const [dana, whitlock, union] = await directory.link([
      { name: 'Dana Whitlock', type: 'PERSON', aliases: ['spokeswoman Dana Whitlock'] },
      { name: 'Whitlock', type: 'PERSON', aliases: [] },
      { name: 'Union leaders', type: 'GROUP', aliases: [] },
    ]);
    expect(dana).toMatchObject({ id: 'dana-whitlock', stored: true });
    expect(whitlock).toBe(dana);
    expect(union).toMatchObject({ id: 'union-leaders', kind: 'GROUP', stored: false });
    expect(asked).toHaveLength(1);
  });

  it('never gives a new actor the key of a stored one', async () => {
    const other: StoredActorCandidate = { id: 'harbor', kind: 'ORGANIZATION', name: 'Harbor Inc.', aliases: [] };
    const directory = new ActorDirectory(async (names) => new Map(names.map((name) => [name, [other]])));
    const [harbor] = await directory.link([{ name: 'Harbor', type: 'PLACE', aliases: [] }]);
    expect(harbor).toMatchObject({ id: 'harbor-2', stored: false });
  });

  it('takes a speaker’s same proposition for one claim, and an unnamed group’s whatever the group is called', async () => {
    const claims = new ClaimDirectory(async () => new Map());
    const text = 'the two sides discussed closer ties but disclosed no specific steps';
    const [first, again, group, other] = await claims.link([
      { key: '0', speakerId: 'officials', speakerIsGroup: true, text },
      { key: '1', speakerId: 'officials', speakerIsGroup: true, text: `they said ${text}` },
      { key: '2', speakerId: 'the-two-countries', speakerIsGroup: true, text },
      { key: '3', speakerId: 'dana-whitlock', speakerIsGroup: false, text },
    ]);
    expect(first!.known).toBe(false);
    expect(again).toEqual({ ...first, known: true });
    expect(group).toEqual({ ...first, known: true });
    expect(other!.id).not.toBe(first!.id);
    expect(other!.speakerId).toBe('dana-whitlock');
  });
});

describe('reading pages against an emptied graph', () => {
  const page = (date: string, clutter: string) => `Title: Port authority denies that cranes were sold abroad
Date: ${date}
Outlet: Coastal Wire

PORTLAND, Maine (Coastal Wire) — The Maine Port Authority on Thursday denied that it had sold two container cranes to a foreign buyer.
“No crane has left this port, and none will,” authority spokeswoman Dana Whitlock told reporters.
${clutter}`;

  it('proposes claims with evidence at their offsets, and takes a later copy for the same article', async () => {
    const reader = new ArticleReader(EMPTY_GRAPH);
    const first = await reader.propose({ content: page('2024-03-08 09:15:00', ''), source: 'a.txt' });
    expect(first.duplicateOf).toBeNull();
    expect(first.claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of first.claims) {
      expect(first.article.body.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    }
    const denial = first.claims.find((claim) => claim.kind === 'DENIAL');
    expect(denial?.stated).toEqual({ on: '2024-03-07', precision: 'DAY', text: 'on Thursday' });
    const copy = await reader.propose({ content: page('2024-03-09 07:00:00', ''), source: 'b.txt' });
    expect(copy.duplicateOf).toBe(first.article.id);
    expect(copy.claims.map((claim) => claim.id)).toEqual(first.claims.map((claim) => claim.id));
    expect(copy.request.articles).toEqual([{ ...first.request.articles![0]!, sourceFile: 'b.txt' }]);
  });
});
