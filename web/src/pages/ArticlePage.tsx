import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ActorLink } from '../components/ActorLink.tsx';
import { ClaimCard } from '../components/ClaimCard.tsx';
import { HighlightedBody, passageId } from '../components/HighlightedBody.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import type { ArticlePageQuery as ArticlePageData } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { isNotFound } from '../graphql-errors.ts';
import { usePageTitle } from '../page-title.ts';
import './ArticlePage.css';

// Passages come in one page of the API's largest size: articles report a few dozen claims at most.
const ArticlePageQuery = graphql(`
  query ArticlePage($key: ID!) {
    article(key: $key) {
      title
      publishedAt
      datelineText
      dateline {
        name
      }
      outlet {
        ...ActorLink_actor
      }
      sources
      body
      evidence(first: 100) {
        totalCount
        edges {
          node {
            key
            ...HighlightedBody_evidence
            claim {
              key
              ...ClaimCard_claim
            }
          }
        }
      }
    }
  }
`);

type Article = NonNullable<ArticlePageData['article']>;

export function ArticlePage() {
  const { key = '' } = useParams();
  const { data, loading, error } = useQuery(ArticlePageQuery, { variables: { key } });
  usePageTitle(data?.article?.title);
  if (isNotFound(error) || data?.article === null) return <NotFound what="article" name={key} />;
  if (!data?.article) return <QueryState loading={loading} error={error} />;
  const article = data.article;
  const passages = article.evidence.edges.map((edge) => edge.node);
  return (
    <article className="article-page" aria-labelledby="article-title">
      <h1 id="article-title">{article.title}</h1>
      <ArticleFacts article={article} />
      <section aria-labelledby="article-text-title">
        <h2 id="article-text-title" className="visually-hidden">
          Text
        </h2>
        {article.evidence.totalCount > passages.length && (
          <p className="article-note">
            The first {passages.length} of the {article.evidence.totalCount} passages that report claims are
            highlighted.
          </p>
        )}
        <HighlightedBody body={article.body} evidence={passages} />
      </section>
      <ReportedClaims passages={passages} />
    </article>
  );
}

function ArticleFacts({ article }: { article: Article }) {
  return (
    <dl className="article-facts">
      {article.outlet && (
        <div>
          <dt>Outlet</dt>
          <dd>
            <ActorLink actor={article.outlet} />
          </dd>
        </div>
      )}
      <div>
        <dt>Published</dt>
        <dd>
          <time dateTime={article.publishedAt}>{publishedAtText(article.publishedAt)}</time>
        </dd>
      </div>
      {article.datelineText && (
        <div>
          <dt>Dateline</dt>
          <dd>
            {article.datelineText}
            {article.dateline && article.dateline.name.toUpperCase() !== article.datelineText.toUpperCase() && (
              <> ({article.dateline.name})</>
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>{article.sources.length === 1 ? 'Source' : 'Sources'}</dt>
        <dd>
          <ul className="article-sources">
            {article.sources.map((source) => (
              <li key={source}>
                {/^https?:\/\//i.test(source) ? <a href={source}>{source}</a> : <code>{source}</code>}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

/** The page's date and time as the page gives it: no time zone, so none is applied. */
function publishedAtText(localDateTime: string): string {
  return new Date(`${localDateTime}Z`).toLocaleString('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
}

/** Each claim once, in the order the article first reports it, with links to its passages. */
function ReportedClaims({ passages }: { passages: Article['evidence']['edges'][number]['node'][] }) {
  const claims = new Map<string, { claim: (typeof passages)[number]['claim']; passageKeys: string[] }>();
  for (const passage of passages) {
    const entry = claims.get(passage.claim.key) ?? { claim: passage.claim, passageKeys: [] };
    entry.passageKeys.push(passage.key);
    claims.set(passage.claim.key, entry);
  }
  return (
    <section aria-labelledby="reported-claims-title">
      <h2 id="reported-claims-title">
        {claims.size === 1 ? 'The claim it reports' : `The ${claims.size} claims it reports`}
      </h2>
      {claims.size === 0 && <p>The graph holds no claim from this article.</p>}
      {[...claims.values()].map(({ claim, passageKeys }) => (
        <ClaimCard key={claim.key} claim={claim}>
          <p className="claim-passages">
            {passageKeys.map((passageKey, index) => (
              <Link key={passageKey} to={{ hash: `#${passageId(passageKey)}` }}>
                {passageKeys.length > 1 ? `Passage ${index + 1} in the text` : 'Show in the text'}
              </Link>
            ))}
          </p>
        </ClaimCard>
      ))}
    </section>
  );
}
