import { useSyncExternalStore } from 'react';
import { isAvailable, subscribeToAvailability } from '../availability.ts';

/** Says so while the database is out; disappears by itself when it is back. */
export function AvailabilityBanner() {
  const available = useSyncExternalStore(subscribeToAvailability, isAvailable);
  if (available) return null;
  return (
    <div className="banner unavailable" role="alert">
      The graph database is not answering right now. This page will reload its data by itself as soon as it is back.
    </div>
  );
}
