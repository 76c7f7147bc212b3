// The actor network (who made claims about whom, with counts) and the shortest chain of claims
// and actors between two actors.
import { z } from 'zod';
import {
  actorNetwork,
  MAX_PATH_HOPS,
  type NetworkLinkRow,
  type PathRow,
  shortestActorPath,
} from '../../neo4j/reads/network.ts';
import type { ActorRow, ClaimRow } from '../../neo4j/reads/rows.ts';
import { builder } from '../builder.ts';
import { notFound } from '../errors.ts';
import { ACTOR_TYPENAME_BY_KIND, ACTOR_TYPENAMES, keyOf } from '../keys.ts';
import { required } from '../resolving.ts';
import { selectsField } from '../selection.ts';
import { ClaimKindEnum } from './enums.ts';
import { ACTOR_TYPES, ActorRef, ClaimRef } from './refs.ts';

const NetworkLinkRef = builder.objectRef<NetworkLinkRow>('NetworkLink');
builder.objectType(NetworkLinkRef, {
  description: 'One speaker made claimCount claims about one subject.',
  fields: (t) => ({
    speaker: t.field({ type: ActorRef, resolve: (l, _, ctx) => ctx.loaders.actor.load(l.speakerId).then(required) }),
    subject: t.field({ type: ActorRef, resolve: (l, _, ctx) => ctx.loaders.actor.load(l.subjectId).then(required) }),
    claimCount: t.exposeInt('claimCount'),
    kinds: t.field({
      type: [ClaimKindEnum],
      description: 'The kinds of these claims, the most frequent first (ties by name): the first is the main kind.',
      resolve: (l) => {
        if (l.kinds === null) throw new Error('the links were fetched without their kinds');
        return l.kinds;
      },
    }),
  }),
});

const ActorNetworkRef = builder.objectRef<NetworkLinkRow[]>('ActorNetwork');
builder.objectType(ActorNetworkRef, {
  description: 'Who made claims about whom: actors as nodes, speaker→subject links weighted by claim count.',
  fields: (t) => ({
    actors: t.field({
      type: [ActorRef],
      resolve: (links, _, ctx) => {
        const ids = [...new Set(links.flatMap((l) => [l.speakerId, l.subjectId]))].sort();
        return Promise.all(ids.map((id) => ctx.loaders.actor.load(id).then(required)));
      },
    }),
    links: t.field({ type: [NetworkLinkRef], resolve: (links) => links }),
  }),
});

const PathNodeUnion = builder.unionType('PathNode', {
  types: [ClaimRef, ...Object.values(ACTOR_TYPES)],
  resolveType: (node: unknown) => {
    const row = node as object;
    // A claim row may come without its paraphrase (ClaimRowParts); an actor row always has its name.
    return 'name' in row ? ACTOR_TYPENAME_BY_KIND[(row as ActorRow).kind] : 'Claim';
  },
});

const PathLinkRef = builder.objectRef<PathRow['links'][number]>('PathLink');
builder.objectType(PathLinkRef, {
  description: 'One relationship of a path, in its stored direction, between the keys of two path nodes.',
  fields: (t) => ({
    type: t.exposeString('type', {
      description: 'STATED, ABOUT, DISPUTES, SUPPORTS, ON_BEHALF_OF, VIA or AFFILIATED_WITH.',
    }),
    fromKey: t.exposeString('fromId'),
    toKey: t.exposeString('toId'),
  }),
});

const ActorPathRef = builder.objectRef<PathRow>('ActorPath');
builder.objectType(ActorPathRef, {
  description: 'A shortest chain of claims and actors between two actors.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relationships.', resolve: (p) => p.links.length }),
    nodes: t.field({
      type: [PathNodeUnion],
      description: 'From the first actor to the second, in order.',
      resolve: (p, _, ctx) =>
        Promise.all(
          p.nodes.map(
            (n): Promise<ClaimRow | ActorRow> =>
              n.label === 'Claim'
                ? ctx.loaders.claim.load(n.id).then(required)
                : ctx.loaders.actor.load(n.id).then(required),
          ),
        ),
    }),
    links: t.field({ type: [PathLinkRef], resolve: (p) => p.links }),
  }),
});

builder.queryFields((t) => ({
  actorNetwork: t.field({
    type: ActorNetworkRef,
    description: 'Who made claims about whom, for the whole graph or around one actor; strongest links first.',
    args: {
      actor: t.arg.id({ description: 'Only links from or to this actor (key or global ID).' }),
      first: t.arg.int({ defaultValue: 50, validate: z.number().int().min(1).max(500) }),
    },
    resolve: async (_, args, ctx, info) => {
      const actorId = args.actor ? keyOf(args.actor, ACTOR_TYPENAMES, 'actor') : null;
      // The actor's own row and its network are read at once; the row also serves its links' ends.
      const [actor, links] = await Promise.all([
        actorId ? ctx.loaders.actor.load(actorId) : null,
        actorNetwork(ctx.db, actorId, args.first ?? 50, { kinds: selectsField(info, ['links', 'kinds']) }),
      ]);
      if (actorId && !actor) throw notFound('actor', actorId);
      return links;
    },
  }),
  actorPath: t.field({
    type: ActorPathRef,
    nullable: true,
    description:
      'How two actors are connected: a shortest chain of claims and actors, or null if none within maxHops. Of equally short chains, always the one through the most claims, then the first by keys.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 8, validate: z.number().int().min(1).max(MAX_PATH_HOPS) }),
    },
    resolve: async (_, args, ctx) => {
      const fromId = keyOf(args.from, ACTOR_TYPENAMES, 'from');
      const toId = keyOf(args.to, ACTOR_TYPENAMES, 'to');
      const [from, to] = await Promise.all([ctx.loaders.actor.load(fromId), ctx.loaders.actor.load(toId)]);
      if (!from) throw notFound('actor', fromId);
      if (!to) throw notFound('actor', toId);
      return shortestActorPath(ctx.db, fromId, toId, args.maxHops ?? 8);
    },
  }),
}));
