// The example questions in schema/examples/*.graphql, preloaded as GraphiQL tabs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/paths.ts';

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'schema/examples');

export interface Example {
  name: string;
  query: string;
  /** The variables the example runs with, from a leading `# variables: {...}` comment. */
  variables: Record<string, unknown>;
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      const variables = /^# variables: (.*)$/m.exec(query)?.[1];
      return { name: file.replace(/\.graphql$/, ''), query, variables: variables ? JSON.parse(variables) : {} };
    });
}

export function exampleTabs() {
  return loadExamples().map((example) => ({
    query: example.query,
    variables: JSON.stringify(example.variables, null, 2),
  }));
}
