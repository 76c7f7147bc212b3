// Location: countries, regions, cities and ports, nested by containment (Najin is in North Korea).
import { eventPages, locationPages, relationLists } from '../../neo4j/reads/entities.ts';
import { builder } from '../builder.ts';
import { nestedConnection, rootConnection } from '../connections.ts';
import { keyOf } from '../keys.ts';
import { loadEach } from '../resolving.ts';
import { claimConnectionField } from './claim-lists.ts';
import { LocationKindEnum } from './enums.ts';
import { ActorRef, EventConnection, LocationConnection, LocationRef } from './refs.ts';

builder.node(LocationRef, {
  description: 'A place. Lists under a place include what lies inside it.',
  id: { resolve: (location) => location.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.location.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "najin".' }),
    name: t.exposeString('name'),
    kind: t.field({ type: LocationKindEnum, resolve: (l) => l.kind }),
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
    within: t.field({
      type: LocationRef,
      nullable: true,
      description: 'The place this one lies in.',
      resolve: (l, _, ctx) => (l.withinId ? ctx.loaders.location.load(l.withinId) : null),
    }),
    contains: t.loadableList({
      type: LocationRef,
      description: 'Places lying directly in this one.',
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'locationContains', ids).then((lists) =>
          loadEach(lists, (id) => ctx.loaders.location.load(id)),
        ),
      resolve: (l) => l.id,
    }),
    actorsBasedHere: t.loadableList({
      type: ActorRef,
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'actorsBasedAt', ids).then((lists) =>
          loadEach(lists, (id) => ctx.loaders.actor.load(id)),
        ),
      resolve: (l) => l.id,
    }),
    claims: claimConnectionField(t, 'atLocation', 'Claims concerning this place or a place inside it.'),
    events: t.field({
      type: EventConnection,
      description: 'Events at this place or a place inside it, by start date.',
      args: { ...t.arg.connectionArgs() },
      resolve: (location, args, ctx, info) =>
        nestedConnection(ctx, info, args, location.id, (ids, window) => eventPages(ctx.db, 'atLocation', ids, window)),
    }),
  }),
});

builder.queryFields((t) => ({
  location: t.field({
    type: LocationRef,
    nullable: true,
    args: { key: t.arg.id({ required: true, description: 'Key or global ID.' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.location.load(keyOf(key, ['Location'], 'key')),
  }),
  locations: t.field({
    type: LocationConnection,
    description: 'All places by name.',
    args: { ...t.arg.connectionArgs(), kinds: t.arg({ type: [LocationKindEnum] }) },
    resolve: (_, args, ctx, info) =>
      rootConnection(args, info, (window) => locationPages(ctx.db, window, args.kinds ?? null)),
  }),
}));
