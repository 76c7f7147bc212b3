// Claim: one proposition someone put forward, with its speaker, subjects, provenance and the
// claims it disputes or supports; and the root queries that find claims.
import { claimWithClaimLists, hasNestedLists } from '../../neo4j/reads/claims.ts';
import { relationLists } from '../../neo4j/reads/entities.ts';
import type { ClaimRow, ProvenanceRow } from '../../neo4j/reads/rows.ts';
import { builder } from '../builder.ts';
import { type Context, pathKey, rowPart } from '../context.ts';
import { keyOf } from '../keys.ts';
import { underClaims } from '../nested-lists.ts';
import { loadEach, required, single } from '../resolving.ts';
import { ClaimFilterInput } from './claim-filter.ts';
import { claimConnectionField, loadClaimConnections } from './claim-lists.ts';
import { AboutRoleEnum, ClaimKindEnum, ClaimOrderEnum, ClaimOriginEnum } from './enums.ts';
import { evidenceConnectionField } from './evidence.ts';
import { ActorRef, ClaimConnection, ClaimRef, EventRef, FuzzyDateRef, LocationRef } from './refs.ts';

builder.node(ClaimRef, {
  description: 'One proposition someone put forward, with the article passages that report it.',
  id: { resolve: (claim) => claim.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.claim.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "lavrov-no-comment-on-rumors".' }),
    kind: t.field({ type: ClaimKindEnum, resolve: (c) => c.kind }),
    paraphrase: t.string({
      description: 'A neutral one-sentence paraphrase.',
      resolve: (c, _, ctx) => claimPart(c, ctx, 'paraphrase'),
    }),
    quote: t.string({
      nullable: true,
      description: 'The speaker’s words, verbatim, when the article quotes them.',
      resolve: (c, _, ctx) => claimPart(c, ctx, 'quote'),
    }),
    cue: t.string({
      nullable: true,
      description: 'The attribution verb the article uses: said, scoffed, denied…',
      resolve: (c, _, ctx) => claimPart(c, ctx, 'cue'),
    }),
    statedOn: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When it was said — not when an article reported it.',
      resolve: (c, _, ctx) => claimPart(c, ctx, 'stated'),
    }),
    speaker: t.field({
      type: ActorRef,
      resolve: async (c, _, ctx) => {
        const speaker = required(await claimPart(c, ctx, 'speaker'));
        // Later fields that name the same actor (a subject, a participant) need no query; a row
        // without the actor's details would leave them out for those fields, so it is not shared.
        if (speaker.aliases !== undefined) ctx.loaders.actor.prime(speaker.id, speaker);
        return speaker;
      },
    }),
    onBehalfOf: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Whom the speaker spoke for, when that differs (Kirby for the White House).',
      resolve: (c, _, ctx) => loadActor(ctx, claimPart(c, ctx, 'onBehalfOfId')),
    }),
    channel: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The medium it reached the press through (state television, a news agency).',
      resolve: (c, _, ctx) => loadActor(ctx, claimPart(c, ctx, 'channelId')),
    }),
    about: t.loadableList({
      type: ClaimSubjectRef,
      description: 'The actors the claim is about, each with its role.',
      load: (ids: string[], ctx) => relationLists(ctx.db, 'claimAbout', ids),
      resolve: (c) => c.id,
    }),
    locations: t.loadableList({
      type: LocationRef,
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'claimLocations', ids).then((lists) =>
          loadEach(lists, (id) => ctx.loaders.location.load(id)),
        ),
      resolve: (c) => c.id,
    }),
    events: t.loadableList({
      type: EventRef,
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'claimEvents', ids).then((lists) => loadEach(lists, (id) => ctx.loaders.event.load(id))),
      resolve: (c) => c.id,
    }),
    provenance: t.field({
      type: ClaimProvenanceRef,
      description: 'How the claim got into the graph: curated by people, or extracted by a machine.',
      resolve: (c, _, ctx) => claimPart(c, ctx, 'provenance'),
    }),
    evidence: evidenceConnectionField(t, 'ofClaim', 'The article passages that report this claim.'),
    disputes: claimConnectionField(t, 'disputes', 'Claims this claim disputes; each edge gives the rationale.'),
    disputedBy: claimConnectionField(t, 'disputedBy', 'Claims that dispute this claim.'),
    supports: claimConnectionField(t, 'supports', 'Claims this claim supports.'),
    supportedBy: claimConnectionField(t, 'supportedBy', 'Claims that support this claim.'),
  }),
});

/**
 * A part of a claim's row: a link or a detail. A row fetched for a request carries the parts that
 * request selects at its place; one without it (fetched for another place) gets the claim's whole
 * row from the loader.
 */
function claimPart<K extends keyof ClaimRow>(claim: ClaimRow, ctx: Context, part: K) {
  return rowPart(claim, part, () => ctx.loaders.claim.load(claim.id));
}

async function loadActor(ctx: Context, id: string | null | Promise<string | null>) {
  const actorId = await id;
  return actorId ? ctx.loaders.actor.load(actorId) : null;
}

const ClaimProvenanceRef = builder.objectRef<ProvenanceRow>('ClaimProvenance');
builder.objectType(ClaimProvenanceRef, {
  description:
    'How a claim got into the graph. An extracted claim never overwrites a curated one with the same key; ' +
    'its article’s evidence is added to the curated claim instead.',
  fields: (t) => ({
    origin: t.field({ type: ClaimOriginEnum, resolve: (p) => p.origin }),
    extractor: t.exposeString('extractor', {
      nullable: true,
      description: 'The extractor that found the claim; null when curated.',
    }),
    extractorVersion: t.exposeString('extractorVersion', {
      nullable: true,
      description: 'The version of the extractor; null when curated.',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description: 'How sure the extractor was of the claim, from 0 to 1; null when curated.',
    }),
  }),
});

const ClaimSubjectRef = builder.objectRef<{ actorId: string; role: typeof AboutRoleEnum.$inferType }>('ClaimSubject');
builder.objectType(ClaimSubjectRef, {
  description: 'An actor a claim is about, and in what role.',
  fields: (t) => ({
    role: t.field({ type: AboutRoleEnum, resolve: (s) => s.role }),
    actor: t.field({ type: ActorRef, resolve: (s, _, ctx) => ctx.loaders.actor.load(s.actorId).then(required) }),
  }),
});

builder.queryFields((t) => ({
  claim: t.field({
    type: ClaimRef,
    nullable: true,
    description: 'A claim by its key or global ID.',
    args: { key: t.arg.id({ required: true }) },
    resolve: async (_, { key }, ctx, info) => {
      const id = keyOf(key, ['Claim'], 'key');
      const plan = underClaims(info, info.fieldNodes, pathKey(info.path));
      if (!hasNestedLists(plan.nested)) return ctx.loaders.claimWith(plan.parts).load(id);
      return claimWithClaimLists(ctx.db, id, plan.parts, plan.nested);
    },
  }),
  claims: t.field({
    type: ClaimConnection,
    description: 'All claims matching the filter, by statement date.',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ClaimFilterInput }),
      orderBy: t.arg({ type: ClaimOrderEnum, defaultValue: 'STATED_ON_ASC' }),
    },
    resolve: (_, args, ctx, info) => loadClaimConnections(ctx, info, 'all', [''], args).then(single),
  }),
  timeline: t.field({
    type: ClaimConnection,
    description: 'Dated claims in the order they were said, optionally those by or about one actor.',
    args: {
      ...t.arg.connectionArgs(),
      actor: t.arg.id({ description: 'Only claims said by or about this actor.' }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: (_, args, ctx, info) =>
      loadClaimConnections(ctx, info, 'all', [''], {
        ...args,
        filter: {
          dated: true,
          involving: args.actor ? [args.actor] : null,
          statedFrom: args.from,
          statedTo: args.to,
        },
      }).then(single),
  }),
}));
