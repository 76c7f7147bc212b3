// Named entities for design A. wink's light model tags proper nouns but not what they name, and
// compromise's own entity finder costs ten times wink's whole analysis; so the names are wink's runs
// of proper nouns, typed by compromise's lexicon (first names, surnames, organisations, places),
// by the title or role before them ("spokesman John Kirby", "Mr. Pike") and by the word that ends
// an organisation's name ("White House", "Central News Agency"). A surname alone is a person when
// the article named that person in full before ("Dana Pike" … "Pike said").
import nlp from 'compromise';
import type { Entity, EntityType, Gender, Token } from '../analysis.ts';

type LexiconTag = string | readonly string[];
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, LexiconTag> } } }).model().one.lexicon;

const tagsOf = (word: string): readonly string[] => {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
};

const TITLES = words(
  'mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. prof. rev. judge president senator sen governor ' +
    'secretary minister spokesman spokeswoman spokesperson leader candidate chairman chairwoman director ' +
    'ambassador adviser advisor aide speaker mayor chief attorney prosecutor official nominee manager ' +
    'congressman congresswoman representative professor economist analyst author host anchor pope',
);
const MALE_TITLES = words('mr. congressman spokesman chairman');
const FEMALE_TITLES = words('mrs. ms. congresswoman spokeswoman chairwoman');

/** Last words of organisations' names. */
const ORGANIZATION_ENDS = words(
  'house department ministry agency committee council party campaign times post news journal network ' +
    'foundation institute university court congress senate administration inc inc. corp corp. co. group ' +
    'bank union office bureau commission association service services television press organization ' +
    'pentagon kremlin police army navy force forces coalition center centre board fund company reuters ' +
    'tribune herald magazine channel radio fbi cia nato un u.n. eu gop cnn msnbc bbc nbc abc cbs npr kcna ' +
    'tass xinhua authority government parliament assembly legislature cabinet embassy firm corporation club ' +
    'team league school hospital airline airlines federation alliance trust tribunal',
);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

const PERSON_TAGS = words('MaleName FemaleName FirstName LastName Person');
const PLACE_TAGS = words('City Country Region Place Town State Continent');

export function namedEntities(tokens: readonly Token[]): Entity[] {
  const entities: Entity[] = [];
  const people = new Map<string, Gender | undefined>();
  for (const [first, end] of properNounRuns(tokens)) {
    const words = tokens.slice(first, end).map((token) => token.text);
    const before =
      first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence ? tokens[first - 1]! : undefined;
    const title = before ? before.text.toLowerCase() : '';
    const last = words.at(-1)!.toLowerCase();
    const tags = words.flatMap(tagsOf);
    let type: EntityType | undefined;
    let gender: Gender | undefined;
    if (ORGANIZATION_ENDS.has(last) || tagsOf(last).includes('Organization')) type = 'ORGANIZATION';
    else if (TITLES.has(title) || tags.some((tag) => PERSON_TAGS.has(tag)) || people.has(last)) type = 'PERSON';
    else if (tags.some((tag) => PLACE_TAGS.has(tag))) type = 'PLACE';
    else if (words.length >= 2 && words.length <= 3) type = 'PERSON';
    if (!type) continue;
    if (type === 'PERSON') {
      const first = tagsOf(words[0]!);
      gender =
        MALE_TITLES.has(title) || first.includes('MaleName')
          ? 'male'
          : FEMALE_TITLES.has(title) || first.includes('FemaleName')
            ? 'female'
            : people.get(last);
      if (!people.has(last) || gender) people.set(last, gender);
    }
    entities.push({ firstToken: first, endToken: end, type, ...(gender && { gender }) });
  }
  return entities;
}

/** Maximal runs of proper nouns within a sentence, joined across "of" ("Department of Justice"). */
function properNounRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName(tokens[i]!)) {
      i++;
      continue;
    }
    const first = i;
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next && isName(next) && next.sentence === tokens[first]!.sentence) end++;
      else if (next?.lemma === 'of' && tokens[end + 1] && isName(tokens[end + 1]!)) end += 2;
      else break;
    }
    runs.push([first, end]);
    i = end;
  }
  return runs;
}

const isName = (token: Token): boolean => token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);
