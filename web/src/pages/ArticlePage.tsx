import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import { usePageTitle } from '../page-title.ts';

const ArticlePageQuery = graphql(`
  query ArticlePage($key: ID!) {
    article(key: $key) {
      key
      title
    }
  }
`);

export function ArticlePage() {
  const { key = '' } = useParams();
  const { data, loading, error } = useQuery(ArticlePageQuery, { variables: { key } });
  usePageTitle(data?.article?.title);
  if (!data) return <QueryState loading={loading} error={error} />;
  if (!data.article) return <NotFound what="article" name={key} />;
  return (
    <section>
      <h1>{data.article.title}</h1>
    </section>
  );
}
