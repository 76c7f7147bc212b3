// Actors: people, organizations, governments, countries, media outlets and unnamed groups. One
// `Actor` interface carries everything a client asks of any actor; each kind is its own type.
import { z } from 'zod';
import { ACTOR_KINDS } from '../../model/vocabulary.ts';
import { actorWithClaimLists } from '../../neo4j/reads/claims.ts';
import { actorByName, actorPages, articlePages, relationLists } from '../../neo4j/reads/entities.ts';
import type { ActorRow, AffiliationRow, ParticipantRow } from '../../neo4j/reads/rows.ts';
import { builder } from '../builder.ts';
import { nestedConnection, rootConnection } from '../connections.ts';
import { type Context, pathKey, rowPart } from '../context.ts';
import { ACTOR_TYPENAME_BY_KIND, ACTOR_TYPENAMES, keyOf } from '../keys.ts';
import { listsUnderActor } from '../nested-lists.ts';
import { required } from '../resolving.ts';
import { ClaimFilterInput } from './claim-filter.ts';
import { claimConnection, claimConnectionField } from './claim-lists.ts';
import { AboutRoleEnum, ActorKindEnum, ActorOrderEnum, ClaimOrderEnum } from './enums.ts';
import {
  ACTOR_TYPES,
  ActorConnection,
  ActorRef,
  ArticleConnection,
  ClaimConnection,
  EventRef,
  LocationRef,
} from './refs.ts';

const AffiliationRef = builder.objectRef<AffiliationRow>('Affiliation');
builder.objectType(AffiliationRef, {
  description: 'A tie between two actors: Kirby is spokesman of the National Security Council.',
  fields: (t) => ({
    role: t.exposeString('role'),
    actor: t.field({
      type: ActorRef,
      description: 'The other actor of the tie.',
      resolve: (a, _, ctx) => ctx.loaders.actor.load(a.otherId).then(required),
    }),
  }),
});

export const ParticipationRef = builder.objectRef<ParticipantRow>('Participation');
builder.objectType(ParticipationRef, {
  description: 'An actor taking part in an event, and as what.',
  fields: (t) => ({
    role: t.exposeString('role'),
    actor: t.field({ type: ActorRef, resolve: (p, _, ctx) => ctx.loaders.actor.load(p.actorId).then(required) }),
    event: t.field({ type: EventRef, resolve: (p, _, ctx) => ctx.loaders.event.load(p.eventId).then(required) }),
  }),
});

/** An actor's detail; a speaker's row fetched without the details gets them from the loader. */
function actorDetail<K extends 'aliases' | 'description' | 'basedInId'>(actor: ActorRow, ctx: Context, detail: K) {
  return rowPart(actor, detail, () => ctx.loaders.actor.load(actor.id));
}

builder.interfaceType(ActorRef, {
  description: 'Anyone who says something or is spoken about.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (actor) => ACTOR_TYPENAME_BY_KIND[actor.kind],
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "sergey-lavrov".' }),
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind }),
    name: t.exposeString('name'),
    aliases: t.stringList({
      description: 'Other names the articles use: "Russia’s top diplomat".',
      resolve: (a, _, ctx) => actorDetail(a, ctx, 'aliases'),
    }),
    description: t.string({ nullable: true, resolve: (a, _, ctx) => actorDetail(a, ctx, 'description') }),
    basedIn: t.field({
      type: LocationRef,
      nullable: true,
      resolve: async (a, _, ctx) => {
        const basedInId = await actorDetail(a, ctx, 'basedInId');
        return basedInId ? ctx.loaders.location.load(basedInId) : null;
      },
    }),
    affiliations: t.loadableList({
      type: AffiliationRef,
      description: 'Actors this one belongs to or speaks for, with the role.',
      load: (ids: string[], ctx) => relationLists(ctx.db, 'affiliations', ids),
      resolve: (a) => a.id,
    }),
    affiliates: t.loadableList({
      type: AffiliationRef,
      description: 'Actors that belong to or speak for this one.',
      load: (ids: string[], ctx) => relationLists(ctx.db, 'affiliates', ids),
      resolve: (a) => a.id,
    }),
    participations: t.loadableList({
      type: ParticipationRef,
      description: 'Events this actor took part in.',
      load: (ids: string[], ctx) => relationLists(ctx.db, 'participations', ids),
      resolve: (a) => a.id,
    }),
    claimsMade: claimConnectionField(t, 'spokenBy', 'Claims this actor put forward.'),
    claimsAbout: t.field({
      type: ClaimConnection,
      description: 'Claims about this actor; each edge gives the actor’s role in the claim.',
      args: {
        ...t.arg.connectionArgs(),
        role: t.arg({ type: AboutRoleEnum, description: 'Only claims where the actor has this role.' }),
        filter: t.arg({ type: ClaimFilterInput }),
        orderBy: t.arg({ type: ClaimOrderEnum, defaultValue: 'STATED_ON_ASC' }),
      },
      resolve: (actor, args, ctx, info) => claimConnection(ctx, info, 'about', actor, args),
    }),
  }),
});

for (const kind of ACTOR_KINDS) {
  builder.node(ACTOR_TYPES[kind], {
    interfaces: [ActorRef],
    id: { resolve: (actor) => actor.id },
    // A global ID names the kind too: "Person:white-house" finds nothing.
    loadMany: (ids, ctx) =>
      Promise.all(ids.map((id) => ctx.loaders.actor.load(id).then((actor) => (actor?.kind === kind ? actor : null)))),
    isTypeOf: (actor) => (actor as ActorRow).kind === kind,
    fields: () => ({}),
  });
}

builder.objectFields(ACTOR_TYPES.MEDIA_OUTLET, (t) => ({
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles this outlet published, newest first.',
    args: { ...t.arg.connectionArgs() },
    resolve: (outlet, args, ctx, info) =>
      nestedConnection(ctx, info, args, outlet.id, (ids, window) => articlePages(ctx.db, 'publishedBy', ids, window)),
  }),
  claimsCarried: claimConnectionField(t, 'carriedBy', 'Claims that reached the press through this outlet.'),
}));

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'An actor by key or global ID, or by name or alias ("Lavrov", "the White House").',
    args: { key: t.arg.id(), name: t.arg.string({ validate: z.string().min(1).max(200) }) },
    validate: z
      .looseObject({ key: z.string().nullish(), name: z.string().nullish() })
      .refine((a) => (a.key == null) !== (a.name == null), { message: 'give exactly one of key and name' }),
    resolve: (_, { key, name }, ctx, info) => {
      if (!key) return actorByName(ctx.db, name!.replace(/^the /i, ''));
      const id = keyOf(key, ACTOR_TYPENAMES, 'key');
      const lists = listsUnderActor(info, info.fieldNodes, pathKey(info.path));
      return lists.size > 0 ? actorWithClaimLists(ctx.db, id, lists) : ctx.loaders.actor.load(id);
    },
  }),
  actors: t.field({
    type: ActorConnection,
    description: 'Actors by name, or those who made the most claims first.',
    args: {
      ...t.arg.connectionArgs(),
      kinds: t.arg({ type: [ActorKindEnum] }),
      name: t.arg.string({ description: 'Part of the name or an alias, any case.', validate: z.string().max(200) }),
      orderBy: t.arg({ type: ActorOrderEnum, defaultValue: 'NAME_ASC' }),
    },
    resolve: (_, args, ctx, info) =>
      rootConnection(args, info, (window) =>
        actorPages(ctx.db, window, { kinds: args.kinds, name: args.name }, args.orderBy ?? 'NAME_ASC'),
      ),
  }),
}));
