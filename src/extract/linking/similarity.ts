// How alike two texts are, as sets of words or of word runs (shingles): the test behind "the same
// article under another address" and "the same proposition reported by another article".

/** Lower-case words (letters and digits, apostrophes inside words kept), in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** The runs of `size` consecutive words; a text shorter than that is one run. */
export function shingles(text: string, size: number): Set<string> {
  const all = words(text);
  if (all.length <= size) return new Set([all.join(' ')]);
  const runs = new Set<string>();
  for (let i = 0; i + size <= all.length; i++) runs.add(all.slice(i, i + size).join(' '));
  return runs;
}

/** |a ∩ b| / |a ∪ b|: 1 for the same set, 0 for disjoint ones. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** |a ∩ b| / min(|a|, |b|): 1 when one set holds the other (a shortened copy, a trimmed quote). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / smaller;
}
