// claimAdded: every claim a committed mutation stored, as it happens (served over SSE by Yoga).
import { filter, pipe } from 'graphql-yoga';
import { builder } from '../builder.ts';
import { type ClaimAddedEvent, forgetLoadedRows } from '../context.ts';
import { ACTOR_TYPENAMES, keyOf } from '../keys.ts';
import { ClaimChangeRef } from './mutations.ts';

builder.subscriptionFields((t) => ({
  claimAdded: t.field({
    type: ClaimChangeRef,
    description: 'Each claim a mutation adds or updates, once its transaction has committed.',
    args: {
      speaker: t.arg.id({ description: 'Only claims said by this actor (key or global ID).' }),
      about: t.arg.id({ description: 'Only claims about this actor (key or global ID).' }),
    },
    subscribe: (_, args, ctx) => {
      const speaker = args.speaker ? keyOf(args.speaker, ACTOR_TYPENAMES, 'speaker') : null;
      const about = args.about ? keyOf(args.about, ACTOR_TYPENAMES, 'about') : null;
      return pipe(
        ctx.events.subscribe('claimAdded'),
        filter(
          (event: ClaimAddedEvent) =>
            (speaker === null || event.speakerId === speaker) && (about === null || event.aboutIds.includes(about)),
        ),
      );
    },
    resolve: (event, _, ctx) => {
      forgetLoadedRows(ctx);
      return event;
    },
  }),
}));
