/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActorChain_path on ActorPath {\n    length\n    nodes {\n      __typename\n      ... on Claim {\n        key\n        ...ClaimCard_claim\n      }\n      # Not ActorLink_actor: its kind (an ActorKind) would clash with the claim's kind in this union.\n      ... on Actor {\n        key\n        name\n        actorKind: kind\n      }\n    }\n    links {\n      type\n      fromKey\n      toKey\n    }\n  }\n": typeof types.ActorChain_PathFragmentDoc,
    "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n": typeof types.ActorLink_ActorFragmentDoc,
    "\n  fragment ActorNetwork_network on ActorNetwork {\n    actors {\n      id\n      key\n      name\n      claimsMade(first: 0) {\n        totalCount\n      }\n      claimsAbout(first: 0) {\n        totalCount\n      }\n    }\n    links {\n      claimCount\n      kinds\n      speaker {\n        key\n      }\n      subject {\n        key\n      }\n    }\n  }\n": typeof types.ActorNetwork_NetworkFragmentDoc,
    "\n  query ActorNetworkExpansion($actor: ID!) {\n    actorNetwork(actor: $actor) {\n      ...ActorNetwork_network\n    }\n  }\n": typeof types.ActorNetworkExpansionDocument,
    "\n  query ActorPicker($name: String!) {\n    actors(name: $name, first: 8) {\n      edges {\n        node {\n          key\n          name\n          kind\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.ActorPickerDocument,
    "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n": typeof types.ClaimCard_ClaimFragmentDoc,
    "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n": typeof types.StatedOn_DateFragmentDoc,
    "\n  fragment Timeline_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        key\n        kind\n        paraphrase\n        speaker {\n          ...ActorLink_actor\n        }\n        statedOn {\n          date\n          precision\n          ...StatedOn_date\n        }\n      }\n    }\n  }\n": typeof types.Timeline_ClaimsFragmentDoc,
    "\n  fragment ActorProfile_actor on Actor {\n    name\n    kind\n    description\n    aliases\n    basedIn {\n      name\n    }\n    affiliations {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n    affiliates {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n  }\n": typeof types.ActorProfile_ActorFragmentDoc,
    "\n  fragment ActorClaims_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      role\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n": typeof types.ActorClaims_ClaimsFragmentDoc,
    "\n  query ActorPage(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $timelineFirst: Int!\n  ) {\n    actor(key: $key) {\n      id\n      key\n      name\n      ...ActorProfile_actor\n      madeCount: claimsMade(first: 0) {\n        totalCount\n      }\n      aboutCount: claimsAbout(first: 0) {\n        totalCount\n      }\n      claimsMade(first: $first, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, filter: $filter, role: $role, orderBy: STATED_ON_DESC) @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n    timeline(actor: $key, first: $timelineFirst) {\n      ...Timeline_claims\n    }\n    actorNetwork(actor: $key) {\n      ...ActorNetwork_network\n    }\n  }\n": typeof types.ActorPageDocument,
    "\n  query ActorClaimsMore(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $after: String!\n  ) {\n    actor(key: $key) {\n      id\n      claimsMade(first: $first, after: $after, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, after: $after, filter: $filter, role: $role, orderBy: STATED_ON_DESC)\n        @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n  }\n": typeof types.ActorClaimsMoreDocument,
    "\n  query ActorTimelineMore($key: ID!, $timelineFirst: Int!, $after: String!) {\n    timeline(actor: $key, first: $timelineFirst, after: $after) {\n      ...Timeline_claims\n    }\n  }\n": typeof types.ActorTimelineMoreDocument,
    "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      key\n      title\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      paraphrase\n      ...ClaimCard_claim\n    }\n  }\n": typeof types.ClaimPageDocument,
    "\n  query ConnectPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {\n    from: actor(key: $from) @include(if: $hasFrom) {\n      key\n      name\n    }\n    to: actor(key: $to) @include(if: $hasTo) {\n      key\n      name\n    }\n    actorPath(from: $from, to: $to) @include(if: $both) {\n      length\n      nodes {\n        __typename\n      }\n      ...ActorChain_path\n    }\n  }\n": typeof types.ConnectPageDocument,
    "\n  query SearchPage($text: String!) {\n    search(text: $text, first: 20) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ... on Claim {\n            key\n            ...ClaimCard_claim\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
};
const documents: Documents = {
    "\n  fragment ActorChain_path on ActorPath {\n    length\n    nodes {\n      __typename\n      ... on Claim {\n        key\n        ...ClaimCard_claim\n      }\n      # Not ActorLink_actor: its kind (an ActorKind) would clash with the claim's kind in this union.\n      ... on Actor {\n        key\n        name\n        actorKind: kind\n      }\n    }\n    links {\n      type\n      fromKey\n      toKey\n    }\n  }\n": types.ActorChain_PathFragmentDoc,
    "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n": types.ActorLink_ActorFragmentDoc,
    "\n  fragment ActorNetwork_network on ActorNetwork {\n    actors {\n      id\n      key\n      name\n      claimsMade(first: 0) {\n        totalCount\n      }\n      claimsAbout(first: 0) {\n        totalCount\n      }\n    }\n    links {\n      claimCount\n      kinds\n      speaker {\n        key\n      }\n      subject {\n        key\n      }\n    }\n  }\n": types.ActorNetwork_NetworkFragmentDoc,
    "\n  query ActorNetworkExpansion($actor: ID!) {\n    actorNetwork(actor: $actor) {\n      ...ActorNetwork_network\n    }\n  }\n": types.ActorNetworkExpansionDocument,
    "\n  query ActorPicker($name: String!) {\n    actors(name: $name, first: 8) {\n      edges {\n        node {\n          key\n          name\n          kind\n          aliases\n        }\n      }\n    }\n  }\n": types.ActorPickerDocument,
    "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n": types.ClaimCard_ClaimFragmentDoc,
    "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n": types.StatedOn_DateFragmentDoc,
    "\n  fragment Timeline_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        key\n        kind\n        paraphrase\n        speaker {\n          ...ActorLink_actor\n        }\n        statedOn {\n          date\n          precision\n          ...StatedOn_date\n        }\n      }\n    }\n  }\n": types.Timeline_ClaimsFragmentDoc,
    "\n  fragment ActorProfile_actor on Actor {\n    name\n    kind\n    description\n    aliases\n    basedIn {\n      name\n    }\n    affiliations {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n    affiliates {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n  }\n": types.ActorProfile_ActorFragmentDoc,
    "\n  fragment ActorClaims_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      role\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n": types.ActorClaims_ClaimsFragmentDoc,
    "\n  query ActorPage(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $timelineFirst: Int!\n  ) {\n    actor(key: $key) {\n      id\n      key\n      name\n      ...ActorProfile_actor\n      madeCount: claimsMade(first: 0) {\n        totalCount\n      }\n      aboutCount: claimsAbout(first: 0) {\n        totalCount\n      }\n      claimsMade(first: $first, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, filter: $filter, role: $role, orderBy: STATED_ON_DESC) @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n    timeline(actor: $key, first: $timelineFirst) {\n      ...Timeline_claims\n    }\n    actorNetwork(actor: $key) {\n      ...ActorNetwork_network\n    }\n  }\n": types.ActorPageDocument,
    "\n  query ActorClaimsMore(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $after: String!\n  ) {\n    actor(key: $key) {\n      id\n      claimsMade(first: $first, after: $after, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, after: $after, filter: $filter, role: $role, orderBy: STATED_ON_DESC)\n        @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n  }\n": types.ActorClaimsMoreDocument,
    "\n  query ActorTimelineMore($key: ID!, $timelineFirst: Int!, $after: String!) {\n    timeline(actor: $key, first: $timelineFirst, after: $after) {\n      ...Timeline_claims\n    }\n  }\n": types.ActorTimelineMoreDocument,
    "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      key\n      title\n    }\n  }\n": types.ArticlePageDocument,
    "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      paraphrase\n      ...ClaimCard_claim\n    }\n  }\n": types.ClaimPageDocument,
    "\n  query ConnectPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {\n    from: actor(key: $from) @include(if: $hasFrom) {\n      key\n      name\n    }\n    to: actor(key: $to) @include(if: $hasTo) {\n      key\n      name\n    }\n    actorPath(from: $from, to: $to) @include(if: $both) {\n      length\n      nodes {\n        __typename\n      }\n      ...ActorChain_path\n    }\n  }\n": types.ConnectPageDocument,
    "\n  query SearchPage($text: String!) {\n    search(text: $text, first: 20) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ... on Claim {\n            key\n            ...ClaimCard_claim\n          }\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorChain_path on ActorPath {\n    length\n    nodes {\n      __typename\n      ... on Claim {\n        key\n        ...ClaimCard_claim\n      }\n      # Not ActorLink_actor: its kind (an ActorKind) would clash with the claim's kind in this union.\n      ... on Actor {\n        key\n        name\n        actorKind: kind\n      }\n    }\n    links {\n      type\n      fromKey\n      toKey\n    }\n  }\n"): (typeof documents)["\n  fragment ActorChain_path on ActorPath {\n    length\n    nodes {\n      __typename\n      ... on Claim {\n        key\n        ...ClaimCard_claim\n      }\n      # Not ActorLink_actor: its kind (an ActorKind) would clash with the claim's kind in this union.\n      ... on Actor {\n        key\n        name\n        actorKind: kind\n      }\n    }\n    links {\n      type\n      fromKey\n      toKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n"): (typeof documents)["\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorNetwork_network on ActorNetwork {\n    actors {\n      id\n      key\n      name\n      claimsMade(first: 0) {\n        totalCount\n      }\n      claimsAbout(first: 0) {\n        totalCount\n      }\n    }\n    links {\n      claimCount\n      kinds\n      speaker {\n        key\n      }\n      subject {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorNetwork_network on ActorNetwork {\n    actors {\n      id\n      key\n      name\n      claimsMade(first: 0) {\n        totalCount\n      }\n      claimsAbout(first: 0) {\n        totalCount\n      }\n    }\n    links {\n      claimCount\n      kinds\n      speaker {\n        key\n      }\n      subject {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorNetworkExpansion($actor: ID!) {\n    actorNetwork(actor: $actor) {\n      ...ActorNetwork_network\n    }\n  }\n"): (typeof documents)["\n  query ActorNetworkExpansion($actor: ID!) {\n    actorNetwork(actor: $actor) {\n      ...ActorNetwork_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPicker($name: String!) {\n    actors(name: $name, first: 8) {\n      edges {\n        node {\n          key\n          name\n          kind\n          aliases\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActorPicker($name: String!) {\n    actors(name: $name, first: 8) {\n      edges {\n        node {\n          key\n          name\n          kind\n          aliases\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n"): (typeof documents)["\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Timeline_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        key\n        kind\n        paraphrase\n        speaker {\n          ...ActorLink_actor\n        }\n        statedOn {\n          date\n          precision\n          ...StatedOn_date\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Timeline_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        key\n        kind\n        paraphrase\n        speaker {\n          ...ActorLink_actor\n        }\n        statedOn {\n          date\n          precision\n          ...StatedOn_date\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorProfile_actor on Actor {\n    name\n    kind\n    description\n    aliases\n    basedIn {\n      name\n    }\n    affiliations {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n    affiliates {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorProfile_actor on Actor {\n    name\n    kind\n    description\n    aliases\n    basedIn {\n      name\n    }\n    affiliations {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n    affiliates {\n      role\n      actor {\n        key\n        ...ActorLink_actor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorClaims_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      role\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorClaims_claims on ClaimConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      role\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $timelineFirst: Int!\n  ) {\n    actor(key: $key) {\n      id\n      key\n      name\n      ...ActorProfile_actor\n      madeCount: claimsMade(first: 0) {\n        totalCount\n      }\n      aboutCount: claimsAbout(first: 0) {\n        totalCount\n      }\n      claimsMade(first: $first, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, filter: $filter, role: $role, orderBy: STATED_ON_DESC) @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n    timeline(actor: $key, first: $timelineFirst) {\n      ...Timeline_claims\n    }\n    actorNetwork(actor: $key) {\n      ...ActorNetwork_network\n    }\n  }\n"): (typeof documents)["\n  query ActorPage(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $timelineFirst: Int!\n  ) {\n    actor(key: $key) {\n      id\n      key\n      name\n      ...ActorProfile_actor\n      madeCount: claimsMade(first: 0) {\n        totalCount\n      }\n      aboutCount: claimsAbout(first: 0) {\n        totalCount\n      }\n      claimsMade(first: $first, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, filter: $filter, role: $role, orderBy: STATED_ON_DESC) @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n    timeline(actor: $key, first: $timelineFirst) {\n      ...Timeline_claims\n    }\n    actorNetwork(actor: $key) {\n      ...ActorNetwork_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorClaimsMore(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $after: String!\n  ) {\n    actor(key: $key) {\n      id\n      claimsMade(first: $first, after: $after, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, after: $after, filter: $filter, role: $role, orderBy: STATED_ON_DESC)\n        @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActorClaimsMore(\n    $key: ID!\n    $made: Boolean!\n    $filter: ClaimFilter\n    $role: AboutRole\n    $first: Int!\n    $after: String!\n  ) {\n    actor(key: $key) {\n      id\n      claimsMade(first: $first, after: $after, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {\n        ...ActorClaims_claims\n      }\n      claimsAbout(first: $first, after: $after, filter: $filter, role: $role, orderBy: STATED_ON_DESC)\n        @skip(if: $made) {\n        ...ActorClaims_claims\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorTimelineMore($key: ID!, $timelineFirst: Int!, $after: String!) {\n    timeline(actor: $key, first: $timelineFirst, after: $after) {\n      ...Timeline_claims\n    }\n  }\n"): (typeof documents)["\n  query ActorTimelineMore($key: ID!, $timelineFirst: Int!, $after: String!) {\n    timeline(actor: $key, first: $timelineFirst, after: $after) {\n      ...Timeline_claims\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      key\n      title\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      key\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      paraphrase\n      ...ClaimCard_claim\n    }\n  }\n"): (typeof documents)["\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      paraphrase\n      ...ClaimCard_claim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {\n    from: actor(key: $from) @include(if: $hasFrom) {\n      key\n      name\n    }\n    to: actor(key: $to) @include(if: $hasTo) {\n      key\n      name\n    }\n    actorPath(from: $from, to: $to) @include(if: $both) {\n      length\n      nodes {\n        __typename\n      }\n      ...ActorChain_path\n    }\n  }\n"): (typeof documents)["\n  query ConnectPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {\n    from: actor(key: $from) @include(if: $hasFrom) {\n      key\n      name\n    }\n    to: actor(key: $to) @include(if: $hasTo) {\n      key\n      name\n    }\n    actorPath(from: $from, to: $to) @include(if: $both) {\n      length\n      nodes {\n        __typename\n      }\n      ...ActorChain_path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($text: String!) {\n    search(text: $text, first: 20) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ... on Claim {\n            key\n            ...ClaimCard_claim\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($text: String!) {\n    search(text: $text, first: 20) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ... on Claim {\n            key\n            ...ClaimCard_claim\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;