// Who each source is. A name stands for itself; a pronoun or a description ("the agency", "Russia’s
// top diplomat") is resolved to the nearest compatible named source or named entity before it, the
// mention kept as an alias. Sources come first because a pronoun after a quote mostly refers to the
// speaker before it, not to whoever the quote names. With coreference chains (design B) the chain's
// representative mention decides instead.
import type { Analysis, Entity, EntityType, Gender, Token } from './analysis.ts';
import type { TokenRange } from './phrases.ts';
import type { SourceKind, SourceType } from './types.ts';

export interface ResolvedSource {
  readonly sourceText: string;
  readonly sourceAliases: readonly string[];
  readonly sourceKind: SourceKind;
  /** What the source is, as far as the text tells: a person, an organisation, a place, a group. */
  readonly sourceType: SourceType;
  /** Where the text names whom a pronoun or description was resolved to. */
  readonly referent?: TokenRange;
}

interface Referent {
  /** Where it is named: the last token, to order referents. */
  readonly at: number;
  readonly range: TokenRange;
  readonly name: string;
  readonly type: EntityType | 'GROUP';
  readonly gender?: Gender;
}

const MALE = new Set(['he', 'him', 'his']);
const FEMALE = new Set(['she', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their']);
const SPEAKER_PRONOUNS = new Set(['i', 'we', 'you']);
/** A description resolves when it points back: "the agency", "this official". */
const DEFINITE = new Set(['the', 'this', 'that']);
/** How many sentences after an article's opening description its subject may be named. */
const LEDE_REACH = 2;

/** Resolves the sources in text order, each able to refer back to those before it. */
export function resolveSources(analysis: Analysis, sources: readonly (TokenRange | undefined)[]): ResolvedSource[] {
  const { tokens, entities, text } = analysis;
  const spelled = ([first, end]: TokenRange) => text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  const named: Referent[] = [];
  return sources.map((source) => {
    if (!source) return { sourceText: '', sourceAliases: [], sourceKind: 'none', sourceType: 'GROUP' };
    const mention = spelled(source);
    const chained = fromCoreference(analysis, source);
    const kind = sourceKindOf(tokens, entities, source);
    const entity = lastEntityIn(tokens, entities, source);
    if (kind === 'name' || kind === 'group') {
      const name = entity ? spelled([entity.firstToken, entity.endToken]) : mention;
      const type = kind === 'group' ? 'GROUP' : (entity?.type ?? 'ORGANIZATION');
      const range: TokenRange = entity ? [entity.firstToken, entity.endToken] : source;
      named.push({ at: source[1] - 1, range, name, type, ...(entity?.gender && { gender: entity.gender }) });
      return {
        sourceText: chained ?? name,
        sourceAliases: name === mention ? [] : [mention],
        sourceKind: kind,
        sourceType: type,
      };
    }
    const word = tokens[source[0]]!.text.toLowerCase();
    const referent =
      chained !== undefined || SPEAKER_PRONOUNS.has(word)
        ? undefined
        : kind === 'pronoun'
          ? antecedent(analysis, named, source[0], word)
          : DEFINITE.has(word) && source[1] - source[0] <= 4
            ? antecedent(analysis, named, source[0], undefined)
            : kind === 'description' && tokens[source[0]]!.sentence === 0
              ? namedLater(analysis, source)
              : undefined;
    const sourceText = chained ?? referent?.name ?? mention;
    const aliases = sourceText === mention ? [] : [mention];
    const sourceType =
      referent?.type ??
      (MALE.has(word) || FEMALE.has(word) ? 'PERSON' : GROUP_PRONOUNS.has(word) ? 'GROUP' : 'ORGANIZATION');
    return {
      sourceText,
      sourceAliases: aliases,
      sourceKind: kind,
      sourceType,
      ...(referent && { referent: referent.range }),
    };
  });
}

export function sourceKindOf(
  tokens: readonly Token[],
  entities: readonly Entity[],
  [first, end]: TokenRange,
): SourceKind {
  const head = tokens[end - 1]!;
  if (end - first === 1 && head.pos === 'PRON') return 'pronoun';
  if (lastEntityIn(tokens, entities, [first, end]) || head.pos === 'PROPN') return 'name';
  const plural = head.pos === 'NOUN' && head.lemma !== head.text.toLowerCase() && /s$/i.test(head.text);
  return plural ? 'group' : 'description';
}

/** The named entity a mention ends with, or the person an apposition starts with ("Dana Pike, his aide"). */
function lastEntityIn(
  tokens: readonly Token[],
  entities: readonly Entity[],
  [first, end]: TokenRange,
): Entity | undefined {
  const inside = entities.filter((entity) => entity.firstToken >= first && entity.endToken <= end);
  const apposed = (entity: Entity) =>
    entity.firstToken === first && entity.type === 'PERSON' && tokens[entity.endToken]?.text === ',';
  return inside.find((entity) => entity.endToken === end) ?? inside.find(apposed);
}

/**
 * The name a coreference chain gives a mention: the last person or organisation named inside the
 * chain's representative, which CoreNLP picks long ("Russian state television broadcast Foreign
 * Minister Sergey Lavrov's"), or the representative itself where it names none.
 */
function fromCoreference(analysis: Analysis, [first, end]: TokenRange): string | undefined {
  const { tokens, text, entities } = analysis;
  for (const chain of analysis.coreference ?? []) {
    if (!chain.mentions.some((mention) => mention.firstToken === first && mention.endToken === end)) continue;
    const representative = chain.mentions[chain.representative]!;
    const named = entities.findLast(
      (entity) =>
        entity.type !== 'PLACE' &&
        entity.firstToken >= representative.firstToken &&
        entity.endToken <= representative.endToken,
    );
    const [from, to] = named
      ? [named.firstToken, named.endToken]
      : [representative.firstToken, representative.endToken];
    return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  }
  return undefined;
}

/** The nearest referent before `at` that a pronoun (or, without one, a description) can refer to. */
function antecedent(
  analysis: Analysis,
  named: readonly Referent[],
  at: number,
  pronoun: string | undefined,
): Referent | undefined {
  const fits = (referent: Referent) => {
    if (pronoun === undefined) return referent.type === 'PERSON' || referent.type === 'ORGANIZATION';
    if (MALE.has(pronoun) || FEMALE.has(pronoun)) {
      const gender = MALE.has(pronoun) ? 'male' : 'female';
      return referent.type === 'PERSON' && (referent.gender === undefined || referent.gender === gender);
    }
    if (GROUP_PRONOUNS.has(pronoun)) return referent.type === 'GROUP' || referent.type === 'ORGANIZATION';
    return referent.type === 'ORGANIZATION';
  };
  const { tokens, text } = analysis;
  const sentence = tokens[at]!.sentence;
  const toReferent = (entity: Entity): Referent => ({
    at: entity.endToken - 1,
    range: [entity.firstToken, entity.endToken],
    name: text.slice(tokens[entity.firstToken]!.start, tokens[entity.endToken - 1]!.end),
    type: entity.type,
    ...(entity.gender && { gender: entity.gender }),
  });
  const recent = analysis.entities.filter(
    (entity) => entity.endToken <= at && sentence - tokens[entity.firstToken]!.sentence <= 3,
  );
  // Earlier sources, and the subjects of the sentences just before: the most salient referents.
  const subjects = recent.filter((entity) => opensSentence(analysis, entity)).map(toReferent);
  const salient = [...named, ...subjects].filter((referent) => referent.at < at && fits(referent));
  if (salient.length > 0) return salient.reduce((a, b) => (b.at > a.at ? b : a));
  // Nothing salient fits: the nearest named entity in the sentences before.
  return recent.map(toReferent).reverse().find(fits);
}

/**
 * News ledes describe before they name ("Russia’s top diplomat shrugged off …", then "Foreign Minister
 * Sergey Lavrov"): a description in the first sentence is the first person named just after it.
 */
function namedLater(analysis: Analysis, [, end]: TokenRange): Referent | undefined {
  const { tokens, text } = analysis;
  const person = analysis.entities.find(
    (entity) =>
      entity.firstToken >= end && entity.type === 'PERSON' && tokens[entity.firstToken]!.sentence <= LEDE_REACH,
  );
  if (!person) return undefined;
  return {
    at: person.endToken - 1,
    range: [person.firstToken, person.endToken],
    name: text.slice(tokens[person.firstToken]!.start, tokens[person.endToken - 1]!.end),
    type: 'PERSON',
  };
}

/** Whether an entity opens its sentence, after a determiner at most ("The White House released …"). */
function opensSentence(analysis: Analysis, entity: Entity): boolean {
  const first = analysis.sentences[analysis.tokens[entity.firstToken]!.sentence]!.firstToken;
  return entity.firstToken === first || (entity.firstToken === first + 1 && analysis.tokens[first]!.pos === 'DET');
}
