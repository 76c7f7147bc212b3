// Puts the number of Cypher statements a request ran into its response, as
// `extensions.cypherStatements`, so that tests and benchmarks can see that a nested request costs
// one statement per level (the N+1 guard), and that an answer served from the response cache costs
// none. Counting needs the request's database to be wrapped by countStatements
// (src/neo4j/query-counter.ts); the app does so only when this plugin is on.
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../../graphql/context.ts';
import { isCounting } from '../../neo4j/query-counter.ts';
import { servedFromResponseCache } from './response-cache.ts';

export function useStatementCount(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const { db } = args.contextValue;
          // A streamed result (a subscription) has no single response to annotate.
          if (!isCounting(db) || !('data' in result || 'errors' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cypherStatements: db.statements } });
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result) || !servedFromResponseCache(result)) return;
      setResult({ ...result, extensions: { ...result.extensions, cypherStatements: 0 } });
    },
  };
}
