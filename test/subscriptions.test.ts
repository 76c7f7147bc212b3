// claimAdded over server-sent events: a committed claim upsert reaches subscribers, resolved to the
// stored claim; a refused one publishes nothing.
import { describe, expect, it } from 'vitest';
import { useSeededServer } from './support/server.ts';
import { subscribe } from './support/subscriptions.ts';
import { EDITOR_KEY, shellsClaim, TEST_ACCESS, UPSERT_CLAIMS, UPSERT_GRAPH, wholeStory } from './support/writes.ts';

interface ClaimAdded {
  created: boolean;
  claim: { key: string; paraphrase: string; speaker: { name: string } };
}

/** The claimAdded events of a stream, one by one. */
async function subscribeClaims(url: string, query: string) {
  const stream = await subscribe<{ claimAdded: ClaimAdded }>(url, query);
  return { next: async () => (await stream.next()).claimAdded, close: stream.close };
}

const CLAIM_ADDED = (args = '') =>
  `subscription { claimAdded${args} { created claim { key paraphrase speaker { name } } } }`;

describe('the claimAdded subscription', () => {
  const live = useSeededServer({ access: TEST_ACCESS });

  it('announces each committed claim, and nothing for a refused mutation', async () => {
    const stream = await subscribeClaims(live.server.url, CLAIM_ADDED());
    const lavrovOnly = await subscribeClaims(live.server.url, CLAIM_ADDED('(speaker: "sergey-lavrov")'));
    try {
      const refused = await live.server.query(
        UPSERT_CLAIMS,
        { input: [shellsClaim({ speaker: 'nobody' })] },
        EDITOR_KEY,
      );
      expect(refused.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');

      const stored = await live.server.query(UPSERT_GRAPH, { input: wholeStory() }, EDITOR_KEY);
      expect(stored.errors).toBeUndefined();
      expect(await stream.next()).toEqual({
        created: true,
        claim: {
          key: 'kuleba-north-korean-shells',
          paraphrase: 'North Korean shells hit Kharkiv.',
          speaker: { name: 'Dmytro Kuleba' },
        },
      });

      const updated = await live.server.query(
        UPSERT_CLAIMS,
        { input: [shellsClaim({ paraphrase: 'Shells from North Korea hit Kharkiv.' })] },
        EDITOR_KEY,
      );
      expect(updated.errors).toBeUndefined();
      expect(await stream.next()).toMatchObject({
        created: false,
        claim: { paraphrase: 'Shells from North Korea hit Kharkiv.' },
      });

      const byLavrov = shellsClaim({
        id: 'lavrov-denies-shells',
        speaker: 'sergey-lavrov',
        onBehalfOf: 'russia',
        quote: null,
      });
      await live.server.query(UPSERT_CLAIMS, { input: [byLavrov] }, EDITOR_KEY);
      // The filtered stream skipped Kuleba's two claims and sees Lavrov's first.
      expect(await lavrovOnly.next()).toMatchObject({
        created: true,
        claim: { key: 'lavrov-denies-shells', speaker: { name: 'Sergey Lavrov' } },
      });
      expect((await stream.next()).claim.key).toBe('lavrov-denies-shells');
    } finally {
      stream.close();
      lavrovOnly.close();
    }
  });
});
