/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** SUBJECT: whose act or state the claim asserts; TARGET: whom it is aimed at; MENTIONED: otherwise named. */
export type AboutRole =
  | 'MENTIONED'
  | 'SUBJECT'
  | 'TARGET';

export type ActorKind =
  | 'COUNTRY'
  | 'GOVERNMENT'
  | 'GROUP'
  | 'MEDIA_OUTLET'
  | 'ORGANIZATION'
  | 'PERSON';

/** What kind of statement a claim is, after the cue verb that reports it. */
export type ClaimKind =
  | 'ACCUSATION'
  | 'APPEAL'
  | 'ASSERTION'
  | 'ASSESSMENT'
  | 'DENIAL'
  | 'DISMISSAL'
  | 'PLEDGE'
  | 'PROPOSAL'
  | 'REPORT'
  | 'SPECULATION';

/** CURATED: put into the graph by people (annotators, editors); EXTRACTED: found in an article by a machine extractor. */
export type ClaimOrigin =
  | 'CURATED'
  | 'EXTRACTED';

/** How much of a date is known: the year, the month or the day. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type SearchTarget =
  | 'ACTOR'
  | 'ARTICLE'
  | 'CLAIM';

type ActorLink_Actor_Country_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Country_Fragment' };

type ActorLink_Actor_Government_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Government_Fragment' };

type ActorLink_Actor_Group_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Group_Fragment' };

type ActorLink_Actor_MediaOutlet_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_MediaOutlet_Fragment' };

type ActorLink_Actor_Organization_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Organization_Fragment' };

type ActorLink_Actor_Person_Fragment = { key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Person_Fragment' };

export type ActorLink_ActorFragment =
  | ActorLink_Actor_Country_Fragment
  | ActorLink_Actor_Government_Fragment
  | ActorLink_Actor_Group_Fragment
  | ActorLink_Actor_MediaOutlet_Fragment
  | ActorLink_Actor_Organization_Fragment
  | ActorLink_Actor_Person_Fragment
;

export type ClaimCard_ClaimFragment = { key: string, kind: ClaimKind, paraphrase: string, quote: string | null, speaker:
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
    | { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
  , statedOn: { ' $fragmentRefs'?: { 'StatedOn_DateFragment': StatedOn_DateFragment } } | null, provenance: { origin: ClaimOrigin } } & { ' $fragmentName'?: 'ClaimCard_ClaimFragment' };

export type EvidenceInSentence_EvidenceFragment = { key: string, text: string, prefix: string, suffix: string, start: number, article: { key: string, title: string, publishedAt: string, outlet:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     | null } } & { ' $fragmentName'?: 'EvidenceInSentence_EvidenceFragment' };

export type HighlightedBody_EvidenceFragment = { key: string, start: number, end: number, claim: { key: string, kind: ClaimKind, paraphrase: string, speaker:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     } } & { ' $fragmentName'?: 'HighlightedBody_EvidenceFragment' };

export type LinkedClaims_ConnectionFragment = { totalCount: number, edges: Array<{ rationale: string | null, node: (
      { key: string }
      & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
    ) }> } & { ' $fragmentName'?: 'LinkedClaims_ConnectionFragment' };

export type StatedOn_DateFragment = { date: string, precision: DatePrecision, text: string | null } & { ' $fragmentName'?: 'StatedOn_DateFragment' };

export type ActorPageQueryVariables = Exact<{
  key: string | number;
}>;


export type ActorPageQuery = { actor:
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
   | null };

export type ArticlePageQueryVariables = Exact<{
  key: string | number;
}>;


export type ArticlePageQuery = { article: { title: string, publishedAt: string, datelineText: string | null, sources: Array<string>, body: string, dateline: { name: string } | null, outlet:
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
     | null, evidence: { totalCount: number, edges: Array<{ node: (
          { key: string, claim: (
            { key: string }
            & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
          ) }
          & { ' $fragmentRefs'?: { 'HighlightedBody_EvidenceFragment': HighlightedBody_EvidenceFragment } }
        ) }> } } | null };

export type ClaimPageQueryVariables = Exact<{
  key: string | number;
}>;


export type ClaimPageQuery = { claim: { key: string, kind: ClaimKind, paraphrase: string, quote: string | null, cue: string | null, speaker:
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
    , onBehalfOf:
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
     | null, channel:
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      | { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
     | null, statedOn: (
      { text: string | null }
      & { ' $fragmentRefs'?: { 'StatedOn_DateFragment': StatedOn_DateFragment } }
    ) | null, about: Array<{ role: AboutRole, actor:
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
        )
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
        )
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
        )
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
        )
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
        )
        | (
          { key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
        )
       }>, locations: Array<{ key: string, name: string }>, events: Array<{ key: string, name: string }>, provenance: { origin: ClaimOrigin, extractor: string | null, extractorVersion: string | null, confidence: number | null }, evidence: { totalCount: number, edges: Array<{ node: (
          { key: string }
          & { ' $fragmentRefs'?: { 'EvidenceInSentence_EvidenceFragment': EvidenceInSentence_EvidenceFragment } }
        ) }> }, disputes: (
      { totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), disputedBy: (
      { totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), supports: (
      { totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), supportedBy: (
      { totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ) } | null };

export type StartPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageQuery = { recentClaims: { totalCount: number, edges: Array<{ node: (
        { key: string }
        & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
      ) }> }, mostQuoted: { edges: Array<{ node:
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
        )
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
        )
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
        )
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
        )
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
        )
        | (
          { key: string, claimsMade: { totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
        )
       }> }, articles: { totalCount: number } };

type ActorResult_Actor_Country_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Country_Fragment' };

type ActorResult_Actor_Government_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Government_Fragment' };

type ActorResult_Actor_Group_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Group_Fragment' };

type ActorResult_Actor_MediaOutlet_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_MediaOutlet_Fragment' };

type ActorResult_Actor_Organization_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Organization_Fragment' };

type ActorResult_Actor_Person_Fragment = { key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Person_Fragment' };

export type ActorResult_ActorFragment =
  | ActorResult_Actor_Country_Fragment
  | ActorResult_Actor_Government_Fragment
  | ActorResult_Actor_Group_Fragment
  | ActorResult_Actor_MediaOutlet_Fragment
  | ActorResult_Actor_Organization_Fragment
  | ActorResult_Actor_Person_Fragment
;

export type ArticleResult_ArticleFragment = { key: string, title: string, body: string, publishedAt: string, outlet:
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null } & { ' $fragmentName'?: 'ArticleResult_ArticleFragment' };

export type SearchSection_ResultsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
      | (
        { __typename: 'Article', key: string }
        & { ' $fragmentRefs'?: { 'ArticleResult_ArticleFragment': ArticleResult_ArticleFragment } }
      )
      | (
        { __typename: 'Claim', key: string }
        & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
      )
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_Country_Fragment': ActorResult_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_Government_Fragment': ActorResult_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_Group_Fragment': ActorResult_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_MediaOutlet_Fragment': ActorResult_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_Organization_Fragment': ActorResult_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorResult_Actor_Person_Fragment': ActorResult_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'SearchSection_ResultsFragment' };

export type SearchPageQueryVariables = Exact<{
  text: string;
}>;


export type SearchPageQuery = { claims: { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }, actors: { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }, articles: { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } } };

export type SearchMoreQueryVariables = Exact<{
  text: string;
  targets: Array<SearchTarget> | SearchTarget;
  after: string;
}>;


export type SearchMoreQuery = { search: { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } } };

export const EvidenceInSentence_EvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceInSentence_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceInSentence_EvidenceFragment, unknown>;
export const HighlightedBody_EvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HighlightedBody_EvidenceFragment, unknown>;
export const ActorLink_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ActorLink_ActorFragment, unknown>;
export const StatedOn_DateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<StatedOn_DateFragment, unknown>;
export const ClaimCard_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<ClaimCard_ClaimFragment, unknown>;
export const LinkedClaims_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedClaims_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<LinkedClaims_ConnectionFragment, unknown>;
export const ActorResult_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<ActorResult_ActorFragment, unknown>;
export const ArticleResult_ArticleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArticleResult_ArticleFragment, unknown>;
export const SearchSection_ResultsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchSection_ResultsFragment, unknown>;
export const ActorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ArticlePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"datelineText"}},{"kind":"Field","name":{"kind":"Name","value":"dateline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HighlightedBody_evidence"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ArticlePageQuery, ArticlePageQueryVariables>;
export const ClaimPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}},{"kind":"Field","name":{"kind":"Name","value":"extractorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceInSentence_evidence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceInSentence_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedClaims_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimPageQuery, ClaimPageQueryVariables>;
export const StartPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recentClaims"},"name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mostQuoted"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CLAIMS_MADE_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"claims"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CLAIM"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"actors"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTOR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"articles"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARTICLE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SearchMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchTarget"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMoreQuery, SearchMoreQueryVariables>;