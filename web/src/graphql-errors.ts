// What a page can tell from a failed request: a field that takes an actor's key (actorNetwork,
// actorPath) answers an unknown key with a NOT_FOUND error, where `actor(key:)` would answer null.
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** True when the API said a key it was given names nothing in the graph. */
export function isNotFound(error: ErrorLike | undefined): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
}
