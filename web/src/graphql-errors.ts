// What a page can tell from a failed request: a field that takes an actor's key (actorNetwork,
// actorPath) answers an unknown key with a NOT_FOUND error, where `actor(key:)` would answer null;
// a key in the address that is no key at all (neither "sergey-lavrov" nor a global ID) is a
// BAD_USER_INPUT naming the argument. To a reader, both mean there is no such page.
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The arguments through which a page passes the keys of its address. */
const KEY_ARGUMENTS = new Set(['key', 'actor', 'from', 'to']);

/** True when the API said a key it was given names nothing in the graph, or cannot name anything. */
export function isNotFound(error: ErrorLike | undefined): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) =>
        e.extensions?.code === 'NOT_FOUND' ||
        (e.extensions?.code === 'BAD_USER_INPUT' && KEY_ARGUMENTS.has(String(e.extensions.argument))),
    )
  );
}
