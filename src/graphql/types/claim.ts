// Claim: one proposition someone put forward, with its speaker, subjects, provenance and the
// claims it disputes or supports. Also the claim lists every other type hangs off.
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import {
  claimPages,
  claimWithClaimLists,
  hasNestedLists,
  type ClaimFilter,
  type ClaimOrder,
  type ClaimScope,
} from '../../neo4j/reads/claims.ts';
import { relationLists } from '../../neo4j/reads/entities.ts';
import type { ClaimEdgeRow, ClaimRow, WithNestedPages } from '../../neo4j/reads/rows.ts';
import { builder, type ConnectionFieldBuilder } from '../builder.ts';
import { loaderForPath, pathKey, rowPart, type Context } from '../context.ts';
import { ACTOR_TYPENAMES, keyOf, keysOf } from '../keys.ts';
import { underClaims, underConnection } from '../nested-lists.ts';
import { MAX_PAGE_SIZE, pageWindow, toConnection, type ConnectionArgs } from '../paging.ts';
import { AboutRoleEnum, ClaimKindEnum, ClaimOrderEnum, DatePrecisionEnum } from './enums.ts';
import {
  ActorRef,
  ClaimConnection,
  ClaimRef,
  EventRef,
  EvidenceConnection,
  FuzzyDateRef,
  LocationRef,
} from './refs.ts';
import { evidenceConnectionField } from './evidence.ts';

builder.objectType(FuzzyDateRef, {
  description: 'A date known to some precision; `date` is its first day. `text` is how the article put it.',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    precision: t.field({ type: DatePrecisionEnum, resolve: (d) => d.precision }),
    text: t.exposeString('text', { nullable: true }),
  }),
});

const idList = z.array(z.string().max(200)).max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} ids`);

export const ClaimFilterInput = builder.inputType('ClaimFilter', {
  description: 'Every given condition must hold. Entities are named by key ("sergey-lavrov") or global ID.',
  fields: (t) => ({
    kinds: t.field({ type: [ClaimKindEnum] }),
    speakers: t.idList({ description: 'Said by any of these actors.', validate: idList }),
    about: t.idList({ description: 'About any of these actors.', validate: idList }),
    aboutRole: t.field({ type: AboutRoleEnum, description: 'With `about`: only in this role.' }),
    involving: t.idList({ description: 'Said by or about any of these actors.', validate: idList }),
    articles: t.idList({ description: 'Reported by any of these articles.', validate: idList }),
    locations: t.idList({ description: 'Concerning any of these places or a place inside them.', validate: idList }),
    events: t.idList({ description: 'Concerning any of these events or a part of them.', validate: idList }),
    statedFrom: t.field({ type: 'Date', description: 'Stated on or after this date.' }),
    statedTo: t.field({ type: 'Date', description: 'Stated on or before this date.' }),
    text: t.string({ description: 'Full-text match on paraphrase and quote.', validate: z.string().min(1).max(200) }),
    reportedByAtLeast: t.int({
      description: 'Reported by at least this many articles.',
      validate: z.number().int().min(1).max(1000),
    }),
    disputesAnother: t.boolean({ description: 'Disputes (true) or disputes no (false) other claim.' }),
    disputed: t.boolean({ description: 'Is (true) or is not (false) disputed by another claim.' }),
    dated: t.boolean({ description: 'Has (true) or lacks (false) a statement date.' }),
  }),
  // A loose object: validation must hand every other filter field through unchanged.
  validate: z
    .looseObject({ statedFrom: z.string().nullish(), statedTo: z.string().nullish() })
    .refine((f) => !f.statedFrom || !f.statedTo || f.statedFrom <= f.statedTo, {
      message: 'statedFrom must not be after statedTo',
    }),
});

type ClaimFilterArg = typeof ClaimFilterInput.$inferInput;

/** Turns the API's filter (keys or global IDs) into the read layer's filter (keys). */
export function readFilter(filter: ClaimFilterArg | null | undefined): ClaimFilter {
  if (!filter) return {};
  const actors = (values: readonly string[] | null | undefined, name: string) =>
    keysOf(values, ACTOR_TYPENAMES, `filter.${name}`);
  return {
    kinds: filter.kinds,
    speakers: actors(filter.speakers, 'speakers'),
    about: actors(filter.about, 'about'),
    aboutRole: filter.aboutRole,
    involving: actors(filter.involving, 'involving'),
    articles: keysOf(filter.articles, ['Article'], 'filter.articles'),
    locations: keysOf(filter.locations, ['Location'], 'filter.locations'),
    events: keysOf(filter.events, ['Event'], 'filter.events'),
    statedFrom: filter.statedFrom,
    statedTo: filter.statedTo,
    text: filter.text,
    reportedByAtLeast: filter.reportedByAtLeast,
    disputesAnother: filter.disputesAnother,
    disputed: filter.disputed,
    dated: filter.dated,
  };
}

interface ClaimListArgs extends ConnectionArgs {
  filter?: ClaimFilterArg | null;
  orderBy?: ClaimOrder | null;
  role?: (typeof AboutRoleEnum.$inferType) | null;
}

const claimEdge = (row: ClaimEdgeRow) => ({ node: row.claim, role: row.role, rationale: row.rationale });

/**
 * Fetches one page of a claim list for each parent id, in one query, with the lists the request
 * nests under the listed claims.
 */
export async function loadClaimConnections(
  ctx: Context,
  info: GraphQLResolveInfo,
  scope: ClaimScope,
  parentIds: readonly string[],
  args: ClaimListArgs,
) {
  const window = pageWindow(args, info);
  const pages = await claimPages(ctx.db, parentIds, {
    scope,
    filter: readFilter(args.filter),
    order: args.orderBy ?? 'STATED_ON_ASC',
    window,
    aboutRole: args.role ?? null,
    ...underConnection(info, pathKey(info.path)),
  });
  return pages.map((page) => toConnection(page, window, claimEdge));
}

/**
 * A claim list under one parent: the page fetched with the parent when the parent's statement
 * folded it in, otherwise one page of a query shared by every parent at this path.
 */
export function claimConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  scope: ClaimScope,
  parent: { id: string } & WithNestedPages,
  args: ClaimListArgs,
) {
  const folded = parent.nestedPages?.get(pathKey(info.path));
  if (folded) return toConnection(folded, pageWindow(args, info), claimEdge);
  return loaderForPath(ctx, info.path, (ids) => loadClaimConnections(ctx, info, scope, ids, args)).load(parent.id);
}

/** A paginated, filterable list of claims hanging off an entity, batched across parents. */
export function claimConnectionField<Parent extends { id: string }>(
  t: ConnectionFieldBuilder<Parent>,
  scope: ClaimScope,
  description: string,
) {
  return t.field({
    type: ClaimConnection,
    description,
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: ClaimFilterInput }),
      orderBy: t.arg({ type: ClaimOrderEnum, defaultValue: 'STATED_ON_ASC' }),
    },
    resolve: (parent, args, ctx, info) => claimConnection(ctx, info, scope, parent, args),
  });
}

builder.node(ClaimRef, {
  description: 'One proposition someone put forward, with the article passages that report it.',
  id: { resolve: (claim) => claim.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.claim.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "lavrov-no-comment-on-rumors".' }),
    kind: t.field({ type: ClaimKindEnum, resolve: (c) => c.kind }),
    paraphrase: t.exposeString('paraphrase', { description: 'A neutral one-sentence paraphrase.' }),
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
        relationLists(ctx.db, 'claimLocations', ids).then((lists) => loadEach(lists, (id) => ctx.loaders.location.load(id))),
      resolve: (c) => c.id,
    }),
    events: t.loadableList({
      type: EventRef,
      load: (ids: string[], ctx) =>
        relationLists(ctx.db, 'claimEvents', ids).then((lists) => loadEach(lists, (id) => ctx.loaders.event.load(id))),
      resolve: (c) => c.id,
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

async function loadActor(ctx: Context, id: Promise<string | null>) {
  const actorId = await id;
  return actorId ? ctx.loaders.actor.load(actorId) : null;
}

const ClaimSubjectRef = builder.objectRef<{ actorId: string; role: typeof AboutRoleEnum.$inferType }>('ClaimSubject');
builder.objectType(ClaimSubjectRef, {
  description: 'An actor a claim is about, and in what role.',
  fields: (t) => ({
    role: t.field({ type: AboutRoleEnum, resolve: (s) => s.role }),
    actor: t.field({ type: ActorRef, resolve: (s, _, ctx) => ctx.loaders.actor.load(s.actorId).then(required) }),
  }),
});

/** The one result of a root list, which runs as a batch of one parent. */
export function single<T>(results: T[]): T {
  return results[0]!;
}

export function required<T>(value: T | null): T {
  if (value === null) throw new Error('a relationship points at a node that does not exist');
  return value;
}

/** Resolves lists of ids to rows through a request loader, keeping each list's order. */
export function loadEach<T>(lists: string[][], load: (id: string) => Promise<T | null>): Promise<T[][]> {
  return Promise.all(lists.map((ids) => Promise.all(ids.map(load)).then((rows) => rows.filter((r): r is Awaited<T> => r !== null))));
}

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

export type { ClaimRow };
