// brat standoff (https://brat.nlplab.org/standoff.html) in PolNeAR's attribution scheme, read and
// written. PolNeAR writes each attribution as text-bound annotations labelled Source, Cue and
// Content, plus a trigger labelled Attribution or Attribution-no-source that repeats the cue's
// offsets, and one event joining them. For the (made-up) text "The mayor insists the budget is
// balanced, if tight, and fair.", fields tab-separated:
//
//   T1  Source 0 9  The mayor
//   T2  Cue 10 17  insists
//   T3  Content 18 40;52 60  the budget is balanced and fair
//   T4  Attribution 10 17  insists
//   E1  Attribution:T4 Content:T3 Cue:T2 Source:T1
//
// Reading follows what the corpus does (its oddities are listed in polnear.ts):
// - a role may be given by several arguments (Content, Content2): their fragments are joined;
// - the role is the argument's name, not the label of the T line it points to (three PolNeAR Cue
//   arguments point to T lines labelled Discuss);
// - an event without a Cue argument takes its trigger's offsets, which PolNeAR copies from the cue;
// - an event without a Content argument is no attribution and is returned in `dropped`;
// - the source is whatever Source arguments there are, whichever of the two event types is used;
// - T lines labelled otherwise (PolNeAR's Discard and Discuss), notes (#), attributes, relations and
//   lines continuing a note or a T line's text across a line break (both occur) are skipped.
// Offsets are authoritative; the text column of T lines is not read.
import { type Attribution, type Fragment, normalizeSpan, type Span } from './attribution.ts';

export class BratFormatError extends Error {
  override name = 'BratFormatError';
}

/** An event that cannot be read as an attribution, with its id and why. */
export interface DroppedEvent {
  readonly id: string;
  readonly reason: string;
}

export interface BratAnnotations {
  readonly attributions: Attribution[];
  readonly dropped: DroppedEvent[];
}

const EVENT_WITH_SOURCE = 'Attribution';
const EVENT_WITHOUT_SOURCE = 'Attribution-no-source';
const EVENT_TYPES = new Set([EVENT_WITH_SOURCE, EVENT_WITHOUT_SOURCE]);

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
const EVENT = /^(E\d+)\t(.*)$/;
const ROLE_ARGUMENT = /^(Source|Cue|Content)\d*$/;
// Notes, attributes, relations, normalizations and equivalences: nothing an attribution needs.
const OTHER_ANNOTATION = /^(?:[#ARMN]\d*|\*)\t/;

type RoleName = 'Source' | 'Cue' | 'Content';

interface EventLine {
  readonly id: string;
  readonly line: number;
  readonly trigger: string;
  readonly arguments: readonly { role: RoleName; target: string }[];
}

export function parseBrat(ann: string): BratAnnotations {
  const textBound = new Map<string, Span>();
  const events: EventLine[] = [];
  // A note's or a T line's text may run over several lines; the lines after it are skipped.
  let mayContinue = false;
  ann.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const number = index + 1;
    const tMatch = TEXT_BOUND.exec(line);
    if (tMatch) {
      textBound.set(tMatch[1]!, parseFragments(tMatch[3]!, number));
      mayContinue = true;
    } else if (/^T\d+\t/.test(line)) {
      throw new BratFormatError(`line ${number}: malformed text-bound annotation: ${line}`);
    } else if (EVENT.test(line)) {
      events.push(parseEvent(line, number));
      mayContinue = false;
    } else if (OTHER_ANNOTATION.test(line)) {
      mayContinue = line.startsWith('#');
    } else if (!mayContinue && line.trim() !== '') {
      throw new BratFormatError(`line ${number}: not a brat annotation: ${line}`);
    }
  });
  const attributions: Attribution[] = [];
  const dropped: DroppedEvent[] = [];
  for (const event of events) {
    const result = toAttribution(event, textBound);
    if ('reason' in result) dropped.push(result);
    else attributions.push(result);
  }
  return { attributions, dropped };
}

function parseFragments(offsets: string, line: number): Span {
  const fragments = offsets.split(';').map((pair): Fragment => {
    const [start, end] = pair.split(' ').map(Number) as [number, number];
    if (end <= start) throw new BratFormatError(`line ${line}: fragment "${pair}" does not end after it starts`);
    return [start, end];
  });
  return normalizeSpan(fragments);
}

function parseEvent(line: string, number: number): EventLine {
  const [, id, body] = EVENT.exec(line)!;
  const [trigger, ...rest] = body!
    .trim()
    .split(/\s+/)
    .map((argument) => argument.split(':'));
  const [type, triggerId] = trigger ?? [];
  if (!type || !triggerId || !EVENT_TYPES.has(type)) {
    throw new BratFormatError(`line ${number}: ${id} is not an ${[...EVENT_TYPES].join(' or ')} event: ${line}`);
  }
  const args = rest.map((parts) => {
    const [name = '', target] = parts;
    const role = ROLE_ARGUMENT.exec(name)?.[1] as RoleName | undefined;
    if (!role || !target) {
      const argument = parts.join(':');
      throw new BratFormatError(`line ${number}: ${id} has an argument "${argument}", not Source, Cue or Content`);
    }
    return { role, target };
  });
  return { id: id!, line: number, trigger: triggerId, arguments: args };
}

function toAttribution(event: EventLine, textBound: ReadonlyMap<string, Span>): Attribution | DroppedEvent {
  const spanOf = (id: string): Span => {
    const span = textBound.get(id);
    if (!span) throw new BratFormatError(`line ${event.line}: ${event.id} refers to ${id}, which is not defined`);
    return span;
  };
  const fragmentsOf = (role: RoleName): Fragment[] =>
    event.arguments.filter((argument) => argument.role === role).flatMap((argument) => spanOf(argument.target));
  const trigger = spanOf(event.trigger);
  const content = fragmentsOf('Content');
  if (content.length === 0) return { id: event.id, reason: 'no Content argument' };
  const cue = fragmentsOf('Cue');
  const source = fragmentsOf('Source');
  return {
    ...(source.length > 0 && { source: normalizeSpan(source) }),
    cue: cue.length > 0 ? normalizeSpan(cue) : trigger,
    content: normalizeSpan(content),
  };
}

/**
 * PolNeAR's scheme, so that its tools and any brat-reading scorer take our predictions as they take
 * the gold. Each attribution gets its own T lines. The text column is the fragments' text joined by
 * spaces (brat's convention), with line breaks turned into spaces to keep one annotation per line.
 */
export function serializeBrat(text: string, attributions: readonly Attribution[]): string {
  const lines: string[] = [];
  let nextT = 1;
  const textBound = (label: string, fragments: Span): string => {
    const id = `T${nextT++}`;
    const span = normalizeSpan(fragments);
    lines.push(`${id}\t${label} ${offsetsOf(text, span)}\t${textOf(text, span)}`);
    return id;
  };
  attributions.forEach((attribution, index) => {
    const source = attribution.source && textBound('Source', attribution.source);
    const cue = textBound('Cue', attribution.cue);
    const content = textBound('Content', attribution.content);
    const type = source ? EVENT_WITH_SOURCE : EVENT_WITHOUT_SOURCE;
    const trigger = textBound(type, attribution.cue);
    const args = [`${type}:${trigger}`, `Content:${content}`, `Cue:${cue}`, ...(source ? [`Source:${source}`] : [])];
    lines.push(`E${index + 1}\t${args.join(' ')}`);
  });
  return lines.map((line) => `${line}\n`).join('');
}

function offsetsOf(text: string, span: Span): string {
  if (span.length === 0) throw new RangeError('a span needs at least one fragment');
  return span
    .map(([start, end]) => {
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
        throw new RangeError(`fragment [${start}, ${end}) is not a non-empty range of a ${text.length}-character text`);
      }
      return `${start} ${end}`;
    })
    .join(';');
}

function textOf(text: string, span: Span): string {
  return span.map(([start, end]) => text.slice(start, end).replace(/[\r\n]/g, ' ')).join(' ');
}
