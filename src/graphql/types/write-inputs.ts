// The records a client writes. Fields carry the names of the seed's annotation files, ids are the
// plain stable keys ("sergey-lavrov"), and every reference may name a record of the same request
// or one already stored. The ingest layer (src/ingest/upsert.ts) checks them as it checks the seed.
import { CLAIM_LINK_KINDS } from '../../model/vocabulary.ts';
import { builder } from '../builder.ts';
import { AboutRoleEnum, ActorKindEnum, ClaimKindEnum, EventPlaceRoleEnum, LocationKindEnum } from './enums.ts';

const PARTIAL_DATE = 'YYYY, YYYY-MM or YYYY-MM-DD.';

export const ClaimLinkKindEnum = builder.enumType('ClaimLinkKind', {
  description: 'DISPUTES: the claim contradicts the other; SUPPORTS: it bears it out.',
  values: CLAIM_LINK_KINDS,
});

export const ArticleInput = builder.inputType('ArticleInput', {
  description: 'An article with its whole body; evidence offsets point into this body.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable key, e.g. "ap-lavrov-dismisses-us-claims".' }),
    title: t.string({ required: true }),
    publishedAt: t.field({ type: 'LocalDateTime', required: true }),
    datelineText: t.string({
      description: 'Where it was filed from, as written: "MOSCOW"; absent without a dateline.',
    }),
    body: t.string({
      required: true,
      description: 'The text. Replacing it is refused while stored evidence would no longer match it.',
    }),
    sourceFile: t.string({ required: true, description: 'Where the text came from: a file name or an address.' }),
    outlet: t.id({ required: true, description: 'The MEDIA_OUTLET actor that published it.' }),
    dateline: t.id({ description: 'The location it was filed from.' }),
  }),
});

const ActorTieInput = builder.inputType('ActorTieInput', {
  description: 'An actor and the free-text role it has here ("spokesman", "host").',
  fields: (t) => ({ actor: t.id({ required: true }), role: t.string({ required: true }) }),
});

export const ActorInput = builder.inputType('ActorInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable key, e.g. "sergey-lavrov".' }),
    kind: t.field({ type: ActorKindEnum, required: true }),
    name: t.string({ required: true }),
    aliases: t.stringList({ description: 'Other names the articles use.' }),
    description: t.string(),
    basedIn: t.id({ description: 'A location.' }),
    affiliations: t.field({ type: [ActorTieInput], description: 'Actors this one belongs to or speaks for.' }),
  }),
});

export const LocationInput = builder.inputType('LocationInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable key, e.g. "najin".' }),
    name: t.string({ required: true }),
    kind: t.field({ type: LocationKindEnum, required: true }),
    latitude: t.float({ required: true }),
    longitude: t.float({ required: true }),
    within: t.id({ description: 'The location this one lies in.' }),
  }),
});

const EventPlaceInput = builder.inputType('EventPlaceInput', {
  fields: (t) => ({
    location: t.id({ required: true }),
    role: t.field({ type: EventPlaceRoleEnum, required: true }),
  }),
});

export const EventInput = builder.inputType('EventInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable key, e.g. "lavrov-pyongyang-trip-2023".' }),
    name: t.string({ required: true }),
    description: t.string({ required: true }),
    start: t.string({ required: true, description: PARTIAL_DATE }),
    end: t.string({ description: PARTIAL_DATE }),
    partOf: t.id({ description: 'The event this one is part of.' }),
    places: t.field({ type: [EventPlaceInput] }),
    participants: t.field({ type: [ActorTieInput] }),
  }),
});

const StatedInput = builder.inputType('StatedInput', {
  description: 'When the claim was said, and how the article put it ("on Friday").',
  fields: (t) => ({ on: t.string({ required: true, description: PARTIAL_DATE }), text: t.string() }),
});

const ClaimSubjectInput = builder.inputType('ClaimSubjectInput', {
  fields: (t) => ({
    actor: t.id({ required: true }),
    role: t.field({ type: AboutRoleEnum, required: true }),
  }),
});

const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'Words of an article that report the claim; located in its body automatically.',
  fields: (t) => ({
    article: t.id({ required: true, description: 'An article of the same request or a stored one.' }),
    text: t.string({ required: true, description: 'Verbatim from the article body.' }),
    start: t.int({ description: 'Where the text starts in the body; needed when it occurs more than once.' }),
  }),
});

const LinkedClaimInput = builder.inputType('LinkedClaimInput', {
  fields: (t) => ({ claim: t.id({ required: true }), rationale: t.string({ required: true }) }),
});

export const ClaimInput = builder.inputType('ClaimInput', {
  description:
    'A claim with its evidence. Writing a claim again replaces its speaker, subjects, places, events and ' +
    'links, and its evidence in each article it lists; evidence in other articles stays.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable key, e.g. "lavrov-no-comment-on-rumors".' }),
    kind: t.field({ type: ClaimKindEnum, required: true }),
    speaker: t.id({ required: true }),
    onBehalfOf: t.id({ description: 'The principal the speaker spoke for.' }),
    channel: t.id({ description: 'The MEDIA_OUTLET it reached the press through.' }),
    cue: t.string({ description: 'The attribution verb: said, scoffed, denied…' }),
    paraphrase: t.string({ required: true }),
    quote: t.string({ description: 'The speaker’s words; must lie inside one of the evidence texts.' }),
    stated: t.field({ type: StatedInput }),
    about: t.field({ type: [ClaimSubjectInput], required: true }),
    locations: t.idList(),
    events: t.idList(),
    evidence: t.field({ type: [EvidenceInput], required: true }),
    disputes: t.field({ type: [LinkedClaimInput], description: 'All the claims this one disputes.' }),
    supports: t.field({ type: [LinkedClaimInput], description: 'All the claims this one supports.' }),
  }),
});

export const ClaimLinkInput = builder.inputType('ClaimLinkInput', {
  description: 'One claim disputing or supporting another; added to the links the claim has.',
  fields: (t) => ({
    from: t.id({ required: true }),
    to: t.id({ required: true }),
    kind: t.field({ type: ClaimLinkKindEnum, required: true }),
    rationale: t.string({ required: true, description: 'Why the one bears on the other.' }),
  }),
});

export const GraphInput = builder.inputType('GraphInput', {
  description: 'Records of every kind, stored together: they may refer to each other.',
  fields: (t) => ({
    articles: t.field({ type: [ArticleInput] }),
    actors: t.field({ type: [ActorInput] }),
    locations: t.field({ type: [LocationInput] }),
    events: t.field({ type: [EventInput] }),
    claims: t.field({ type: [ClaimInput] }),
    links: t.field({ type: [ClaimLinkInput] }),
  }),
});
