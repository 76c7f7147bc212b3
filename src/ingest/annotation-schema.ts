// The shape of the curated annotation files in seed/annotations/. They are written by people, so
// every field is named in the language of the domain and every error names the offending entry.
// The write API takes records of the same shapes and checks them with the same schemas.
import { z } from 'zod';
import { ABOUT_ROLES, ACTOR_KINDS, CLAIM_KINDS, EVENT_PLACE_ROLES, LOCATION_KINDS } from '../model/vocabulary.ts';

export const slug = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case slug, e.g. "sergey-lavrov"');

/** "2023", "2023-09" or "2023-09-13". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a date of the calendar');

/** "2023-02-30" has the right shape but no such day. */
function isCalendarDate(value: string): boolean {
  if (value.length < 10) return true;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// What no text may hold: C0 controls but tab, line feed and carriage return; DEL; C1 controls; a
// UTF-16 surrogate without its pair (with the u flag, \p{Cs} matches only those). They are
// invisible, C-based tools end a string at NUL, and a lone surrogate has no UTF-8 form.
const UNPRINTABLE = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;
const LINE_BREAK = /[\n\r]/;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What makes a text unfit to store, or undefined. Only the trimmed text is stored, so only it is
 * checked (a YAML block's final newline is fine); positions count from the start of the value given.
 */
export function characterProblem(value: string, multiLine: boolean): string | undefined {
  const start = value.length - value.trimStart().length;
  const stored = value.trim();
  const unprintable = UNPRINTABLE.exec(stored);
  if (unprintable) {
    const [char] = unprintable;
    const what = char >= '\uD800' && char <= '\uDFFF' ? 'a lone UTF-16 surrogate' : 'a control character';
    return `contains ${what} (${codePoint(char)}) at position ${start + unprintable.index}`;
  }
  const lineBreak = multiLine ? null : LINE_BREAK.exec(stored);
  if (!lineBreak) return undefined;
  const [char] = lineBreak;
  return `contains a line break (${codePoint(char)}) at position ${start + lineBreak.index}; it must be one line`;
}

const storable = (multiLine: boolean) => (value: string, ctx: z.RefinementCtx<string>) => {
  const problem = characterProblem(value, multiLine);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** Text that may run over lines: an article body, a description, a quote, an evidence span. */
export const text = z.string().superRefine(storable(true)).trim().min(1);

/** Text of one line: a title, a name, a role, a paraphrase. */
export const line = z.string().superRefine(storable(false)).trim().min(1);

/** "2023-10-20T11:33:21": a local date-time of the calendar, as an article's date line gives it. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'must be YYYY-MM-DDTHH:MM:SS')
  .refine((value) => isCalendarDate(value.slice(0, 10)), 'is not a date of the calendar');

export const articleAnnotation = z.strictObject({
  id: slug,
  /** File name under seed/pages/. */
  page: line,
  outlet: slug,
  dateline: slug,
});

export const actorAnnotation = z.strictObject({
  id: slug,
  kind: z.enum(ACTOR_KINDS),
  name: line,
  aliases: z.array(line).default([]),
  description: text.optional(),
  basedIn: slug.optional(),
  affiliations: z.array(z.strictObject({ actor: slug, role: line })).default([]),
});

export const locationAnnotation = z.strictObject({
  id: slug,
  name: line,
  kind: z.enum(LOCATION_KINDS),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  within: slug.optional(),
});

export const eventAnnotation = z.strictObject({
  id: slug,
  name: line,
  description: text,
  start: partialDate,
  end: partialDate.optional(),
  partOf: slug.optional(),
  places: z.array(z.strictObject({ location: slug, role: z.enum(EVENT_PLACE_ROLES) })).default([]),
  participants: z.array(z.strictObject({ actor: slug, role: line })).default([]),
});

const claimLink = z.strictObject({ claim: slug, rationale: text });

/** The actors a claim is about, each in its role. */
export const claimSubjects = z.array(z.strictObject({ actor: slug, role: z.enum(ABOUT_ROLES) }));

export const claimAnnotation = z.strictObject({
  id: slug,
  kind: z.enum(CLAIM_KINDS),
  speaker: slug,
  onBehalfOf: slug.optional(),
  /** The medium the statement reached the press through (PROV-O hadPrimarySource). */
  channel: slug.optional(),
  /** The attribution verb the article uses: said, scoffed, charged, denied. */
  cue: line.optional(),
  paraphrase: line,
  /** The speaker's own words, as the article quotes them; must lie inside an evidence span. */
  quote: text.optional(),
  stated: z.strictObject({ on: partialDate, text: line.optional() }).optional(),
  about: claimSubjects.min(1),
  locations: z.array(slug).default([]),
  events: z.array(slug).default([]),
  evidence: z
    .array(
      z.strictObject({
        article: slug,
        /** Verbatim text of the article body; located automatically unless `start` pins it. */
        text: text,
        start: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1),
  disputes: z.array(claimLink).default([]),
  supports: z.array(claimLink).default([]),
});

export const annotationFiles = {
  articles: z.array(articleAnnotation),
  actors: z.array(actorAnnotation),
  locations: z.array(locationAnnotation),
  events: z.array(eventAnnotation),
  claims: z.array(claimAnnotation),
} as const;

/** One problem per schema issue, naming the entry (by index and id) and the field. */
export function schemaProblems(label: string, data: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const entry = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown }) : undefined;
    const id = entry && typeof entry === 'object' && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
    const where = typeof index === 'number' ? `entry ${index}${id}` : 'file';
    return `${label} ${where}${field.length > 0 ? ` field ${field.join('.')}` : ''}: ${issue.message}`;
  });
}

export type ArticleAnnotation = z.infer<typeof articleAnnotation>;
export type ActorAnnotation = z.infer<typeof actorAnnotation>;
export type LocationAnnotation = z.infer<typeof locationAnnotation>;
export type EventAnnotation = z.infer<typeof eventAnnotation>;
export type ClaimAnnotation = z.infer<typeof claimAnnotation>;
export type AnnotationSet = { [K in keyof typeof annotationFiles]: z.infer<(typeof annotationFiles)[K]> };
