// Every measuring script ends the same way: its figures as a table and as JSON, on stdout and in
// .bench/ (ignored by git).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/common/paths.ts';

/** Prints `results` as one JSON line and saves them, indented, as .bench/<file>. */
export function saveResults(file: string, results: unknown): void {
  const dir = join(PROJECT_ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results));
}

/** A figure for a table: `-` where there is none. */
export const fmt = (n: number | null | undefined, digits = 1) =>
  n !== null && n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '-';

/**
 * A ratio of two paths' figures; null where either path could not answer. Not rounded: the targets
 * are checked on it (1.254 is not ≤ 1.25), and the table prints it to two places.
 */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === undefined || a === null || b === undefined || b === null ? null : a / b;
}
