import type { ErrorLike } from '@apollo/client';
import { isOutage } from '../availability.ts';

/** The loading and error states every page shares (the outage itself is the banner's to show). */
export function QueryState({ loading, error }: { loading: boolean; error?: ErrorLike | undefined }) {
  if (error && !isOutage(error)) {
    return (
      <p className="error" role="alert">
        The request failed: {error.message}
      </p>
    );
  }
  if (loading || error) {
    return (
      <p className="loading" aria-live="polite">
        Loading…
      </p>
    );
  }
  return null;
}
