import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ClaimCard } from '../components/ClaimCard.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import { usePageTitle } from '../page-title.ts';

const ClaimPageQuery = graphql(`
  query ClaimPage($key: ID!) {
    claim(key: $key) {
      key
      paraphrase
      ...ClaimCard_claim
    }
  }
`);

export function ClaimPage() {
  const { key = '' } = useParams();
  const { data, loading, error } = useQuery(ClaimPageQuery, { variables: { key } });
  usePageTitle(data?.claim?.paraphrase);
  if (!data) return <QueryState loading={loading} error={error} />;
  if (!data.claim) return <NotFound what="claim" name={key} />;
  return (
    <section aria-labelledby="claim-title">
      <h1 id="claim-title">Claim</h1>
      <ClaimCard claim={data.claim} />
    </section>
  );
}
