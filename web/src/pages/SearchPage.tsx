import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ClaimCard } from '../components/ClaimCard.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import { usePageTitle } from '../page-title.ts';

const SearchPageQuery = graphql(`
  query SearchPage($text: String!) {
    search(text: $text, first: 20) {
      totalCount
      edges {
        node {
          __typename
          ... on Claim {
            key
            ...ClaimCard_claim
          }
        }
      }
    }
  }
`);

export function SearchPage() {
  const [params] = useSearchParams();
  const text = params.get('q') ?? '';
  usePageTitle(text ? `Search: ${text}` : undefined);
  const { data, loading, error } = useQuery(SearchPageQuery, { variables: { text }, skip: !text });
  if (!text) return <h1>Who said what about whom</h1>;
  if (!data) return <QueryState loading={loading} error={error} />;
  return (
    <section>
      <h1>Results for “{text}”</h1>
      {data.search.edges.map(({ node }) =>
        node.__typename === 'Claim' ? <ClaimCard key={node.key} claim={node} /> : null,
      )}
    </section>
  );
}
