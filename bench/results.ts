// Every measuring script ends the same way: its figures as JSON, on stdout and in .bench/ (ignored by git).
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
