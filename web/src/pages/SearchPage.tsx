// The start page (`/`) and the search results (`/search?q=…`): the query lives in the URL, so a
// search is a link, and back and forward move between searches.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ActorLink } from '../components/ActorLink.tsx';
import { ClaimCard } from '../components/ClaimCard.tsx';
import { HighlightedText } from '../components/HighlightedText.tsx';
import { PublishedOn } from '../components/PublishedOn.tsx';
import { QueryState } from '../components/QueryState.tsx';
import type { SearchSection_ResultsFragment, StartPageQuery as StartPageData } from '../gql/graphql.ts';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { kindLabel } from '../kinds.ts';
import { usePageTitle } from '../page-title.ts';
import { excerptAround, searchTerms } from '../search-terms.ts';
import './SearchPage.css';

export function SearchPage() {
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  return text ? <SearchResults text={text} /> : <StartPage />;
}

// --- The start page ----------------------------------------------------------------------------

const StartPageQuery = graphql(`
  query StartPage {
    recentClaims: claims(orderBy: STATED_ON_DESC, first: 6) {
      totalCount
      edges {
        node {
          key
          ...ClaimCard_claim
        }
      }
    }
    mostQuoted: actors(orderBy: CLAIMS_MADE_DESC, first: 8) {
      edges {
        node {
          key
          ...ActorLink_actor
          claimsMade(first: 0) {
            totalCount
          }
        }
      }
    }
    articles(first: 0) {
      totalCount
    }
  }
`);

function StartPage() {
  usePageTitle(undefined);
  const { data, loading, error } = useQuery(StartPageQuery);
  return (
    <div className="start-page">
      <section className="start-intro" aria-labelledby="start-title">
        <h1 id="start-title">Who said what about whom</h1>
        <p>
          claimgraph is a knowledge graph of the news. Each claim is one thing someone said, as articles report it: who
          said it, for whom, about whom, when, and the exact words of every article that reports it. Claims that dispute
          or support each other are linked, so you can follow an argument from one side to the other.
        </p>
        {data && (
          <p className="start-stats">
            The graph holds {plural(data.recentClaims.totalCount, 'claim')} from{' '}
            {plural(data.articles.totalCount, 'article')}. Search for a person, a country or any word above.
          </p>
        )}
      </section>
      {data ? (
        <div className="start-columns">
          <section aria-labelledby="recent-title">
            <h2 id="recent-title">Recent claims</h2>
            {data.recentClaims.edges.map(({ node }) => (
              <ClaimCard key={node.key} claim={node} />
            ))}
          </section>
          <MostQuoted speakers={data.mostQuoted.edges.map(({ node }) => node)} />
        </div>
      ) : (
        <QueryState loading={loading} error={error} />
      )}
    </div>
  );
}

type Speaker = StartPageData['mostQuoted']['edges'][number]['node'];

function MostQuoted({ speakers }: { speakers: Speaker[] }) {
  const quoted = speakers.filter((speaker) => speaker.claimsMade.totalCount > 0);
  const most = quoted[0]?.claimsMade.totalCount ?? 1;
  return (
    <section aria-labelledby="quoted-title">
      <h2 id="quoted-title">Most-quoted speakers</h2>
      <ol className="speaker-ranking">
        {quoted.map((speaker) => (
          <li key={speaker.key}>
            <span className="speaker-name">
              <ActorLink actor={speaker} />
            </span>
            <span className="speaker-count">{plural(speaker.claimsMade.totalCount, 'claim')}</span>
            {/* The bar repeats the count for the eye; the number says it for everyone. */}
            <span
              className="speaker-bar"
              aria-hidden="true"
              style={{ width: `${(100 * speaker.claimsMade.totalCount) / most}%` }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

// --- Search results ----------------------------------------------------------------------------

const ActorResultFragment = graphql(`
  fragment ActorResult_actor on Actor {
    key
    name
    # Aliased: beside a claim's kind in the same search results, "kind" would have two types.
    actorKind: kind
    aliases
    description
  }
`);

const ArticleResultFragment = graphql(`
  fragment ArticleResult_article on Article {
    key
    title
    body
    publishedAt
    outlet {
      name
    }
  }
`);

const SearchSectionFragment = graphql(`
  fragment SearchSection_results on SearchConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        __typename
        ... on Claim {
          key
          ...ClaimCard_claim
        }
        ... on Actor {
          key
          ...ActorResult_actor
        }
        ... on Article {
          key
          ...ArticleResult_article
        }
      }
    }
  }
`);

// Each kind of result is searched on its own, so each section has its own ranking and count.
const SearchPageQuery = graphql(`
  query SearchPage($text: String!) {
    claims: search(text: $text, targets: [CLAIM], first: 10) {
      ...SearchSection_results
    }
    actors: search(text: $text, targets: [ACTOR], first: 10) {
      ...SearchSection_results
    }
    articles: search(text: $text, targets: [ARTICLE], first: 10) {
      ...SearchSection_results
    }
  }
`);

/** The next results of one section; the cache appends them to that section (relayStylePagination). */
const SearchMoreQuery = graphql(`
  query SearchMore($text: String!, $targets: [SearchTarget!]!, $after: String!) {
    search(text: $text, targets: $targets, first: 10, after: $after) {
      ...SearchSection_results
    }
  }
`);

const SECTIONS = [
  { target: 'CLAIM', field: 'claims', title: 'Claims', noun: 'claim' },
  { target: 'ACTOR', field: 'actors', title: 'Actors', noun: 'actor' },
  { target: 'ARTICLE', field: 'articles', title: 'Articles', noun: 'article' },
] as const;

function SearchResults({ text }: { text: string }) {
  usePageTitle(`Search: ${text}`);
  const { data, loading, error, fetchMore } = useQuery(SearchPageQuery, { variables: { text } });
  const terms = useMemo(() => searchTerms(text), [text]);
  if (!data) return <QueryState loading={loading} error={error} />;
  const sections = SECTIONS.map((section) => ({
    ...section,
    results: getFragmentData(SearchSectionFragment, data[section.field]),
  }));
  const found = sections.filter((section) => section.results.totalCount > 0);
  if (found.length === 0) return <NoResults text={text} />;
  return (
    <div className="search-results">
      <h1>Results for “{text}”</h1>
      <nav aria-label="Result kinds">
        <ul className="result-counts">
          {sections.map((section) => (
            <li key={section.target}>
              {section.results.totalCount > 0 ? (
                <a href={`#${section.field}-results`}>{plural(section.results.totalCount, section.noun)}</a>
              ) : (
                `no ${section.noun}s`
              )}
            </li>
          ))}
        </ul>
      </nav>
      {found.map((section) => (
        <ResultSection
          key={section.target}
          id={`${section.field}-results`}
          title={section.title}
          noun={section.noun}
          results={section.results}
          terms={terms}
          onShowMore={(after) =>
            fetchMore({ query: SearchMoreQuery, variables: { text, targets: [section.target], after } })
          }
        />
      ))}
    </div>
  );
}

function ResultSection(props: {
  id: string;
  title: string;
  noun: string;
  results: SearchSection_ResultsFragment;
  terms: readonly string[];
  onShowMore: (after: string) => Promise<unknown>;
}) {
  const { results, terms } = props;
  const [loadingMore, setLoadingMore] = useState(false);
  const [failure, setFailure] = useState<string>();
  const after = results.pageInfo.endCursor;
  return (
    <section className="result-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span className="count">({results.totalCount})</span>
      </h2>
      <ol className="result-list">
        {results.edges.map(({ node }) => (
          <li key={node.key}>
            {node.__typename === 'Claim' ? (
              <ClaimCard claim={node} highlight={terms} />
            ) : node.__typename === 'Article' ? (
              <ArticleResult article={node} terms={terms} />
            ) : (
              <ActorResult actor={node} terms={terms} />
            )}
          </li>
        ))}
      </ol>
      {results.pageInfo.hasNextPage && after && (
        <button
          type="button"
          className="secondary"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            setFailure(undefined);
            props
              .onShowMore(after)
              .catch((error: Error) => setFailure(error.message))
              .finally(() => setLoadingMore(false));
          }}
        >
          {loadingMore ? 'Loading…' : `Show more ${props.noun}s`}
        </button>
      )}
      {failure && (
        <p className="error" role="alert">
          Loading more failed: {failure}
        </p>
      )}
    </section>
  );
}

function ActorResult(props: { actor: FragmentType<typeof ActorResultFragment>; terms: readonly string[] }) {
  const actor = getFragmentData(ActorResultFragment, props.actor);
  const { terms } = props;
  // Only the aliases the search found it by: the others are on the actor's page.
  const matchedAliases = actor.aliases.filter((alias) => searchTerms(alias).some((word) => terms.includes(word)));
  return (
    <div className="result actor-result">
      <p className="result-title">
        <Link to={`/actors/${encodeURIComponent(actor.key)}`}>
          <HighlightedText text={actor.name} terms={terms} />
        </Link>{' '}
        <span className="result-kind">{kindLabel(actor.actorKind)}</span>
      </p>
      {matchedAliases.length > 0 && (
        <p className="result-aliases">
          Also called{' '}
          {matchedAliases.map((alias, index) => (
            <span key={alias}>
              {index > 0 && ', '}“<HighlightedText text={alias} terms={terms} />”
            </span>
          ))}
        </p>
      )}
      {actor.description && (
        <p className="result-excerpt">
          <HighlightedText text={actor.description} terms={terms} />
        </p>
      )}
    </div>
  );
}

function ArticleResult(props: { article: FragmentType<typeof ArticleResultFragment>; terms: readonly string[] }) {
  const article = getFragmentData(ArticleResultFragment, props.article);
  const { terms } = props;
  return (
    <div className="result article-result">
      <p className="result-title">
        <Link to={`/articles/${encodeURIComponent(article.key)}`}>
          <HighlightedText text={article.title} terms={terms} />
        </Link>
      </p>
      <p className="result-meta">
        {article.outlet && <>{article.outlet.name}, </>}
        <PublishedOn at={article.publishedAt} />
      </p>
      <p className="result-excerpt">
        <HighlightedText text={excerptAround(article.body, terms)} terms={terms} />
      </p>
    </div>
  );
}

function NoResults({ text }: { text: string }) {
  return (
    <section className="no-results" aria-labelledby="no-results-title">
      <h1 id="no-results-title">No results for “{text}”</h1>
      <p>No claim, actor or article in the graph contains these words. The search looks for whole words:</p>
      <ul>
        <li>a word matches in any case, but only as written: “rumor” does not find “rumors”;</li>
        <li>any of the words will do, so adding words finds more, not less;</li>
        <li>names work best: a speaker’s last name, a country, a place.</li>
      </ul>
      <p>
        Or start from the <Link to="/">recent claims and most-quoted speakers</Link>.
      </p>
    </section>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
