// What the write-API tests share: test API keys, and a small article with the records it needs.
import { accessFromEnv } from '../../src/server/auth.ts';

export const EDITOR_KEY = 'editor-key-for-tests-0123456789';
export const READER_KEY = 'reader-key-for-tests-0123456789';

/** CLAIMGRAPH_API_KEYS for the tests: "newsroom" may write; "dashboard" may only read. */
export const TEST_API_KEYS = `newsroom:${EDITOR_KEY},dashboard:${READER_KEY}:reader`;

export const TEST_ACCESS = accessFromEnv({ CLAIMGRAPH_API_KEYS: TEST_API_KEYS });

export const KYIV_BODY =
  'KYIV, Ukraine (AP) — Ukraine’s foreign minister said on Monday that North Korean shells had hit Kharkiv. ' +
  '“These are North Korean shells,” Dmytro Kuleba told reporters. Russia’s Foreign Ministry denied it.';

export const article = (body = KYIV_BODY) => ({
  id: 'ap-kuleba-north-korean-shells',
  title: 'Kuleba says North Korean shells hit Kharkiv',
  publishedAt: '2024-01-08T10:00:00',
  datelineText: 'KYIV',
  body,
  sourceFile: 'https://apnews.com/example',
  outlet: 'associated-press',
  dateline: 'kyiv',
});

export const kyiv = { id: 'kyiv', name: 'Kyiv', kind: 'CITY', latitude: 50.45, longitude: 30.52, within: 'ukraine' };

export const kuleba = {
  id: 'dmytro-kuleba',
  kind: 'PERSON',
  name: 'Dmytro Kuleba',
  aliases: ['Ukraine’s foreign minister'],
  affiliations: [{ actor: 'ukraine', role: 'foreign minister' }],
};

export const shellsClaim = (overrides: Record<string, unknown> = {}) => ({
  id: 'kuleba-north-korean-shells',
  kind: 'ACCUSATION',
  speaker: 'dmytro-kuleba',
  onBehalfOf: 'ukraine',
  cue: 'told reporters',
  paraphrase: 'North Korean shells hit Kharkiv.',
  quote: 'These are North Korean shells',
  stated: { on: '2024-01-08', text: 'on Monday' },
  about: [{ actor: 'north-korea', role: 'SUBJECT' }],
  locations: ['ukraine'],
  evidence: [
    {
      article: 'ap-kuleba-north-korean-shells',
      text: '“These are North Korean shells,” Dmytro Kuleba told reporters.',
    },
  ],
  ...overrides,
});

export const UPSERT_GRAPH = /* GraphQL */ `
  mutation Write($input: GraphInput!) {
    upsertGraph(input: $input) {
      articles { key title }
      actors { key name }
      locations { key }
      claims { created claim { id key paraphrase speaker { key } about { role actor { key } } } }
    }
  }
`;

export const UPSERT_CLAIMS = /* GraphQL */ `
  mutation Claims($input: [ClaimInput!]!) {
    upsertClaims(input: $input) { claims { created claim { key } } }
  }
`;

/** The article, its place and speaker, and the claim: everything in one request. */
export const wholeStory = (claim = shellsClaim()) => ({
  articles: [article()],
  locations: [kyiv],
  actors: [kuleba],
  claims: [claim],
});
