import { useState } from 'react';
import './LoadMore.css';

/**
 * "Show more" under a list that holds the first page of a connection: fetches the next page (the
 * cache appends it) and says how many remain.
 */
export function LoadMore(props: { shown: number; total: number; what: string; onLoadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const remaining = props.total - props.shown;
  if (remaining <= 0) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="secondary"
        disabled={loading}
        onClick={async () => {
          setLoading(true);
          setFailed(false);
          try {
            await props.onLoadMore();
          } catch {
            setFailed(true);
          } finally {
            setLoading(false);
          }
        }}
      >
        {loading ? 'Loading…' : `Show more ${props.what}`}
      </button>{' '}
      <span className="load-more-count" aria-live="polite">
        {failed ? 'That failed; try again.' : `${props.shown} of ${props.total} shown`}
      </span>
    </div>
  );
}
