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
    "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n": typeof types.ActorLink_ActorFragmentDoc,
    "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n": typeof types.ClaimCard_ClaimFragmentDoc,
    "\n  fragment EvidenceInSentence_evidence on Evidence {\n    key\n    text\n    prefix\n    suffix\n    start\n    article {\n      key\n      title\n      publishedAt\n      outlet {\n        name\n      }\n    }\n  }\n": typeof types.EvidenceInSentence_EvidenceFragmentDoc,
    "\n  fragment HighlightedBody_evidence on Evidence {\n    key\n    start\n    end\n    claim {\n      key\n      kind\n      paraphrase\n      speaker {\n        name\n      }\n    }\n  }\n": typeof types.HighlightedBody_EvidenceFragmentDoc,
    "\n  fragment LinkedClaims_connection on ClaimConnection {\n    totalCount\n    edges {\n      rationale\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n": typeof types.LinkedClaims_ConnectionFragmentDoc,
    "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n": typeof types.StatedOn_DateFragmentDoc,
    "\n  query ActorPage($key: ID!) {\n    actor(key: $key) {\n      key\n      name\n    }\n  }\n": typeof types.ActorPageDocument,
    "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      title\n      publishedAt\n      datelineText\n      dateline {\n        name\n      }\n      outlet {\n        ...ActorLink_actor\n      }\n      sources\n      body\n      evidence(first: 100) {\n        totalCount\n        edges {\n          node {\n            key\n            ...HighlightedBody_evidence\n            claim {\n              key\n              ...ClaimCard_claim\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      kind\n      paraphrase\n      quote\n      cue\n      speaker {\n        ...ActorLink_actor\n      }\n      onBehalfOf {\n        ...ActorLink_actor\n      }\n      channel {\n        ...ActorLink_actor\n      }\n      statedOn {\n        text\n        ...StatedOn_date\n      }\n      about {\n        role\n        actor {\n          key\n          ...ActorLink_actor\n        }\n      }\n      locations {\n        key\n        name\n      }\n      events {\n        key\n        name\n      }\n      provenance {\n        origin\n        extractor\n        extractorVersion\n        confidence\n      }\n      evidence(first: 50) {\n        totalCount\n        edges {\n          node {\n            key\n            ...EvidenceInSentence_evidence\n          }\n        }\n      }\n      disputes(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      disputedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supports(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supportedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n    }\n  }\n": typeof types.ClaimPageDocument,
    "\n  query StartPage {\n    recentClaims: claims(orderBy: STATED_ON_DESC, first: 6) {\n      totalCount\n      edges {\n        node {\n          key\n          ...ClaimCard_claim\n        }\n      }\n    }\n    mostQuoted: actors(orderBy: CLAIMS_MADE_DESC, first: 8) {\n      edges {\n        node {\n          key\n          ...ActorLink_actor\n          claimsMade(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n    articles(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.StartPageDocument,
    "\n  fragment ActorResult_actor on Actor {\n    key\n    name\n    # Aliased: beside a claim's kind in the same search results, \"kind\" would have two types.\n    actorKind: kind\n    aliases\n    description\n  }\n": typeof types.ActorResult_ActorFragmentDoc,
    "\n  fragment ArticleResult_article on Article {\n    key\n    title\n    body\n    publishedAt\n    outlet {\n      name\n    }\n  }\n": typeof types.ArticleResult_ArticleFragmentDoc,
    "\n  fragment SearchSection_results on SearchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        __typename\n        ... on Claim {\n          key\n          ...ClaimCard_claim\n        }\n        ... on Actor {\n          key\n          ...ActorResult_actor\n        }\n        ... on Article {\n          key\n          ...ArticleResult_article\n        }\n      }\n    }\n  }\n": typeof types.SearchSection_ResultsFragmentDoc,
    "\n  query SearchPage($text: String!) {\n    claims: search(text: $text, targets: [CLAIM], first: 10) {\n      ...SearchSection_results\n    }\n    actors: search(text: $text, targets: [ACTOR], first: 10) {\n      ...SearchSection_results\n    }\n    articles: search(text: $text, targets: [ARTICLE], first: 10) {\n      ...SearchSection_results\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchMore($text: String!, $targets: [SearchTarget!]!, $after: String!) {\n    search(text: $text, targets: $targets, first: 10, after: $after) {\n      ...SearchSection_results\n    }\n  }\n": typeof types.SearchMoreDocument,
};
const documents: Documents = {
    "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n": types.ActorLink_ActorFragmentDoc,
    "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n": types.ClaimCard_ClaimFragmentDoc,
    "\n  fragment EvidenceInSentence_evidence on Evidence {\n    key\n    text\n    prefix\n    suffix\n    start\n    article {\n      key\n      title\n      publishedAt\n      outlet {\n        name\n      }\n    }\n  }\n": types.EvidenceInSentence_EvidenceFragmentDoc,
    "\n  fragment HighlightedBody_evidence on Evidence {\n    key\n    start\n    end\n    claim {\n      key\n      kind\n      paraphrase\n      speaker {\n        name\n      }\n    }\n  }\n": types.HighlightedBody_EvidenceFragmentDoc,
    "\n  fragment LinkedClaims_connection on ClaimConnection {\n    totalCount\n    edges {\n      rationale\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n": types.LinkedClaims_ConnectionFragmentDoc,
    "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n": types.StatedOn_DateFragmentDoc,
    "\n  query ActorPage($key: ID!) {\n    actor(key: $key) {\n      key\n      name\n    }\n  }\n": types.ActorPageDocument,
    "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      title\n      publishedAt\n      datelineText\n      dateline {\n        name\n      }\n      outlet {\n        ...ActorLink_actor\n      }\n      sources\n      body\n      evidence(first: 100) {\n        totalCount\n        edges {\n          node {\n            key\n            ...HighlightedBody_evidence\n            claim {\n              key\n              ...ClaimCard_claim\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ArticlePageDocument,
    "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      kind\n      paraphrase\n      quote\n      cue\n      speaker {\n        ...ActorLink_actor\n      }\n      onBehalfOf {\n        ...ActorLink_actor\n      }\n      channel {\n        ...ActorLink_actor\n      }\n      statedOn {\n        text\n        ...StatedOn_date\n      }\n      about {\n        role\n        actor {\n          key\n          ...ActorLink_actor\n        }\n      }\n      locations {\n        key\n        name\n      }\n      events {\n        key\n        name\n      }\n      provenance {\n        origin\n        extractor\n        extractorVersion\n        confidence\n      }\n      evidence(first: 50) {\n        totalCount\n        edges {\n          node {\n            key\n            ...EvidenceInSentence_evidence\n          }\n        }\n      }\n      disputes(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      disputedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supports(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supportedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n    }\n  }\n": types.ClaimPageDocument,
    "\n  query StartPage {\n    recentClaims: claims(orderBy: STATED_ON_DESC, first: 6) {\n      totalCount\n      edges {\n        node {\n          key\n          ...ClaimCard_claim\n        }\n      }\n    }\n    mostQuoted: actors(orderBy: CLAIMS_MADE_DESC, first: 8) {\n      edges {\n        node {\n          key\n          ...ActorLink_actor\n          claimsMade(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n    articles(first: 0) {\n      totalCount\n    }\n  }\n": types.StartPageDocument,
    "\n  fragment ActorResult_actor on Actor {\n    key\n    name\n    # Aliased: beside a claim's kind in the same search results, \"kind\" would have two types.\n    actorKind: kind\n    aliases\n    description\n  }\n": types.ActorResult_ActorFragmentDoc,
    "\n  fragment ArticleResult_article on Article {\n    key\n    title\n    body\n    publishedAt\n    outlet {\n      name\n    }\n  }\n": types.ArticleResult_ArticleFragmentDoc,
    "\n  fragment SearchSection_results on SearchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        __typename\n        ... on Claim {\n          key\n          ...ClaimCard_claim\n        }\n        ... on Actor {\n          key\n          ...ActorResult_actor\n        }\n        ... on Article {\n          key\n          ...ArticleResult_article\n        }\n      }\n    }\n  }\n": types.SearchSection_ResultsFragmentDoc,
    "\n  query SearchPage($text: String!) {\n    claims: search(text: $text, targets: [CLAIM], first: 10) {\n      ...SearchSection_results\n    }\n    actors: search(text: $text, targets: [ACTOR], first: 10) {\n      ...SearchSection_results\n    }\n    articles: search(text: $text, targets: [ARTICLE], first: 10) {\n      ...SearchSection_results\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchMore($text: String!, $targets: [SearchTarget!]!, $after: String!) {\n    search(text: $text, targets: $targets, first: 10, after: $after) {\n      ...SearchSection_results\n    }\n  }\n": types.SearchMoreDocument,
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
export function graphql(source: "\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n"): (typeof documents)["\n  fragment ActorLink_actor on Actor {\n    key\n    name\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimCard_claim on Claim {\n    key\n    kind\n    paraphrase\n    quote\n    speaker {\n      ...ActorLink_actor\n    }\n    statedOn {\n      ...StatedOn_date\n    }\n    provenance {\n      origin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceInSentence_evidence on Evidence {\n    key\n    text\n    prefix\n    suffix\n    start\n    article {\n      key\n      title\n      publishedAt\n      outlet {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceInSentence_evidence on Evidence {\n    key\n    text\n    prefix\n    suffix\n    start\n    article {\n      key\n      title\n      publishedAt\n      outlet {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HighlightedBody_evidence on Evidence {\n    key\n    start\n    end\n    claim {\n      key\n      kind\n      paraphrase\n      speaker {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HighlightedBody_evidence on Evidence {\n    key\n    start\n    end\n    claim {\n      key\n      kind\n      paraphrase\n      speaker {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkedClaims_connection on ClaimConnection {\n    totalCount\n    edges {\n      rationale\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LinkedClaims_connection on ClaimConnection {\n    totalCount\n    edges {\n      rationale\n      node {\n        key\n        ...ClaimCard_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n"): (typeof documents)["\n  fragment StatedOn_date on FuzzyDate {\n    date\n    precision\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($key: ID!) {\n    actor(key: $key) {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActorPage($key: ID!) {\n    actor(key: $key) {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      title\n      publishedAt\n      datelineText\n      dateline {\n        name\n      }\n      outlet {\n        ...ActorLink_actor\n      }\n      sources\n      body\n      evidence(first: 100) {\n        totalCount\n        edges {\n          node {\n            key\n            ...HighlightedBody_evidence\n            claim {\n              key\n              ...ClaimCard_claim\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($key: ID!) {\n    article(key: $key) {\n      title\n      publishedAt\n      datelineText\n      dateline {\n        name\n      }\n      outlet {\n        ...ActorLink_actor\n      }\n      sources\n      body\n      evidence(first: 100) {\n        totalCount\n        edges {\n          node {\n            key\n            ...HighlightedBody_evidence\n            claim {\n              key\n              ...ClaimCard_claim\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      kind\n      paraphrase\n      quote\n      cue\n      speaker {\n        ...ActorLink_actor\n      }\n      onBehalfOf {\n        ...ActorLink_actor\n      }\n      channel {\n        ...ActorLink_actor\n      }\n      statedOn {\n        text\n        ...StatedOn_date\n      }\n      about {\n        role\n        actor {\n          key\n          ...ActorLink_actor\n        }\n      }\n      locations {\n        key\n        name\n      }\n      events {\n        key\n        name\n      }\n      provenance {\n        origin\n        extractor\n        extractorVersion\n        confidence\n      }\n      evidence(first: 50) {\n        totalCount\n        edges {\n          node {\n            key\n            ...EvidenceInSentence_evidence\n          }\n        }\n      }\n      disputes(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      disputedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supports(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supportedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimPage($key: ID!) {\n    claim(key: $key) {\n      key\n      kind\n      paraphrase\n      quote\n      cue\n      speaker {\n        ...ActorLink_actor\n      }\n      onBehalfOf {\n        ...ActorLink_actor\n      }\n      channel {\n        ...ActorLink_actor\n      }\n      statedOn {\n        text\n        ...StatedOn_date\n      }\n      about {\n        role\n        actor {\n          key\n          ...ActorLink_actor\n        }\n      }\n      locations {\n        key\n        name\n      }\n      events {\n        key\n        name\n      }\n      provenance {\n        origin\n        extractor\n        extractorVersion\n        confidence\n      }\n      evidence(first: 50) {\n        totalCount\n        edges {\n          node {\n            key\n            ...EvidenceInSentence_evidence\n          }\n        }\n      }\n      disputes(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      disputedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supports(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n      supportedBy(first: 50) {\n        totalCount\n        ...LinkedClaims_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPage {\n    recentClaims: claims(orderBy: STATED_ON_DESC, first: 6) {\n      totalCount\n      edges {\n        node {\n          key\n          ...ClaimCard_claim\n        }\n      }\n    }\n    mostQuoted: actors(orderBy: CLAIMS_MADE_DESC, first: 8) {\n      edges {\n        node {\n          key\n          ...ActorLink_actor\n          claimsMade(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n    articles(first: 0) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StartPage {\n    recentClaims: claims(orderBy: STATED_ON_DESC, first: 6) {\n      totalCount\n      edges {\n        node {\n          key\n          ...ClaimCard_claim\n        }\n      }\n    }\n    mostQuoted: actors(orderBy: CLAIMS_MADE_DESC, first: 8) {\n      edges {\n        node {\n          key\n          ...ActorLink_actor\n          claimsMade(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n    articles(first: 0) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorResult_actor on Actor {\n    key\n    name\n    # Aliased: beside a claim's kind in the same search results, \"kind\" would have two types.\n    actorKind: kind\n    aliases\n    description\n  }\n"): (typeof documents)["\n  fragment ActorResult_actor on Actor {\n    key\n    name\n    # Aliased: beside a claim's kind in the same search results, \"kind\" would have two types.\n    actorKind: kind\n    aliases\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleResult_article on Article {\n    key\n    title\n    body\n    publishedAt\n    outlet {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleResult_article on Article {\n    key\n    title\n    body\n    publishedAt\n    outlet {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchSection_results on SearchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        __typename\n        ... on Claim {\n          key\n          ...ClaimCard_claim\n        }\n        ... on Actor {\n          key\n          ...ActorResult_actor\n        }\n        ... on Article {\n          key\n          ...ArticleResult_article\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchSection_results on SearchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        __typename\n        ... on Claim {\n          key\n          ...ClaimCard_claim\n        }\n        ... on Actor {\n          key\n          ...ActorResult_actor\n        }\n        ... on Article {\n          key\n          ...ArticleResult_article\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($text: String!) {\n    claims: search(text: $text, targets: [CLAIM], first: 10) {\n      ...SearchSection_results\n    }\n    actors: search(text: $text, targets: [ACTOR], first: 10) {\n      ...SearchSection_results\n    }\n    articles: search(text: $text, targets: [ARTICLE], first: 10) {\n      ...SearchSection_results\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($text: String!) {\n    claims: search(text: $text, targets: [CLAIM], first: 10) {\n      ...SearchSection_results\n    }\n    actors: search(text: $text, targets: [ACTOR], first: 10) {\n      ...SearchSection_results\n    }\n    articles: search(text: $text, targets: [ARTICLE], first: 10) {\n      ...SearchSection_results\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMore($text: String!, $targets: [SearchTarget!]!, $after: String!) {\n    search(text: $text, targets: $targets, first: 10, after: $after) {\n      ...SearchSection_results\n    }\n  }\n"): (typeof documents)["\n  query SearchMore($text: String!, $targets: [SearchTarget!]!, $after: String!) {\n    search(text: $text, targets: $targets, first: 10, after: $after) {\n      ...SearchSection_results\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;