// Refuses documents past the request limits at validation, before anything runs: nesting depth
// (fragments flattened), aliases, lexical tokens and directives, through graphql-armor; and, unless
// field suggestions are on, the "Did you mean …" hints that would reveal the schema. The limits
// come from src/server/limits.ts. The cost limit is not armor's: it is the schema's own (the Pothos
// complexity plugin), which multiplies what a connection selects by its page size.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../limits.ts';

export function useDocumentLimits(limits: RequestLimits): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
    costLimit: { enabled: false },
  }) as Plugin;
}
