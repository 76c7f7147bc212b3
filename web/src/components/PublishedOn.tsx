/** The day an article was published; its date line is local time, shown as given. */
export function PublishedOn({ at }: { at: string }) {
  const shown = new Date(`${at.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <time className="published-on" dateTime={at.slice(0, 10)}>
      {shown}
    </time>
  );
}
