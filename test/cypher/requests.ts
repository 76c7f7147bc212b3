// Claim list requests as the API builds them from a GraphQL selection (src/graphql/nested-lists.ts),
// written out by hand for the statements they make.
import type { ClaimListRequest, ClaimScope, NestedClaimLists } from '../../src/neo4j/reads/claims.ts';
import type { PageWindow } from '../../src/neo4j/reads/paging.ts';
import type { ClaimRowParts } from '../../src/neo4j/reads/rows.ts';

/** A claim row of key, kind and paraphrase, as `node { key paraphrase }` asks for. */
export const BARE_ROW: ClaimRowParts = {
  paraphrase: true,
  speaker: false,
  onBehalfOf: false,
  channel: false,
  details: false,
  stated: false,
  speakerDetails: false,
  provenance: false,
};

/** With the speaker's name, as `node { key speaker { key name } }` asks for. */
export const WITH_SPEAKER: ClaimRowParts = { ...BARE_ROW, speaker: true };

/** The row's links, as `node { speaker { key name } onBehalfOf { key } channel { key } }` asks for. */
export const LINKS_ONLY: ClaimRowParts = { ...BARE_ROW, speaker: true, onBehalfOf: true, channel: true };

/** What the API passes for a list with no claim lists selected under its claims. */
export const NO_NESTED_LISTS: NestedClaimLists = { ofClaim: new Map(), ofSpeaker: new Map() };

/** The window of `first` rows from `offset`: one row more, to tell whether a next page exists. */
export const firstRows = (first: number, counted = false, offset = 0): PageWindow => ({
  offset,
  limit: first + 1,
  counted,
});

/** A list request for `first: 20` (the API's default page) with nothing else asked, unless given. */
export const listRequest = (scope: ClaimScope, request: Partial<ClaimListRequest> = {}): ClaimListRequest => ({
  scope,
  filter: {},
  order: 'STATED_ON_ASC',
  window: firstRows(20),
  nested: NO_NESTED_LISTS,
  parts: BARE_ROW,
  ...request,
});

/** Lists nested under each claim, by the path the API resolves them at. */
export const listsOfClaim = (lists: Record<string, ClaimListRequest>): NestedClaimLists => ({
  ofClaim: new Map(Object.entries(lists)),
  ofSpeaker: new Map(),
});

/** Lists nested under each claim's speaker, by the path the API resolves them at. */
export const listsOfSpeaker = (lists: Record<string, ClaimListRequest>): NestedClaimLists => ({
  ofClaim: new Map(),
  ofSpeaker: new Map(Object.entries(lists)),
});
