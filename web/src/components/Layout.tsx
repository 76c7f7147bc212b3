import { useState } from 'react';
import { Link, NavLink, Outlet, useNavigate, useSearchParams } from 'react-router';
import { AvailabilityBanner } from './AvailabilityBanner.tsx';

export function Layout() {
  const [params] = useSearchParams();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          claimgraph
        </Link>
        {/* Keyed by the search in the URL, so back and forward show the search they return to. */}
        <SearchBox key={params.get('q') ?? ''} />
        <nav aria-label="Main">
          <NavLink to="/connect">Connect</NavLink>
          {/* A plain link: GraphiQL is served by the API, not by this app. */}
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <AvailabilityBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function SearchBox() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [text, setText] = useState(params.get('q') ?? '');
  return (
    <search className="search-box">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const q = text.trim();
          navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/');
        }}
      >
        <label htmlFor="site-search" className="visually-hidden">
          Search claims, actors and articles
        </label>
        <input
          id="site-search"
          type="search"
          placeholder="Search claims, actors, articles"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
