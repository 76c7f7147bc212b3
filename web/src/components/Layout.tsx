import { useState } from 'react';
import { Link, NavLink, Outlet, useNavigate, useSearchParams } from 'react-router';
import { AvailabilityBanner } from './AvailabilityBanner.tsx';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          claimgraph
        </Link>
        <SearchBox />
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
  const searched = params.get('q') ?? '';
  const [text, setText] = useState(searched);
  // Back and forward show the search they return to; the box keeps its focus through a search.
  const [shownSearch, setShownSearch] = useState(searched);
  if (shownSearch !== searched) {
    setShownSearch(searched);
    setText(searched);
  }
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
