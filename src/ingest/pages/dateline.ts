// The dateline that opens an agency story: "MOSCOW (AP) — ", "WASHINGTON (Reuters) - ",
// "SEOUL, South Korea (AP) — ", "KYIV, Ukraine, Oct 20 (Reuters) - ", "LONDON — ".

export interface Dateline {
  /** The place as written, without the date: "SEOUL, South Korea". */
  place: string;
  /** The agency in parentheses ("AP"), or null. */
  outlet: string | null;
}

// The place in capitals; then perhaps its country or state in ordinary case, a date (Reuters puts one
// there), the agency, and a dash with spaces around it.
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]*[\p{Lu}.](?:, \p{Lu}[\p{L}\p{M} .'’-]*?)?)(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? (?:\(([\p{L}\p{M} .&'’-]{1,40})\) )?(?:—|–|--?) /u;

export function readDateline(body: string): Dateline | null {
  const found = DATELINE.exec(body);
  if (!found) return null;
  return { place: found[1]!, outlet: found[2] ?? null };
}
