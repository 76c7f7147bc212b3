// Event: something that happened, with its dates, places, participants and parts.
import { eventPages, relationLists } from '../../neo4j/reads/entities.ts';
import type { PlaceRow } from '../../neo4j/reads/rows.ts';
import { builder } from '../builder.ts';
import { rootConnection } from '../connections.ts';
import { keyOf } from '../keys.ts';
import { loadEach, required, single } from '../resolving.ts';
import { ParticipationRef } from './actor.ts';
import { claimConnectionField } from './claim-lists.ts';
import { EventPlaceRoleEnum } from './enums.ts';
import { EventConnection, EventRef, FuzzyDateRef, LocationRef } from './refs.ts';

const EventPlaceRef = builder.objectRef<PlaceRow>('EventPlace');
builder.objectType(EventPlaceRef, {
  description: 'A place of an event: where it happened, or where a movement started or ended.',
  fields: (t) => ({
    role: t.field({ type: EventPlaceRoleEnum, resolve: (p) => p.role }),
    location: t.field({
      type: LocationRef,
      resolve: (p, _, ctx) => ctx.loaders.location.load(p.locationId).then(required),
    }),
  }),
});

builder.node(EventRef, {
  description: 'Something that happened: a summit, a trip, a run of shipments.',
  id: { resolve: (event) => event.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.event.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "container-shipments-2023".' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    start: t.field({ type: FuzzyDateRef, resolve: (e) => e.start }),
    end: t.field({ type: FuzzyDateRef, nullable: true, resolve: (e) => e.end }),
    partOf: t.field({
      type: EventRef,
      nullable: true,
      resolve: (e, _, ctx) => (e.partOfId ? ctx.loaders.event.load(e.partOfId) : null),
    }),
    parts: t.loadableList({
      type: EventRef,
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'eventParts', ids).then((lists) => loadEach(lists, (id) => ctx.loaders.event.load(id))),
      resolve: (e) => e.id,
    }),
    places: t.loadableList({
      type: EventPlaceRef,
      load: (ids: string[], ctx) => relationLists(ctx.db, 'eventPlaces', ids),
      resolve: (e) => e.id,
    }),
    participants: t.loadableList({
      type: ParticipationRef,
      load: (ids: string[], ctx) => relationLists(ctx.db, 'eventParticipants', ids),
      resolve: (e) => e.id,
    }),
    claims: claimConnectionField(t, 'aroundEvent', 'Claims concerning this event or one of its parts.'),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    args: { key: t.arg.id({ required: true, description: 'Key or global ID.' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.event.load(keyOf(key, ['Event'], 'key')),
  }),
  events: t.field({
    type: EventConnection,
    description: 'All events by start date.',
    args: { ...t.arg.connectionArgs() },
    resolve: (_, args, ctx, info) =>
      rootConnection(args, info, (window) => eventPages(ctx.db, 'all', [''], window).then(single)),
  }),
}));
