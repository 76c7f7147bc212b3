// Words that mark a news medium: a source that is one reports ("the agency said" is a REPORT), and
// one named next to a statement is its channel ("told state television").
import type { Token } from './analysis.ts';

const MEDIA_WORDS = new Set(
  (
    'television tv radio newspaper paper agency news media network channel outlet broadcaster times post ' +
    'journal tribune herald magazine gazette daily wire twitter facebook instagram youtube website blog ' +
    'cnn msnbc bbc nbc abc cbs npr pbs fox reuters ap afp kcna tass ria interfax xinhua yonhap bloomberg ' +
    'politico'
  ).split(' '),
);

/** Whether a phrase names a medium: "the North’s official Korean Central News Agency", "state TV". */
export function namesMedium(tokens: readonly Token[]): boolean {
  return tokens.some((token) => isMediaWord(token.text));
}

/** Whether a name (a resolved source's) names a medium. */
export function nameOfMedium(name: string): boolean {
  return name.split(/\s+/).some(isMediaWord);
}

const isMediaWord = (word: string): boolean => MEDIA_WORDS.has(word.toLowerCase().replace(/[’']s$/, ''));
