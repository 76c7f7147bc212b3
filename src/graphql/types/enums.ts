// The controlled vocabulary as GraphQL enums.
import {
  ABOUT_ROLES,
  ACTOR_KINDS,
  CLAIM_KINDS,
  CLAIM_ORIGINS,
  DATE_PRECISIONS,
  EVENT_PLACE_ROLES,
  LOCATION_KINDS,
} from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';

export const ClaimKindEnum = builder.enumType('ClaimKind', {
  description: 'What kind of statement a claim is, after the cue verb that reports it.',
  values: CLAIM_KINDS,
});

export const ClaimOriginEnum = builder.enumType('ClaimOrigin', {
  description:
    'CURATED: put into the graph by people (annotators, editors); EXTRACTED: found in an article by a machine extractor.',
  values: CLAIM_ORIGINS,
});

export const ActorKindEnum = builder.enumType('ActorKind', { values: ACTOR_KINDS });

export const AboutRoleEnum = builder.enumType('AboutRole', {
  description:
    'SUBJECT: whose act or state the claim asserts; TARGET: whom it is aimed at; MENTIONED: otherwise named.',
  values: ABOUT_ROLES,
});

export const LocationKindEnum = builder.enumType('LocationKind', { values: LOCATION_KINDS });

export const EventPlaceRoleEnum = builder.enumType('EventPlaceRole', { values: EVENT_PLACE_ROLES });

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How much of a date is known: the year, the month or the day.',
  values: DATE_PRECISIONS,
});

export const ClaimOrderEnum = builder.enumType('ClaimOrder', {
  description:
    'Order of claim lists by statement date: oldest first (then by key), or newest first (that order reversed); ' +
    'claims without a statement date come last either way.',
  values: ['STATED_ON_ASC', 'STATED_ON_DESC'] as const,
});

export const ActorOrderEnum = builder.enumType('ActorOrder', {
  description: 'Order of actor lists: by name, or those who made the most claims first (then by name).',
  values: ['NAME_ASC', 'CLAIMS_MADE_DESC'] as const,
});
