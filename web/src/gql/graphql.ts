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

/** Every given condition must hold. Entities are named by key ("sergey-lavrov") or global ID. */
export type ClaimFilter = {
  /** About any of these actors. */
  about?: Array<string | number> | null | undefined;
  /** With `about`: only in this role. */
  aboutRole?: AboutRole | null | undefined;
  /** Reported by any of these articles. */
  articles?: Array<string | number> | null | undefined;
  /** Has (true) or lacks (false) a statement date. */
  dated?: boolean | null | undefined;
  /** Is (true) or is not (false) disputed by another claim. */
  disputed?: boolean | null | undefined;
  /** Disputes (true) or disputes no (false) other claim. */
  disputesAnother?: boolean | null | undefined;
  /** Concerning any of these events or a part of them. */
  events?: Array<string | number> | null | undefined;
  /** Said by or about any of these actors. */
  involving?: Array<string | number> | null | undefined;
  kinds?: Array<ClaimKind> | null | undefined;
  /** Concerning any of these places or a place inside them. */
  locations?: Array<string | number> | null | undefined;
  /** Leaves out extracted claims of a lower confidence (0 to 1); curated claims have none and stay. */
  minConfidence?: number | null | undefined;
  /** Only claims of this origin: CURATED hides the machine-extracted claims, EXTRACTED shows only them. */
  origin?: ClaimOrigin | null | undefined;
  /** Reported by at least this many articles. */
  reportedByAtLeast?: number | null | undefined;
  /** Said by any of these actors. */
  speakers?: Array<string | number> | null | undefined;
  /** Stated on or after this date. */
  statedFrom?: string | null | undefined;
  /** Stated on or before this date. */
  statedTo?: string | null | undefined;
  /** Full-text match on paraphrase and quote. */
  text?: string | null | undefined;
};

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

export type ActorChain_PathFragment = { __typename: 'ActorPath', length: number, nodes: Array<
    | (
      { __typename: 'Claim', key: string }
      & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
    )
    | { __typename: 'Country', key: string, name: string, actorKind: ActorKind }
    | { __typename: 'Government', key: string, name: string, actorKind: ActorKind }
    | { __typename: 'Group', key: string, name: string, actorKind: ActorKind }
    | { __typename: 'MediaOutlet', key: string, name: string, actorKind: ActorKind }
    | { __typename: 'Organization', key: string, name: string, actorKind: ActorKind }
    | { __typename: 'Person', key: string, name: string, actorKind: ActorKind }
  >, links: Array<{ __typename: 'PathLink', type: string, fromKey: string, toKey: string }> } & { ' $fragmentName'?: 'ActorChain_PathFragment' };

type ActorLink_Actor_Country_Fragment = { __typename: 'Country', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Country_Fragment' };

type ActorLink_Actor_Government_Fragment = { __typename: 'Government', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Government_Fragment' };

type ActorLink_Actor_Group_Fragment = { __typename: 'Group', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Group_Fragment' };

type ActorLink_Actor_MediaOutlet_Fragment = { __typename: 'MediaOutlet', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_MediaOutlet_Fragment' };

type ActorLink_Actor_Organization_Fragment = { __typename: 'Organization', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Organization_Fragment' };

type ActorLink_Actor_Person_Fragment = { __typename: 'Person', key: string, name: string, kind: ActorKind } & { ' $fragmentName'?: 'ActorLink_Actor_Person_Fragment' };

export type ActorLink_ActorFragment =
  | ActorLink_Actor_Country_Fragment
  | ActorLink_Actor_Government_Fragment
  | ActorLink_Actor_Group_Fragment
  | ActorLink_Actor_MediaOutlet_Fragment
  | ActorLink_Actor_Organization_Fragment
  | ActorLink_Actor_Person_Fragment
;

export type ActorNetwork_NetworkFragment = { __typename: 'ActorNetwork', actors: Array<
    | { __typename: 'Country', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
    | { __typename: 'Government', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
    | { __typename: 'Group', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
    | { __typename: 'MediaOutlet', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
    | { __typename: 'Organization', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
    | { __typename: 'Person', id: string, key: string, name: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number }, claimsAbout: { __typename: 'ClaimConnection', totalCount: number } }
  >, links: Array<{ __typename: 'NetworkLink', claimCount: number, kinds: Array<ClaimKind>, speaker:
      | { __typename: 'Country', key: string }
      | { __typename: 'Government', key: string }
      | { __typename: 'Group', key: string }
      | { __typename: 'MediaOutlet', key: string }
      | { __typename: 'Organization', key: string }
      | { __typename: 'Person', key: string }
    , subject:
      | { __typename: 'Country', key: string }
      | { __typename: 'Government', key: string }
      | { __typename: 'Group', key: string }
      | { __typename: 'MediaOutlet', key: string }
      | { __typename: 'Organization', key: string }
      | { __typename: 'Person', key: string }
     }> } & { ' $fragmentName'?: 'ActorNetwork_NetworkFragment' };

export type ActorNetworkExpansionQueryVariables = Exact<{
  actor: string | number;
}>;


export type ActorNetworkExpansionQuery = { __typename: 'Query', actorNetwork: (
    { __typename: 'ActorNetwork' }
    & { ' $fragmentRefs'?: { 'ActorNetwork_NetworkFragment': ActorNetwork_NetworkFragment } }
  ) };

export type ActorPickerQueryVariables = Exact<{
  name: string;
}>;


export type ActorPickerQuery = { __typename: 'Query', actors: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node:
        | { __typename: 'Country', key: string, name: string, kind: ActorKind, aliases: Array<string> }
        | { __typename: 'Government', key: string, name: string, kind: ActorKind, aliases: Array<string> }
        | { __typename: 'Group', key: string, name: string, kind: ActorKind, aliases: Array<string> }
        | { __typename: 'MediaOutlet', key: string, name: string, kind: ActorKind, aliases: Array<string> }
        | { __typename: 'Organization', key: string, name: string, kind: ActorKind, aliases: Array<string> }
        | { __typename: 'Person', key: string, name: string, kind: ActorKind, aliases: Array<string> }
       }> } };

export type ClaimCard_ClaimFragment = { __typename: 'Claim', key: string, kind: ClaimKind, paraphrase: string, quote: string | null, speaker:
    | (
      { __typename: 'Country' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
    )
    | (
      { __typename: 'Government' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
    )
    | (
      { __typename: 'Group' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
    )
    | (
      { __typename: 'MediaOutlet' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
    )
    | (
      { __typename: 'Organization' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
    )
    | (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
    )
  , statedOn: (
    { __typename: 'FuzzyDate' }
    & { ' $fragmentRefs'?: { 'StatedOn_DateFragment': StatedOn_DateFragment } }
  ) | null, provenance: { __typename: 'ClaimProvenance', origin: ClaimOrigin } } & { ' $fragmentName'?: 'ClaimCard_ClaimFragment' };

export type EvidenceInSentence_EvidenceFragment = { __typename: 'Evidence', key: string, text: string, prefix: string, suffix: string, start: number, article: { __typename: 'Article', key: string, title: string, publishedAt: string, outlet:
      | { __typename: 'Country', name: string }
      | { __typename: 'Government', name: string }
      | { __typename: 'Group', name: string }
      | { __typename: 'MediaOutlet', name: string }
      | { __typename: 'Organization', name: string }
      | { __typename: 'Person', name: string }
     | null } } & { ' $fragmentName'?: 'EvidenceInSentence_EvidenceFragment' };

export type HighlightedBody_EvidenceFragment = { __typename: 'Evidence', key: string, start: number, end: number, claim: { __typename: 'Claim', key: string, kind: ClaimKind, paraphrase: string, speaker:
      | { __typename: 'Country', name: string }
      | { __typename: 'Government', name: string }
      | { __typename: 'Group', name: string }
      | { __typename: 'MediaOutlet', name: string }
      | { __typename: 'Organization', name: string }
      | { __typename: 'Person', name: string }
     } } & { ' $fragmentName'?: 'HighlightedBody_EvidenceFragment' };

export type LinkedClaims_ConnectionFragment = { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', rationale: string | null, node: (
      { __typename: 'Claim', key: string }
      & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
    ) }> } & { ' $fragmentName'?: 'LinkedClaims_ConnectionFragment' };

export type StatedOn_DateFragment = { __typename: 'FuzzyDate', date: string, precision: DatePrecision, text: string | null } & { ' $fragmentName'?: 'StatedOn_DateFragment' };

export type Timeline_ClaimsFragment = { __typename: 'ClaimConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ClaimEdge', node: { __typename: 'Claim', key: string, kind: ClaimKind, paraphrase: string, speaker:
        | (
          { __typename: 'Country' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
        )
        | (
          { __typename: 'Government' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
        )
        | (
          { __typename: 'Group' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
        )
        | (
          { __typename: 'MediaOutlet' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
        )
        | (
          { __typename: 'Organization' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
        )
        | (
          { __typename: 'Person' }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
        )
      , statedOn: (
        { __typename: 'FuzzyDate', date: string, precision: DatePrecision }
        & { ' $fragmentRefs'?: { 'StatedOn_DateFragment': StatedOn_DateFragment } }
      ) | null } }> } & { ' $fragmentName'?: 'Timeline_ClaimsFragment' };

type ActorProfile_Actor_Country_Fragment = { __typename: 'Country', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_Country_Fragment' };

type ActorProfile_Actor_Government_Fragment = { __typename: 'Government', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_Government_Fragment' };

type ActorProfile_Actor_Group_Fragment = { __typename: 'Group', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_Group_Fragment' };

type ActorProfile_Actor_MediaOutlet_Fragment = { __typename: 'MediaOutlet', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_MediaOutlet_Fragment' };

type ActorProfile_Actor_Organization_Fragment = { __typename: 'Organization', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_Organization_Fragment' };

type ActorProfile_Actor_Person_Fragment = { __typename: 'Person', name: string, kind: ActorKind, description: string | null, aliases: Array<string>, basedIn: { __typename: 'Location', name: string } | null, affiliations: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }>, affiliates: Array<{ __typename: 'Affiliation', role: string, actor:
      | (
        { __typename: 'Country', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person', key: string }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'ActorProfile_Actor_Person_Fragment' };

export type ActorProfile_ActorFragment =
  | ActorProfile_Actor_Country_Fragment
  | ActorProfile_Actor_Government_Fragment
  | ActorProfile_Actor_Group_Fragment
  | ActorProfile_Actor_MediaOutlet_Fragment
  | ActorProfile_Actor_Organization_Fragment
  | ActorProfile_Actor_Person_Fragment
;

export type ActorClaims_ClaimsFragment = { __typename: 'ClaimConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ClaimEdge', role: AboutRole | null, node: (
      { __typename: 'Claim', key: string }
      & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
    ) }> } & { ' $fragmentName'?: 'ActorClaims_ClaimsFragment' };

export type ActorPageQueryVariables = Exact<{
  key: string | number;
  made: boolean;
  filter?: ClaimFilter | null | undefined;
  role?: AboutRole | null | undefined;
  first: number;
  timelineFirst: number;
}>;


export type ActorPageQuery = { __typename: 'Query', actor:
    | (
      { __typename: 'Country', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_Country_Fragment': ActorProfile_Actor_Country_Fragment } }
    )
    | (
      { __typename: 'Government', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_Government_Fragment': ActorProfile_Actor_Government_Fragment } }
    )
    | (
      { __typename: 'Group', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_Group_Fragment': ActorProfile_Actor_Group_Fragment } }
    )
    | (
      { __typename: 'MediaOutlet', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_MediaOutlet_Fragment': ActorProfile_Actor_MediaOutlet_Fragment } }
    )
    | (
      { __typename: 'Organization', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_Organization_Fragment': ActorProfile_Actor_Organization_Fragment } }
    )
    | (
      { __typename: 'Person', id: string, key: string, name: string, madeCount: { __typename: 'ClaimConnection', totalCount: number }, aboutCount: { __typename: 'ClaimConnection', totalCount: number }, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ActorProfile_Actor_Person_Fragment': ActorProfile_Actor_Person_Fragment } }
    )
   | null, timeline: (
    { __typename: 'ClaimConnection' }
    & { ' $fragmentRefs'?: { 'Timeline_ClaimsFragment': Timeline_ClaimsFragment } }
  ), actorNetwork: (
    { __typename: 'ActorNetwork' }
    & { ' $fragmentRefs'?: { 'ActorNetwork_NetworkFragment': ActorNetwork_NetworkFragment } }
  ) };

export type ActorClaimsMoreQueryVariables = Exact<{
  key: string | number;
  made: boolean;
  filter?: ClaimFilter | null | undefined;
  role?: AboutRole | null | undefined;
  first: number;
  after: string;
}>;


export type ActorClaimsMoreQuery = { __typename: 'Query', actor:
    | { __typename: 'Country', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
    | { __typename: 'Government', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
    | { __typename: 'Group', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
    | { __typename: 'MediaOutlet', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
    | { __typename: 'Organization', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
    | { __typename: 'Person', id: string, claimsMade?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ), claimsAbout?: (
        { __typename: 'ClaimConnection' }
        & { ' $fragmentRefs'?: { 'ActorClaims_ClaimsFragment': ActorClaims_ClaimsFragment } }
      ) }
   | null };

export type ActorTimelineMoreQueryVariables = Exact<{
  key: string | number;
  timelineFirst: number;
  after: string;
}>;


export type ActorTimelineMoreQuery = { __typename: 'Query', timeline: (
    { __typename: 'ClaimConnection' }
    & { ' $fragmentRefs'?: { 'Timeline_ClaimsFragment': Timeline_ClaimsFragment } }
  ) };

export type ArticlePageQueryVariables = Exact<{
  key: string | number;
}>;


export type ArticlePageQuery = { __typename: 'Query', article: { __typename: 'Article', title: string, publishedAt: string, datelineText: string | null, sources: Array<string>, body: string, dateline: { __typename: 'Location', name: string } | null, outlet:
      | (
        { __typename: 'Country' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     | null, evidence: { __typename: 'EvidenceConnection', totalCount: number, edges: Array<{ __typename: 'EvidenceEdge', node: (
          { __typename: 'Evidence', key: string, claim: (
            { __typename: 'Claim', key: string }
            & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
          ) }
          & { ' $fragmentRefs'?: { 'HighlightedBody_EvidenceFragment': HighlightedBody_EvidenceFragment } }
        ) }> } } | null };

export type ClaimPageQueryVariables = Exact<{
  key: string | number;
}>;


export type ClaimPageQuery = { __typename: 'Query', claim: { __typename: 'Claim', key: string, kind: ClaimKind, paraphrase: string, quote: string | null, cue: string | null, speaker:
      | (
        { __typename: 'Country' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
    , onBehalfOf:
      | (
        { __typename: 'Country' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     | null, channel:
      | (
        { __typename: 'Country' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
      )
      | (
        { __typename: 'Government' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
      )
      | (
        { __typename: 'Group' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
      )
      | (
        { __typename: 'MediaOutlet' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
      )
      | (
        { __typename: 'Organization' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
      )
      | (
        { __typename: 'Person' }
        & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
      )
     | null, statedOn: (
      { __typename: 'FuzzyDate', text: string | null }
      & { ' $fragmentRefs'?: { 'StatedOn_DateFragment': StatedOn_DateFragment } }
    ) | null, about: Array<{ __typename: 'ClaimSubject', role: AboutRole, actor:
        | (
          { __typename: 'Country', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
        )
        | (
          { __typename: 'Government', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
        )
        | (
          { __typename: 'Group', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
        )
        | (
          { __typename: 'MediaOutlet', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
        )
        | (
          { __typename: 'Organization', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
        )
        | (
          { __typename: 'Person', key: string }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
        )
       }>, locations: Array<{ __typename: 'Location', key: string, name: string }>, events: Array<{ __typename: 'Event', key: string, name: string }>, provenance: { __typename: 'ClaimProvenance', origin: ClaimOrigin, extractor: string | null, extractorVersion: string | null, confidence: number | null }, evidence: { __typename: 'EvidenceConnection', totalCount: number, edges: Array<{ __typename: 'EvidenceEdge', node: (
          { __typename: 'Evidence', key: string }
          & { ' $fragmentRefs'?: { 'EvidenceInSentence_EvidenceFragment': EvidenceInSentence_EvidenceFragment } }
        ) }> }, disputes: (
      { __typename: 'ClaimConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), disputedBy: (
      { __typename: 'ClaimConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), supports: (
      { __typename: 'ClaimConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ), supportedBy: (
      { __typename: 'ClaimConnection', totalCount: number }
      & { ' $fragmentRefs'?: { 'LinkedClaims_ConnectionFragment': LinkedClaims_ConnectionFragment } }
    ) } | null };

export type ConnectPageQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  hasFrom: boolean;
  hasTo: boolean;
  both: boolean;
}>;


export type ConnectPageQuery = { __typename: 'Query', from?:
    | { __typename: 'Country', key: string, name: string }
    | { __typename: 'Government', key: string, name: string }
    | { __typename: 'Group', key: string, name: string }
    | { __typename: 'MediaOutlet', key: string, name: string }
    | { __typename: 'Organization', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
   | null, to?:
    | { __typename: 'Country', key: string, name: string }
    | { __typename: 'Government', key: string, name: string }
    | { __typename: 'Group', key: string, name: string }
    | { __typename: 'MediaOutlet', key: string, name: string }
    | { __typename: 'Organization', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
   | null, actorPath?: (
    { __typename: 'ActorPath', length: number, nodes: Array<
      | { __typename: 'Claim' }
      | { __typename: 'Country' }
      | { __typename: 'Government' }
      | { __typename: 'Group' }
      | { __typename: 'MediaOutlet' }
      | { __typename: 'Organization' }
      | { __typename: 'Person' }
    > }
    & { ' $fragmentRefs'?: { 'ActorChain_PathFragment': ActorChain_PathFragment } }
  ) | null };

export type StartPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StartPageQuery = { __typename: 'Query', recentClaims: { __typename: 'ClaimConnection', totalCount: number, edges: Array<{ __typename: 'ClaimEdge', node: (
        { __typename: 'Claim', key: string }
        & { ' $fragmentRefs'?: { 'ClaimCard_ClaimFragment': ClaimCard_ClaimFragment } }
      ) }> }, mostQuoted: { __typename: 'ActorConnection', edges: Array<{ __typename: 'ActorEdge', node:
        | (
          { __typename: 'Country', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Country_Fragment': ActorLink_Actor_Country_Fragment } }
        )
        | (
          { __typename: 'Government', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Government_Fragment': ActorLink_Actor_Government_Fragment } }
        )
        | (
          { __typename: 'Group', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Group_Fragment': ActorLink_Actor_Group_Fragment } }
        )
        | (
          { __typename: 'MediaOutlet', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_MediaOutlet_Fragment': ActorLink_Actor_MediaOutlet_Fragment } }
        )
        | (
          { __typename: 'Organization', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Organization_Fragment': ActorLink_Actor_Organization_Fragment } }
        )
        | (
          { __typename: 'Person', key: string, claimsMade: { __typename: 'ClaimConnection', totalCount: number } }
          & { ' $fragmentRefs'?: { 'ActorLink_Actor_Person_Fragment': ActorLink_Actor_Person_Fragment } }
        )
       }> }, articles: { __typename: 'ArticleConnection', totalCount: number } };

type ActorResult_Actor_Country_Fragment = { __typename: 'Country', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Country_Fragment' };

type ActorResult_Actor_Government_Fragment = { __typename: 'Government', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Government_Fragment' };

type ActorResult_Actor_Group_Fragment = { __typename: 'Group', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Group_Fragment' };

type ActorResult_Actor_MediaOutlet_Fragment = { __typename: 'MediaOutlet', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_MediaOutlet_Fragment' };

type ActorResult_Actor_Organization_Fragment = { __typename: 'Organization', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Organization_Fragment' };

type ActorResult_Actor_Person_Fragment = { __typename: 'Person', key: string, name: string, aliases: Array<string>, description: string | null, actorKind: ActorKind } & { ' $fragmentName'?: 'ActorResult_Actor_Person_Fragment' };

export type ActorResult_ActorFragment =
  | ActorResult_Actor_Country_Fragment
  | ActorResult_Actor_Government_Fragment
  | ActorResult_Actor_Group_Fragment
  | ActorResult_Actor_MediaOutlet_Fragment
  | ActorResult_Actor_Organization_Fragment
  | ActorResult_Actor_Person_Fragment
;

export type ArticleResult_ArticleFragment = { __typename: 'Article', key: string, title: string, body: string, publishedAt: string, outlet:
    | { __typename: 'Country', name: string }
    | { __typename: 'Government', name: string }
    | { __typename: 'Group', name: string }
    | { __typename: 'MediaOutlet', name: string }
    | { __typename: 'Organization', name: string }
    | { __typename: 'Person', name: string }
   | null } & { ' $fragmentName'?: 'ArticleResult_ArticleFragment' };

export type SearchSection_ResultsFragment = { __typename: 'SearchConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SearchEdge', node:
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


export type SearchPageQuery = { __typename: 'Query', claims: (
    { __typename: 'SearchConnection' }
    & { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }
  ), actors: (
    { __typename: 'SearchConnection' }
    & { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }
  ), articles: (
    { __typename: 'SearchConnection' }
    & { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }
  ) };

export type SearchMoreQueryVariables = Exact<{
  text: string;
  targets: Array<SearchTarget> | SearchTarget;
  after: string;
}>;


export type SearchMoreQuery = { __typename: 'Query', search: (
    { __typename: 'SearchConnection' }
    & { ' $fragmentRefs'?: { 'SearchSection_ResultsFragment': SearchSection_ResultsFragment } }
  ) };

export const ActorLink_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ActorLink_ActorFragment, unknown>;
export const StatedOn_DateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<StatedOn_DateFragment, unknown>;
export const ClaimCard_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<ClaimCard_ClaimFragment, unknown>;
export const ActorChain_PathFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorChain_path"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ActorChain_PathFragment, unknown>;
export const ActorNetwork_NetworkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorNetwork_network"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claimCount"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNetwork_NetworkFragment, unknown>;
export const EvidenceInSentence_EvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceInSentence_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceInSentence_EvidenceFragment, unknown>;
export const HighlightedBody_EvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HighlightedBody_EvidenceFragment, unknown>;
export const LinkedClaims_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedClaims_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<LinkedClaims_ConnectionFragment, unknown>;
export const Timeline_ClaimsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Timeline_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<Timeline_ClaimsFragment, unknown>;
export const ActorProfile_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorProfile_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ActorProfile_ActorFragment, unknown>;
export const ActorClaims_ClaimsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorClaims_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ActorClaims_ClaimsFragment, unknown>;
export const ActorResult_ActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<ActorResult_ActorFragment, unknown>;
export const ArticleResult_ArticleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArticleResult_ArticleFragment, unknown>;
export const SearchSection_ResultsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchSection_ResultsFragment, unknown>;
export const ActorNetworkExpansionDocument = {"__meta__":{"hash":"6ddf6af0945b284081336933e6cee2f20c2bbe387151dcd3117345fd0b12e89a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorNetworkExpansion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actorNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorNetwork_network"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorNetwork_network"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claimCount"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ActorNetworkExpansionQuery, ActorNetworkExpansionQueryVariables>;
export const ActorPickerDocument = {"__meta__":{"hash":"1e811d739ef42f8b96c57d88c51bc2d8d1b585e9b2f5796d8902a73e6fdf7125"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorPickerQuery, ActorPickerQueryVariables>;
export const ActorPageDocument = {"__meta__":{"hash":"647376ef698d02f43f7edfced2023b89f4a7cab63e96726585a75ef07b37ca3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"made"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AboutRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timelineFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorProfile_actor"}},{"kind":"Field","alias":{"kind":"Name","value":"madeCount"},"name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"aboutCount"},"name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"made"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorClaims_claims"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"made"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorClaims_claims"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timelineFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_claims"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorNetwork_network"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorProfile_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"basedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorClaims_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Timeline_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorNetwork_network"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claimCount"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ActorClaimsMoreDocument = {"__meta__":{"hash":"b3e83755f686cfa4c82e8b4f1201df69ce1c1e06710574a0f341bacf892f820e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorClaimsMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"made"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AboutRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"made"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorClaims_claims"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"made"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorClaims_claims"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorClaims_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]} as unknown as DocumentNode<ActorClaimsMoreQuery, ActorClaimsMoreQueryVariables>;
export const ActorTimelineMoreDocument = {"__meta__":{"hash":"664f46e1f5362da9a64a73935f52ebf16c76156359a80199681370f6bca02bb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorTimelineMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timelineFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timelineFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Timeline_claims"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Timeline_claims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorTimelineMoreQuery, ActorTimelineMoreQueryVariables>;
export const ArticlePageDocument = {"__meta__":{"hash":"57405c055bc3eaa0acd0b93058e959a27f7b5976d67d7e0a623df90b6919ab35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"datelineText"}},{"kind":"Field","name":{"kind":"Name","value":"dateline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HighlightedBody_evidence"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HighlightedBody_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<ArticlePageQuery, ArticlePageQueryVariables>;
export const ClaimPageDocument = {"__meta__":{"hash":"c5f0d203c1b6be5039e864baaa763b0a04d5a28f4e0fdfde79d05dcd9c19463b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}},{"kind":"Field","name":{"kind":"Name","value":"extractorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceInSentence_evidence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkedClaims_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceInSentence_evidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkedClaims_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimPageQuery, ClaimPageQueryVariables>;
export const ConnectPageDocument = {"__meta__":{"hash":"b2a334ad19bf6410a479dd384309a6554b4478123f3a788f01dcee4fad9a2db4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"both"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"from"},"name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasFrom"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"to"},"name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasTo"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"both"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorChain_path"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorChain_path"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}}]}}]}}]} as unknown as DocumentNode<ConnectPageQuery, ConnectPageQueryVariables>;
export const StartPageDocument = {"__meta__":{"hash":"ed052b5f6cf4dfe72799376633f66d27f6b63c10b388ebee9d81ff019685ae85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"recentClaims"},"name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATED_ON_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mostQuoted"},"name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CLAIMS_MADE_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}},{"kind":"Field","name":{"kind":"Name","value":"claimsMade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<StartPageQuery, StartPageQueryVariables>;
export const SearchPageDocument = {"__meta__":{"hash":"eb6d2d334e19355d4633da3fe7af300e2e9b02537c294f01319bb800155581ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"claims"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CLAIM"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"actors"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTOR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"articles"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARTICLE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SearchMoreDocument = {"__meta__":{"hash":"ec755ddb14e82a8370c34b38f1203555a515caf642fa11fe36459310095e243f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchTarget"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchSection_results"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorLink_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatedOn_date"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FuzzyDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paraphrase"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorLink_actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatedOn_date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorResult_actor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"actorKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleResult_article"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchSection_results"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimCard_claim"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorResult_actor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleResult_article"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMoreQuery, SearchMoreQueryVariables>;