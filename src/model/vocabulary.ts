// The controlled vocabulary of the claim graph, shared by ingest, the Neo4j layer and the API.

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'COUNTRY', 'MEDIA_OUTLET', 'GROUP'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Neo4j label added to :Actor for each kind, so a traversal can filter by label. */
export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GOVERNMENT: 'Government',
  COUNTRY: 'Country',
  MEDIA_OUTLET: 'MediaOutlet',
  GROUP: 'Group',
};

/** Kinds of claim, after the cue verbs of PARC 3.0 and the CAMEO statement codes. */
export const CLAIM_KINDS = [
  'ASSERTION',
  'ACCUSATION',
  'DENIAL',
  'DISMISSAL',
  'ASSESSMENT',
  'REPORT',
  'SPECULATION',
  'PLEDGE',
  'PROPOSAL',
  'APPEAL',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How an actor figures in a claim: whose act it asserts, whom it is aimed at, or merely named. */
export const ABOUT_ROLES = ['SUBJECT', 'TARGET', 'MENTIONED'] as const;
export type AboutRole = (typeof ABOUT_ROLES)[number];

export const LOCATION_KINDS = ['COUNTRY', 'REGION', 'CITY', 'PORT', 'SETTLEMENT'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** How a place figures in an event: where it happened, or where a movement started or ended. */
export const EVENT_PLACE_ROLES = ['VENUE', 'ORIGIN', 'DESTINATION'] as const;
export type EventPlaceRole = (typeof EVENT_PLACE_ROLES)[number];

/** Precision of a curated date: "2023", "2023-09" or "2023-09-13". */
export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How one claim bears on another: it disputes it or supports it. */
export const CLAIM_LINK_KINDS = ['DISPUTES', 'SUPPORTS'] as const;
export type ClaimLinkKind = (typeof CLAIM_LINK_KINDS)[number];

/** How a claim got into the graph: curated by people, or extracted from an article by a machine. */
export const CLAIM_ORIGINS = ['CURATED', 'EXTRACTED'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];
