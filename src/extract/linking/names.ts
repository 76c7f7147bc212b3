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
  const slug = nameKey(text)
    .replace(/'/g, '')
    .split(' ')
    .filter(Boolean)
    .join('-');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}

/** A person's family name, as a later mention alone names them ("Lavrov", "Kim"). */
export function familyName(name: string): string {
  const parts = nameKey(name).split(' ');
  // "Kim Jong Un": Korean and Chinese names put the family name first.
  return parts.length === 3 && parts.every((part) => part.length <= 4) ? parts[0]! : parts.at(-1)!;
}
