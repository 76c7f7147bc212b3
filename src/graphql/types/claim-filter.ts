// ClaimFilter: the conditions every claim list takes, and their translation into the read layer's
// filter (entities named by key or global ID become keys).
import { z } from 'zod';
import type { ClaimFilter } from '../../neo4j/reads/claims.ts';
import { builder } from '../builder.ts';
import { MAX_PAGE_SIZE } from '../connections.ts';
import { ACTOR_TYPENAMES, keysOf } from '../keys.ts';
import { AboutRoleEnum, ClaimKindEnum, ClaimOriginEnum } from './enums.ts';

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
    origin: t.field({
      type: ClaimOriginEnum,
      description: 'Only claims of this origin: CURATED hides the machine-extracted claims, EXTRACTED shows only them.',
    }),
    minConfidence: t.float({
      description: 'Leaves out extracted claims of a lower confidence (0 to 1); curated claims have none and stay.',
      validate: z.number().min(0).max(1),
    }),
  }),
  // A loose object: validation must hand every other filter field through unchanged.
  validate: z
    .looseObject({ statedFrom: z.string().nullish(), statedTo: z.string().nullish() })
    .refine((f) => !f.statedFrom || !f.statedTo || f.statedFrom <= f.statedTo, {
      message: 'statedFrom must not be after statedTo',
    }),
});

export type ClaimFilterArg = typeof ClaimFilterInput.$inferInput;

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
    origin: filter.origin,
    minConfidence: filter.minConfidence,
  };
}
