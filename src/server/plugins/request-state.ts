// Lets a request's objects die young. Pothos's scope-auth plugin keeps each request's scopes and
// grants in a WeakMap made once with the schema and keyed by the request's context, and that state
// holds the context, which reaches the whole request: its HTTP request, its loaders and their rows.
// V8's young-generation collector treats the values of such a long-lived WeakMap as live until a full
// collection, so every request that had ended before a scavenge was still copied and promoted by it:
// 9.6% of what the server allocated outlived the scavenge, which took 14–46 ms instead of 1–2
// (npm run bench:gc; docs/performance.md). Once an operation's result is complete its scopes are
// needed no more, so the entry is dropped then. A streamed result (@defer, @stream) still runs
// resolvers after the first part and keeps its entry until a full collection.
import { RequestCache } from '@pothos/plugin-scope-auth';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export function useRequestStateRelease(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result }) {
          if (!isAsyncIterable(result)) RequestCache.clearForContext(args.contextValue);
        },
      };
    },
  };
}
