// The dependency parse, where a design gives one (design B): the cue verb's subject, as far as its
// subtree reaches, is the source in place of the token patterns' noun phrase, as is the noun "according
// to" introduces; the verb's complements tell where a content ends before a comma. Without a parse
// the rules keep the token patterns.
import type { Analysis, DependencyEdge, Token } from '../analysis.ts';
import type { TokenRange } from '../phrases.ts';

export interface Parse {
  readonly children: ReadonlyMap<number, readonly DependencyEdge[]>;
  /** Each token's edge from its head. */
  readonly heads: ReadonlyMap<number, DependencyEdge>;
}

/** Subjects a cue's source is: the active subject ("Kirby said"), not a passive one. */
const SUBJECTS = new Set(['nsubj']);
/**
 * What a verb of saying governs as its content: a clause, a quote set off by a colon, an infinitive,
 * an object, and what the parser could not label ("dep").
 */
const COMPLEMENTS = new Set(['ccomp', 'xcomp', 'parataxis', 'obj', 'iobj', 'dep']);

export function parseOf(analysis: Analysis): Parse | undefined {
  if (!analysis.dependencies) return undefined;
  const children = new Map<number, DependencyEdge[]>();
  const heads = new Map<number, DependencyEdge>();
  for (const edge of analysis.dependencies) {
    children.set(edge.head, [...(children.get(edge.head) ?? []), edge]);
    heads.set(edge.dependent, edge);
  }
  return { children, heads };
}

/** Tokens [first, end) that the subtree of `root` spans. */
export function subtreeOf(parse: Parse, root: number): TokenRange {
  let first = root;
  let last = root;
  const pending = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    first = Math.min(first, node);
    last = Math.max(last, node);
    for (const edge of parse.children.get(node) ?? []) pending.push(edge.dependent);
  }
  return [first, last + 1];
}

const isPunctuation = (token: Token | undefined): boolean => token?.pos === 'PUNCT';

/**
 * The subject of the cue's verb, with its appositions and relative clauses, where it stands outside
 * the cue. A closing comma just before the cue stays with it, as news annotators mark a source
 * ("Dana Pike, the agency's spokeswoman,").
 */
export function subjectSpan(
  parse: Parse,
  tokens: readonly Token[],
  verb: number,
  cue: TokenRange,
): TokenRange | undefined {
  const subject = parse.children.get(verb)?.find((edge) => SUBJECTS.has(edge.relation));
  if (!subject) return undefined;
  let [first, end] = subtreeOf(parse, subject.dependent);
  if (first < cue[1] && cue[0] < end) return undefined;
  while (first < end && isPunctuation(tokens[first])) first++;
  const keepComma = end === cue[0] && tokens[end - 1]?.text === ',' && end - 1 > subject.dependent;
  if (!keepComma) while (end > first && isPunctuation(tokens[end - 1])) end--;
  return end > first ? [first, end] : undefined;
}

/**
 * Where the content the cue's verb governs ends, when a comma sets off what follows: the end of the
 * last of its complements after the cue (an object and the infinitive after it count as one: "urged
 * employees to report …"). What the comma sets off is an adjunct or another attribution ("…, sources
 * said"), unless a conjunction joins it to the content.
 */
export function complementEnd(
  parse: Parse,
  tokens: readonly Token[],
  verb: number,
  cue: TokenRange,
): number | undefined {
  const complements = (parse.children.get(verb) ?? []).filter(
    (edge) => edge.dependent >= cue[1] && COMPLEMENTS.has(edge.relation),
  );
  if (complements.length === 0) return undefined;
  const end = Math.max(...complements.map((edge) => subtreeOf(parse, edge.dependent)[1]));
  const setOff = tokens[end]?.text === ',' && tokens[end + 1] !== undefined && tokens[end + 1]!.pos !== 'CCONJ';
  return setOff && tokens[end - 1]?.pos !== 'PUNCT' ? end : undefined;
}

/** The noun "according to" introduces ("according to the White House"), with what modifies it. */
export function accordingToSpan(parse: Parse, tokens: readonly Token[], according: number): TokenRange | undefined {
  const edge = parse.heads.get(according);
  if (edge?.relation !== 'case') return undefined;
  let [first, end] = subtreeOf(parse, edge.head);
  // The subtree holds "according to" itself, which is the cue.
  first = Math.max(first, according + 2);
  while (end > first && isPunctuation(tokens[end - 1])) end--;
  return end > first && edge.head >= first ? [first, end] : undefined;
}
