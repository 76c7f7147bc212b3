// `npm run schema`: prints the Pothos schema to schema/schema.graphql, the committed SDL.
// test/api-errors.test.ts fails when the committed file drifts from the code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { schema } from '../src/graphql/schema.ts';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'schema/schema.graphql');
export const printedSchema = () => `${printSchema(schema)}\n`;

if (process.argv[1] === import.meta.filename) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
