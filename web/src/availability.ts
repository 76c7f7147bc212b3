// Whether the API can answer. A request that fails for want of the database (an UNAVAILABLE error,
// a 503, no connection) marks it unavailable; from then on /ready is polled, and when it answers
// again the active queries are fetched anew, so the page recovers without a reload.
import type { ApolloClient, ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

type Listener = () => void;

const POLL_MS = 2_000;

let available = true;
let poller: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<Listener>();

function setAvailable(value: boolean) {
  if (available === value) return;
  available = value;
  for (const listener of listeners) listener();
}

export function subscribeToAvailability(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isAvailable(): boolean {
  return available;
}

/** True when the error says the database (not the request) is at fault. */
export function isOutage(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAVAILABLE');
  if (ServerError.is(error)) return error.statusCode === 503 || error.statusCode >= 502;
  // fetch's own failure: the server is not there at all.
  return error instanceof TypeError;
}

export function reportOutage(client: ApolloClient) {
  setAvailable(false);
  if (poller) return;
  poller = setInterval(async () => {
    const ready = await fetch('/ready', { cache: 'no-store' }).then(
      // Read to the end: a body left unread is cancelled, which the browser reports as a failed request.
      async (response) => {
        await response.text();
        return response.ok;
      },
      () => false,
    );
    if (!ready) return;
    clearInterval(poller);
    poller = undefined;
    setAvailable(true);
    await client.refetchQueries({ include: 'active' });
  }, POLL_MS);
}
