import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import { usePageTitle } from '../page-title.ts';

const ActorPageQuery = graphql(`
  query ActorPage($key: ID!) {
    actor(key: $key) {
      key
      name
    }
  }
`);

export function ActorPage() {
  const { key = '' } = useParams();
  const { data, loading, error } = useQuery(ActorPageQuery, { variables: { key } });
  usePageTitle(data?.actor?.name);
  if (!data) return <QueryState loading={loading} error={error} />;
  if (!data.actor) return <NotFound what="actor" name={key} />;
  return (
    <section>
      <h1>{data.actor.name}</h1>
    </section>
  );
}
