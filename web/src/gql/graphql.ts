/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type HighlightedBody_EvidenceFragment = { key: string, start: number, end: number, claim: { key: string, kind: ClaimKind, paraphrase: string, speaker:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     } } & { ' $fragmentName'?: 'HighlightedBody_EvidenceFragment' };

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


export type ClaimPageQuery = { claim: (
    { key: string, paraphrase: string }
    & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
  ) | null };

export type SearchPageQueryVariables = Exact<{
  text: string;
}>;


export type SearchPageQuery = { search: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Article' }
        | (
          { __typename: 'Claim', key: string }
          & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
        )
        | { __typename: 'Country' }
        | { __typename: 'Government' }
        | { __typename: 'Group' }
        | { __typename: 'MediaOutlet' }
        | { __typename: 'Organization' }
        | { __typename: 'Person' }
       }> } };

export const ActorLink_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ActorLink_ActorFragment, unknown>;
export const StatedOn_DateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<StatedOn_DateFragment, unknown>;
export const ClaimCard_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<ClaimCard_ClaimFragment, unknown>;
export const HighlightedBody_EvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HighlightedBody_EvidenceFragment, unknown>;
export const ActorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ArticlePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"datelineText"}},{"kind":"Field","name":{"kind":"Name","value":"dateline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HighlightedBody_evidence"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ArticlePageQuery, ArticlePageQueryVariables>;
export const ClaimPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ClaimPageQuery, ClaimPageQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;