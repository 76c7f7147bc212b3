// References to every output type, declared before any is implemented so that the type modules
// can point at each other without import cycles.
import type { ImplementableObjectRef } from '@pothos/core';
import type { ActorKind } from '../../model/vocabulary.ts';
import type {
  ActorRow,
  ArticleRow,
  ClaimEdgeRow,
  ClaimRow,
  EventRow,
  EvidenceRow,
  FuzzyDateRow,
  LocationRow,
} from '../../neo4j/reads/rows.ts';
import { builder } from '../builder.ts';
import { ACTOR_TYPENAME_BY_KIND } from '../keys.ts';
import { AboutRoleEnum } from './enums.ts';

export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const ActorRef = builder.interfaceRef<ActorRow>('Actor');
export const LocationRef = builder.objectRef<LocationRow>('Location');
export const EventRef = builder.objectRef<EventRow>('Event');
export const ClaimRef = builder.objectRef<ClaimRow>('Claim');
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const FuzzyDateRef = builder.objectRef<FuzzyDateRow>('FuzzyDate');

export const ACTOR_TYPES: Record<ActorKind, ImplementableObjectRef<typeof builder.$inferSchemaTypes, ActorRow>> = {
  PERSON: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.PERSON),
  ORGANIZATION: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.ORGANIZATION),
  GOVERNMENT: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.GOVERNMENT),
  COUNTRY: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.COUNTRY),
  MEDIA_OUTLET: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.MEDIA_OUTLET),
  GROUP: builder.objectRef<ActorRow>(ACTOR_TYPENAME_BY_KIND.GROUP),
};

/** Facts a claim edge carries besides its node; the connection helpers spread them onto the edge. */
type ClaimEdgeFacts = Pick<ClaimEdgeRow, 'role' | 'rationale'>;

export const ClaimConnection = builder.connectionObject(
  { type: ClaimRef, name: 'ClaimConnection' },
  {
    name: 'ClaimEdge',
    fields: (t) => ({
      role: t.field({
        type: AboutRoleEnum,
        nullable: true,
        description: 'On claims about an actor: the actor’s role in the claim.',
        resolve: (edge) => (edge as unknown as ClaimEdgeFacts).role,
      }),
      rationale: t.string({
        nullable: true,
        description: 'On disputing or supporting claims: why the one bears on the other.',
        resolve: (edge) => (edge as unknown as ClaimEdgeFacts).rationale,
      }),
    }),
  },
);

export const ArticleConnection = builder.connectionObject({ type: ArticleRef, name: 'ArticleConnection' });
export const EvidenceConnection = builder.connectionObject({ type: EvidenceRef, name: 'EvidenceConnection' });
export const EventConnection = builder.connectionObject({ type: EventRef, name: 'EventConnection' });
export const ActorConnection = builder.connectionObject({ type: ActorRef, name: 'ActorConnection' });
export const LocationConnection = builder.connectionObject({ type: LocationRef, name: 'LocationConnection' });
