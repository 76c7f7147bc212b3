// Names as an article writes them and as the graph keys them: "the White House" and "White House",
// "U.S." and "US", "Russia’s" and "Russia" are one name; a key is the name's slug.

/** A comparable form of a name: lower case, no leading article, no possessive, no dots, one space. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key a new entity gets from its name: "Sergey Lavrov" → "sergey-lavrov". */
export function slugOf(text: string, maxLength = 60): string {
  const slug = nameKey(text).replace(/'/g, '').split(' ').filter(Boolean).join('-');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}

/** A person's family name, as a later mention alone names them ("Lavrov", "Kim"). */
export function familyName(name: string): string {
  const parts = nameKey(name).split(' ');
  // "Kim Jong Un": Korean and Chinese names put the family name first.
  return parts.length === 3 && parts.every((part) => part.length <= 4) ? parts[0]! : parts.at(-1)!;
}

// Words of a title or an office, which a person's name in running text follows: "Foreign Minister
// Sergey Lavrov", "National Security Council spokesman John Kirby", "Sen. Tim Kaine".
const TITLE_WORDS = new Set(
  (
    'minister president vice secretary spokesman spokeswoman spokesperson leader chief director chairman ' +
    'chairwoman chair ambassador envoy general gen adviser advisor commander premier chancellor king queen prince ' +
    'senator sen representative rep governor gov mayor prime deputy foreign defense defence interior justice ' +
    'attorney press official officer lawmaker diplomat judge speaker dr mr mrs ms sir lord pope cardinal ' +
    'sheikh emir president-elect candidate nominee chief-of-staff lt col capt sgt adm'
  ).split(' '),
);

/**
 * A person's name without the title before it, and the whole mention as an alias when there was
 * one: "Foreign Minister Sergey Lavrov" → "Sergey Lavrov". The name is the run of capitalised words
 * that ends the mention, up to the first word of a title.
 */
export function personalName(mention: string): { name: string; titled: boolean } {
  const parts = mention.trim().split(/\s+/);
  let first = parts.length;
  while (first > 0) {
    const word = parts[first - 1]!;
    if (!/^\p{Lu}/u.test(word) || TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) break;
    first--;
  }
  if (first === 0 || first === parts.length) return { name: mention.trim(), titled: false };
  return { name: parts.slice(first).join(' '), titled: true };
}

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'de', 'the', '&']);

/**
 * The proper name that ends a description: "the North’s official Korean Central News Agency" →
 * "Korean Central News Agency", "Ministry of Foreign Affairs" as it is; a description without one
 * ("Russian state television") is kept whole.
 */
export function properName(mention: string): string {
  const parts = mention.trim().split(/\s+/);
  let first = parts.length;
  while (first > 0) {
    const word = parts[first - 1]!;
    const capital = /^\p{Lu}/u.test(word) && !/['’]s$/.test(word);
    const joins = CONNECTORS.has(word.toLowerCase()) && first < parts.length && first > 1;
    if (!capital && !joins) break;
    first--;
  }
  while (first < parts.length && CONNECTORS.has(parts[first]!.toLowerCase())) first++;
  return first < parts.length && first > 0 ? parts.slice(first).join(' ') : mention.trim();
}
