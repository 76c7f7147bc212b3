// An actor: who they are, the claims they made and the claims about them (a tab each, filtered by
// kind, role and dates, newest first), a timeline of their dated claims and their network as a
// picture. The tab and the filters live in the URL; the page view is one request.
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActorLink } from '../components/ActorLink.tsx';
import { ClaimCard } from '../components/ClaimCard.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { Timeline } from '../components/Timeline.tsx';
import type { AboutRole, ClaimFilter, ClaimKind } from '../gql/graphql.ts';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { isNotFound } from '../graphql-errors.ts';
import { CLAIM_KINDS, kindLabel } from '../kinds.ts';
import { usePageTitle } from '../page-title.ts';
import './ActorPage.css';

// The picture's module brings cytoscape: fetched only once a page draws it.
const ActorNetwork = lazy(() =>
  import('../components/ActorNetwork.tsx').then((module) => ({ default: module.ActorNetwork })),
);

const CLAIMS_PAGE = 10;
const TIMELINE_PAGE = 50;

const ActorProfileFragment = graphql(`
  fragment ActorProfile_actor on Actor {
    name
    kind
    description
    aliases
    basedIn {
      name
    }
    affiliations {
      role
      actor {
        key
        ...ActorLink_actor
      }
    }
    affiliates {
      role
      actor {
        key
        ...ActorLink_actor
      }
    }
  }
`);

const ActorClaimsFragment = graphql(`
  fragment ActorClaims_claims on ClaimConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      role
      node {
        key
        ...ClaimCard_claim
      }
    }
  }
`);

// The counts label the tabs: claimsMade(first: 0) is also what the network reads for its circles.
const ActorPageQuery = graphql(`
  query ActorPage(
    $key: ID!
    $made: Boolean!
    $filter: ClaimFilter
    $role: AboutRole
    $first: Int!
    $timelineFirst: Int!
  ) {
    actor(key: $key) {
      id
      key
      name
      ...ActorProfile_actor
      madeCount: claimsMade(first: 0) {
        totalCount
      }
      aboutCount: claimsAbout(first: 0) {
        totalCount
      }
      claimsMade(first: $first, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {
        ...ActorClaims_claims
      }
      claimsAbout(first: $first, filter: $filter, role: $role, orderBy: STATED_ON_DESC) @skip(if: $made) {
        ...ActorClaims_claims
      }
    }
    timeline(actor: $key, first: $timelineFirst) {
      ...Timeline_claims
    }
    actorNetwork(actor: $key) {
      ...ActorNetwork_network
    }
  }
`);

// "Show more" fetches only the next page of the list shown; the cache appends it to the first.
const ActorClaimsMoreQuery = graphql(`
  query ActorClaimsMore(
    $key: ID!
    $made: Boolean!
    $filter: ClaimFilter
    $role: AboutRole
    $first: Int!
    $after: String!
  ) {
    actor(key: $key) {
      id
      claimsMade(first: $first, after: $after, filter: $filter, orderBy: STATED_ON_DESC) @include(if: $made) {
        ...ActorClaims_claims
      }
      claimsAbout(first: $first, after: $after, filter: $filter, role: $role, orderBy: STATED_ON_DESC)
        @skip(if: $made) {
        ...ActorClaims_claims
      }
    }
  }
`);

const ActorTimelineMoreQuery = graphql(`
  query ActorTimelineMore($key: ID!, $timelineFirst: Int!, $after: String!) {
    timeline(actor: $key, first: $timelineFirst, after: $after) {
      ...Timeline_claims
    }
  }
`);

const ROLES: readonly AboutRole[] = ['SUBJECT', 'TARGET', 'MENTIONED'];
const ROLE_PHRASE: Record<AboutRole, string> = {
  SUBJECT: 'is the subject',
  TARGET: 'is the target',
  MENTIONED: 'is mentioned',
};

type Tab = 'made' | 'about';

/** The tab and filters the URL asks for, checked: an unknown value counts as none. */
function readView(params: URLSearchParams) {
  const kind = params.get('kind') as ClaimKind | null;
  const role = params.get('role') as AboutRole | null;
  const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  return {
    tab: (params.get('tab') === 'about' ? 'about' : 'made') as Tab,
    kind: kind && CLAIM_KINDS.includes(kind) ? kind : null,
    role: role && ROLES.includes(role) ? role : null,
    from: isDate(params.get('from')),
    to: isDate(params.get('to')),
  };
}

type View = ReturnType<typeof readView>;

function viewParams(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.tab === 'about') params.set('tab', 'about');
  if (view.kind) params.set('kind', view.kind);
  if (view.tab === 'about' && view.role) params.set('role', view.role);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  return params;
}

/** The ClaimFilter of a view, null when it filters nothing (the same variables give the same cache entry). */
function claimFilter(view: View): ClaimFilter | null {
  const filter: ClaimFilter = {};
  if (view.kind) filter.kinds = [view.kind];
  if (view.from) filter.statedFrom = view.from;
  if (view.to) filter.statedTo = view.to;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function ActorPage() {
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  const view = readView(params);
  const listVariables = {
    key,
    made: view.tab === 'made',
    filter: claimFilter(view),
    role: view.tab === 'about' ? view.role : null,
    first: CLAIMS_PAGE,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(ActorPageQuery, {
    variables: { ...listVariables, timelineFirst: TIMELINE_PAGE },
  });
  // While another tab or filter loads, the rest of the page stays as it was.
  const shown = data ?? (previousData?.actor?.key === key ? previousData : undefined);
  // actorNetwork answers an unknown key with NOT_FOUND (so the whole answer is null), actor with null.
  const notFound = isNotFound(error) || shown?.actor === null;
  usePageTitle(notFound ? 'Not found' : shown?.actor?.name);
  if (notFound) return <NotFound what="actor" name={key} />;
  if (!shown?.actor) return <QueryState loading={loading} error={error} />;
  const { actor } = shown;
  const claims = data?.actor ? (view.tab === 'made' ? data.actor.claimsMade : data.actor.claimsAbout) : undefined;

  return (
    <article className="actor-page" aria-labelledby="actor-name">
      <div className="actor-main">
        <ActorProfile actor={actor} />
        <section className="actor-claims" aria-labelledby="claims-title">
          <h2 id="claims-title">Claims</h2>
          <nav className="claim-tabs" aria-label="Claims made or about them">
            <TabLink view={view} tab="made" label="Claims made" count={actor.madeCount.totalCount} />
            <TabLink view={view} tab="about" label="Claims about them" count={actor.aboutCount.totalCount} />
          </nav>
          <ClaimFilters view={view} />
          {claims ? (
            <ClaimList
              claims={claims}
              actorName={actor.name}
              none={
                view.tab === 'made'
                  ? `The graph holds no claims made by ${actor.name}.`
                  : `The graph holds no claims about ${actor.name}.`
              }
              filtered={listVariables.filter !== null || listVariables.role !== null}
              onLoadMore={(after) => fetchMore({ query: ActorClaimsMoreQuery, variables: { ...listVariables, after } })}
            />
          ) : (
            <QueryState loading={loading} error={error} />
          )}
        </section>
      </div>
      <div className="actor-side">
        <section className="actor-network-section" aria-labelledby="network-title">
          <h2 id="network-title">Network</h2>
          <Suspense fallback={<p className="loading">Drawing the network…</p>}>
            <ActorNetwork key={actor.key} network={shown.actorNetwork} actor={actor} />
          </Suspense>
        </section>
        <section className="actor-timeline" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <p className="section-note">
            Their dated claims and the dated claims about them, in the order they were said.
          </p>
          <Timeline
            claims={shown.timeline}
            onLoadMore={(after) =>
              fetchMore({ query: ActorTimelineMoreQuery, variables: { key, timelineFirst: TIMELINE_PAGE, after } })
            }
          />
        </section>
      </div>
    </article>
  );
}

function ActorProfile(props: { actor: FragmentType<typeof ActorProfileFragment> & { key: string } }) {
  const actor = getFragmentData(ActorProfileFragment, props.actor);
  return (
    <header className="actor-profile">
      <p className="actor-kind">{kindLabel(actor.kind)}</p>
      <h1 id="actor-name">{actor.name}</h1>
      {actor.description && <p className="actor-description">{actor.description}</p>}
      <dl className="actor-facts">
        {actor.aliases.length > 0 && (
          <div>
            <dt>Also called</dt>
            <dd>
              <ul className="inline-list">
                {actor.aliases.map((alias) => (
                  <li key={alias}>{alias}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.basedIn && (
          <div>
            <dt>Based in</dt>
            <dd>{actor.basedIn.name}</dd>
          </div>
        )}
        {actor.affiliations.length > 0 && (
          <div>
            <dt>Belongs to</dt>
            <dd>
              <ul className="inline-list">
                {actor.affiliations.map((tie) => (
                  <li key={tie.actor.key}>
                    {tie.role} of <ActorLink actor={tie.actor} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.affiliates.length > 0 && (
          <div>
            <dt>Affiliates</dt>
            <dd>
              <ul className="inline-list">
                {actor.affiliates.map((tie) => (
                  <li key={tie.actor.key}>
                    <ActorLink actor={tie.actor} /> ({tie.role})
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <p>
        <Link to={`/connect?from=${encodeURIComponent(props.actor.key)}`}>
          How is {actor.name} connected to another actor?
        </Link>
      </p>
    </header>
  );
}

function TabLink(props: { view: View; tab: Tab; label: string; count: number }) {
  const current = props.view.tab === props.tab;
  const params = viewParams({ ...props.view, tab: props.tab });
  return (
    <Link to={{ search: `${params}` }} aria-current={current ? 'page' : undefined}>
      {props.label} <span className="tab-count">{props.count}</span>
    </Link>
  );
}

/** The filters as a form: a select applies at once, dates when the form is sent. */
function ClaimFilters({ view }: { view: View }) {
  const [, setParams] = useSearchParams();
  const id = useId();
  const filtered = view.kind || view.from || view.to || (view.tab === 'about' && view.role);
  return (
    // Keyed by the view, so that back and forward show the URL's filters in the fields.
    <form
      key={viewParams(view).toString()}
      className="claim-filters"
      aria-label="Filter the claims"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const next = new URLSearchParams({ tab: view.tab });
        for (const name of ['kind', 'role', 'from', 'to']) {
          const value = form.get(name);
          if (typeof value === 'string' && value) next.set(name, value);
        }
        setParams(viewParams(readView(next)));
      }}
    >
      <div className="filter-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          name="kind"
          defaultValue={view.kind ?? ''}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
        >
          <option value="">All kinds</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      {view.tab === 'about' && (
        <div className="filter-field">
          <label htmlFor={`${id}-role`}>Their role</label>
          <select
            id={`${id}-role`}
            name="role"
            defaultValue={view.role ?? ''}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
          >
            <option value="">Any role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {kindLabel(role)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filter-field">
        <label htmlFor={`${id}-from`}>Said from</label>
        <input id={`${id}-from`} type="date" name="from" defaultValue={view.from ?? ''} />
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-to`}>to</label>
        <input id={`${id}-to`} type="date" name="to" defaultValue={view.to ?? ''} />
      </div>
      <button type="submit">Apply</button>
      {filtered && (
        <Link to={{ search: viewParams({ ...view, kind: null, role: null, from: null, to: null }).toString() }}>
          Clear filters
        </Link>
      )}
    </form>
  );
}

function ClaimList(props: {
  claims: FragmentType<typeof ActorClaimsFragment>;
  actorName: string;
  filtered: boolean;
  /** What an empty, unfiltered list says. */
  none: string;
  onLoadMore: (after: string) => Promise<unknown>;
}) {
  const claims = getFragmentData(ActorClaimsFragment, props.claims);
  const { endCursor } = claims.pageInfo;
  if (claims.edges.length === 0) {
    return <p className="empty">{props.filtered ? 'No claims match these filters.' : props.none}</p>;
  }
  return (
    <>
      <p className="claims-count">
        {claims.totalCount} {claims.totalCount === 1 ? 'claim' : 'claims'}
        {props.filtered ? ' match' : ''}, newest first
      </p>
      {claims.edges.map((edge) => (
        <ClaimCard key={edge.node.key} claim={edge.node}>
          {edge.role && (
            <p className="about-role">
              {props.actorName} {ROLE_PHRASE[edge.role]}
            </p>
          )}
        </ClaimCard>
      ))}
      {claims.pageInfo.hasNextPage && endCursor && (
        <LoadMore
          shown={claims.edges.length}
          total={claims.totalCount}
          what="claims"
          onLoadMore={() => props.onLoadMore(endCursor)}
        />
      )}
    </>
  );
}
