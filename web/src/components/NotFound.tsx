import { Link } from 'react-router';
import { usePageTitle } from '../page-title.ts';

/** What an unknown key or address shows. */
export function NotFound({ what, name }: { what: string; name?: string }) {
  usePageTitle('Not found');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>
        There is no {what}
        {name ? (
          <>
            {' '}
            <code>{name}</code>
          </>
        ) : null}{' '}
        in the graph.
      </p>
      <p>
        <Link to="/">Search the graph</Link>
      </p>
    </section>
  );
}
