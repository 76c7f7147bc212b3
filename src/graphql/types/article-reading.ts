// readArticle: a news page in, who said what about whom out, linked to the graph. Without `commit`
// nothing is written and the answer is a proposal to review; with it, the proposal is stored in one
// transaction through the write API's path, as extracted claims, and announced like any other write.

import type { LinkedActor } from '../../extract/linking/actors.ts';
import {
  type ArticleProposal,
  ArticleReader,
  ArticleRejected,
  type ProposedClaim,
  storedGraph,
} from '../../extract/reading.ts';
import { PageError } from '../../ingest/pages/page-reader.ts';
import { PAGE_FORMATS } from '../../ingest/pages/read.ts';
import type { UpsertOutcome } from '../../ingest/upsert.ts';
import { builder } from '../builder.ts';
import { badUserInput } from '../errors.ts';
import { ActorKindEnum, ClaimKindEnum } from './enums.ts';
import { store, UpsertPayloadRef } from './mutations.ts';

const PageFormatEnum = builder.enumType('PageFormat', {
  description: 'How a page is written: a scraped text page, an HTML page, or plain text with a small header.',
  values: Object.fromEntries(PAGE_FORMATS.map((format) => [format.toUpperCase(), { value: format }])),
});

const PageInput = builder.inputType('PageInput', {
  description: 'A news page to read.',
  fields: (t) => ({
    content: t.string({ required: true, description: 'The page as text: scraped text, HTML, or plain text.' }),
    source: t.string({ required: true, description: 'Where it came from: an address or a file name.' }),
    format: t.field({ type: PageFormatEnum, description: 'Told from the content when absent.' }),
  }),
});

const ProposedActorRef = builder.objectRef<LinkedActor>('ProposedActor');
builder.objectType(ProposedActorRef, {
  description: 'An actor the page names: one the graph holds, or a new one committing would add.',
  fields: (t) => ({
    key: t.exposeString('id'),
    kind: t.field({ type: ActorKindEnum, resolve: (actor) => actor.kind }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    stored: t.exposeBoolean('stored', { description: 'Whether the graph holds it already.' }),
  }),
});

const ProposedEvidenceRef = builder.objectRef<ProposedClaim['evidence']>('ProposedEvidence');
builder.objectType(ProposedEvidenceRef, {
  description: 'The passage of the article that reports the claim, with its offsets in the body.',
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

const ProposedClaimRef = builder.objectRef<ProposedClaim>('ProposedClaim');
builder.objectType(ProposedClaimRef, {
  description: 'A claim found in the page, linked to the graph.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The stored claim it is another report of, or the key a new one gets.' }),
    kind: t.field({ type: ClaimKindEnum, resolve: (claim) => claim.kind }),
    speaker: t.field({ type: ProposedActorRef, resolve: (claim) => claim.speaker }),
    subjects: t.field({ type: [ProposedActorRef], resolve: (claim) => claim.subjects }),
    channel: t.field({ type: ProposedActorRef, nullable: true, resolve: (claim) => claim.channel }),
    places: t.exposeStringList('places', {
      description: 'The keys of the places its words name, stored or created with their coordinates.',
    }),
    cue: t.exposeString('cue'),
    paraphrase: t.exposeString('paraphrase', { description: 'What was said, in the article’s words.' }),
    quote: t.exposeString('quote', { nullable: true }),
    statedOn: t.string({
      nullable: true,
      description: 'When it was said, as precise as the article allows (YYYY, YYYY-MM or YYYY-MM-DD).',
      resolve: (claim) => claim.stated?.on ?? null,
    }),
    statedOnText: t.string({ nullable: true, resolve: (claim) => claim.stated?.text ?? null }),
    evidence: t.field({ type: ProposedEvidenceRef, resolve: (claim) => claim.evidence }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is, from 0 to 1.' }),
    known: t.exposeBoolean('known', {
      description: 'Whether the graph, or an earlier page read with it, holds the claim: the page adds evidence to it.',
    }),
  }),
});

interface ReadingOutcome {
  proposal: ArticleProposal;
  stored: UpsertOutcome | null;
}

const ArticleReadingRef = builder.objectRef<ReadingOutcome>('ArticleReading');
builder.objectType(ArticleReadingRef, {
  description: 'What reading a page found, and what committing it stored.',
  fields: (t) => ({
    articleKey: t.string({ resolve: ({ proposal }) => proposal.article.id }),
    title: t.string({ resolve: ({ proposal }) => proposal.article.title }),
    publishedAt: t.field({ type: 'LocalDateTime', resolve: ({ proposal }) => proposal.article.publishedAt }),
    datelineText: t.string({ nullable: true, resolve: ({ proposal }) => proposal.article.datelineText }),
    outlet: t.field({ type: ProposedActorRef, resolve: ({ proposal }) => proposal.article.outlet }),
    body: t.string({
      description: 'The article’s text; evidence offsets point into it.',
      resolve: ({ proposal }) => proposal.article.body,
    }),
    copyOf: t.string({
      nullable: true,
      description: 'The key of the stored article this page is another copy of (a republication).',
      resolve: ({ proposal }) => proposal.duplicateOf,
    }),
    actors: t.field({ type: [ProposedActorRef], resolve: ({ proposal }) => proposal.actors }),
    claims: t.field({ type: [ProposedClaimRef], resolve: ({ proposal }) => proposal.claims }),
    stored: t.field({
      type: UpsertPayloadRef,
      nullable: true,
      description: 'What was written, read back from the graph; null without commit.',
      resolve: ({ stored }) => stored,
    }),
  }),
});

builder.mutationField('readArticle', (t) =>
  t.field({
    type: ArticleReadingRef,
    description:
      'Reads a news page: finds who said what about whom in it and links it to the graph. Writes nothing unless ' +
      '`commit` is true; then stores the article, its new actors and its claims (as extracted) in one transaction.',
    args: {
      page: t.arg({ type: PageInput, required: true }),
      commit: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_, { page, commit }, ctx) => {
      let proposal: ArticleProposal;
      try {
        proposal = await new ArticleReader(storedGraph(ctx.db), ctx.attributionFinder).propose({
          content: page.content,
          source: page.source,
          ...(page.format && { format: page.format }),
        });
      } catch (error) {
        if (error instanceof PageError) throw badUserInput(error.message, { reason: error.reason });
        if (error instanceof ArticleRejected) throw badUserInput(error.message);
        throw error;
      }
      return { proposal, stored: commit ? await store(ctx, proposal.request, proposal.extractedBy) : null };
    },
  }),
);
