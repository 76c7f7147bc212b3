// The write API: idempotent upserts on stable keys, each request one transaction that either
// stores everything or, when any record is wrong, nothing. Checking and compiling belong to the
// ingest layer; here inputs become a request, rejections become BAD_USER_INPUT, and once the
// transaction has committed, what it changed is reported (the response cache drops what it held of
// it) and then the stored claims are announced to subscribers.

import { type UpsertOutcome, UpsertRejected, type UpsertRequest, upsertGraph } from '../../ingest/upsert.ts';
import { type BatchProvenance, type GraphBatch, UNKNOWN_CHANGE } from '../../model/graph.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { ACTOR_TYPENAME_BY_KIND } from '../keys.ts';
import { loadEach, required } from '../resolving.ts';
import { ActorRef, ArticleRef, ClaimRef, EventRef, LocationRef } from './refs.ts';
import {
  ActorInput,
  ArticleInput,
  ClaimInput,
  ClaimLinkInput,
  EventInput,
  GraphInput,
  LocationInput,
} from './write-inputs.ts';

/** A claim a mutation stored, and whether it is new. */
export const ClaimChangeRef = builder.objectRef<{ claimId: string; created: boolean }>('ClaimChange');
builder.objectType(ClaimChangeRef, {
  description: 'A claim as a mutation stored it.',
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, resolve: (c, _, ctx) => ctx.loaders.claim.load(c.claimId).then(required) }),
    created: t.exposeBoolean('created', { description: 'True when the claim was new; false when it was updated.' }),
  }),
});

const ids = (records: { id: string }[]) => records.map((record) => record.id);

/** Claims a batch wrote or linked; the links change what both ends answer for disputes/supports. */
function touchedClaimIds(batch: GraphBatch): string[] {
  const links = [...batch.disputes, ...batch.supports].flatMap((link) => [link.fromId, link.toId]);
  return [...new Set([...ids(batch.claims), ...links])];
}

/** The stored rows of a batch's records, through the request's loaders (one query per kind). */
const storedRows = <T>(records: { id: string }[], load: (id: string) => Promise<T | null>) =>
  loadEach([ids(records)], load).then(([rows]) => rows!);

/** The records of one kind that a write created, as the relay plugin encodes global IDs. */
const createdOf = <R extends { id: string }>(
  records: R[],
  created: ReadonlySet<string>,
  typename: (record: R) => string,
) => records.filter((record) => created.has(record.id)).map((record) => ({ type: typename(record), id: record.id }));

export const UpsertPayloadRef = builder.objectRef<UpsertOutcome>('UpsertPayload');
builder.objectType(UpsertPayloadRef, {
  description: 'What the mutation stored, read back from the graph.',
  fields: (t) => ({
    articles: t.field({
      type: [ArticleRef],
      resolve: (o, _, ctx) => storedRows(o.batch.articles, (id) => ctx.loaders.article.load(id)),
    }),
    actors: t.field({
      type: [ActorRef],
      resolve: (o, _, ctx) => storedRows(o.batch.actors, (id) => ctx.loaders.actor.load(id)),
    }),
    locations: t.field({
      type: [LocationRef],
      resolve: (o, _, ctx) => storedRows(o.batch.locations, (id) => ctx.loaders.location.load(id)),
    }),
    events: t.field({
      type: [EventRef],
      resolve: (o, _, ctx) => storedRows(o.batch.events, (id) => ctx.loaders.event.load(id)),
    }),
    claims: t.field({
      type: [ClaimChangeRef],
      description: 'The claims written, and those at either end of a link written.',
      resolve: (outcome) =>
        touchedClaimIds(outcome.batch).map((claimId) => ({ claimId, created: outcome.created.claims.has(claimId) })),
    }),
    createdIds: t.globalIDList({
      description:
        'The global IDs of the articles, actors, locations, events and claims this request created; the others ' +
        'it wrote were stored already, and updated. Of requests racing to store the same new record, one is told.',
      resolve: ({ batch, created }) => [
        ...createdOf(batch.articles, created.articles, () => 'Article'),
        ...createdOf(batch.actors, created.actors, (actor) => ACTOR_TYPENAME_BY_KIND[actor.kind]),
        ...createdOf(batch.locations, created.locations, () => 'Location'),
        ...createdOf(batch.events, created.events, () => 'Event'),
        ...createdOf(batch.claims, created.claims, () => 'Claim'),
      ],
    }),
  }),
});

/**
 * Stores the request (curated unless `provenance` names an extractor). Once it has committed,
 * reports what it changed, and then tells subscribers about every claim it wrote, so that a
 * subscriber who reads on an event reads the write. A refused request wrote nothing; any other
 * failure may have come after the commit (a connection lost while committing), so it is reported as
 * a change of anything.
 */
export async function store(
  ctx: Context,
  request: UpsertRequest,
  provenance?: BatchProvenance,
): Promise<UpsertOutcome> {
  let outcome: UpsertOutcome;
  try {
    outcome = await upsertGraph(ctx.db, request, provenance);
  } catch (error) {
    if (error instanceof UpsertRejected) throw badUserInput(error.message, { problems: error.problems });
    await ctx.graphChanged(UNKNOWN_CHANGE);
    throw error;
  }
  await ctx.graphChanged(outcome.change);
  for (const claim of outcome.batch.claims) {
    ctx.events.publish('claimAdded', {
      claimId: claim.id,
      created: outcome.created.claims.has(claim.id),
      speakerId: claim.speakerId,
      aboutIds: claim.about.map((about) => about.actorId),
    });
  }
  return outcome;
}

builder.mutationFields((t) => {
  const upsert = <Input>(
    type: Parameters<typeof t.arg>[0]['type'],
    description: string,
    toRequest: (input: Input) => UpsertRequest,
  ) =>
    t.field({
      type: UpsertPayloadRef,
      description,
      args: { input: t.arg({ type, required: true }) },
      resolve: (_, { input }, ctx) => store(ctx, toRequest(input as Input)),
    });
  return {
    upsertGraph: upsert<UpsertRequest>(
      GraphInput,
      'Stores records of every kind in one transaction; they may refer to each other and to stored records.',
      (input) => input,
    ),
    upsertArticle: upsert<unknown>(ArticleInput, 'Adds or updates an article with its body.', (article) => ({
      articles: [article],
    })),
    upsertActors: upsert<unknown[]>([ActorInput], 'Adds or updates actors.', (actors) => ({ actors })),
    upsertLocations: upsert<unknown[]>([LocationInput], 'Adds or updates locations.', (locations) => ({ locations })),
    upsertEvents: upsert<unknown[]>([EventInput], 'Adds or updates events.', (events) => ({ events })),
    upsertClaims: upsert<unknown[]>(
      [ClaimInput],
      'Adds or updates claims with their evidence; each is announced on claimAdded.',
      (claims) => ({ claims }),
    ),
    linkClaims: upsert<unknown[]>([ClaimLinkInput], 'Adds disputes and supports between claims.', (links) => ({
      links,
    })),
  };
});
