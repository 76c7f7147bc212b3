// How two actors are connected: two pickers (their keys live in the URL) and the shortest chain of
// claims and actors between them, drawn as a chain and linked step by step. With both keys in the
// URL the page view is one request; the pickers ask for matches only while someone types.
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ActorChain } from '../components/ActorChain.tsx';
import { ActorPicker, type ChosenActor } from '../components/ActorPicker.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import { isNotFound } from '../graphql-errors.ts';
import { usePageTitle } from '../page-title.ts';
import './ConnectPage.css';

const ConnectPageQuery = graphql(`
  query ConnectPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {
    from: actor(key: $from) @include(if: $hasFrom) {
      key
      name
    }
    to: actor(key: $to) @include(if: $hasTo) {
      key
      name
    }
    actorPath(from: $from, to: $to) @include(if: $both) {
      length
      nodes {
        __typename
      }
      ...ActorChain_path
    }
  }
`);

export function ConnectPage() {
  const [params, setParams] = useSearchParams();
  const fromKey = params.get('from') ?? '';
  const toKey = params.get('to') ?? '';
  const both = Boolean(fromKey && toKey);
  // errorPolicy 'all': an unknown key fails actorPath, yet the other actor's name still shows.
  const { data, previousData, loading, error } = useQuery(ConnectPageQuery, {
    variables: { from: fromKey, to: toKey, hasFrom: Boolean(fromKey), hasTo: Boolean(toKey), both },
    skip: !fromKey && !toKey,
    errorPolicy: 'all',
  });
  // While a new choice loads, an actor already shown keeps its name in its field.
  const known = (key: string) =>
    [data?.from, data?.to, previousData?.from, previousData?.to].find((actor) => actor && actor.key === key) ?? null;
  const from = fromKey ? known(fromKey) : null;
  const to = toKey ? known(toKey) : null;
  usePageTitle(from && to ? `Connect ${from.name} and ${to.name}` : 'Connect two actors');

  const choose = (end: 'from' | 'to') => (actor: ChosenActor) => {
    const next = new URLSearchParams(params);
    next.set(end, actor.key);
    setParams(next);
  };
  const unknown = [fromKey && data && !data.from ? fromKey : null, toKey && data && !data.to ? toKey : null].filter(
    (key): key is string => key !== null,
  );

  return (
    <section className="connect-page" aria-labelledby="connect-title">
      <h1 id="connect-title">Connect two actors</h1>
      <p className="connect-intro">
        Choose two actors to see the shortest chain of claims and actors that links them: who spoke about whom, who
        disputed what, who speaks for whom.
      </p>
      <search className="connect-pickers" aria-label="The two actors">
        <ActorPicker label="From" chosen={from} onChoose={choose('from')} />
        <ActorPicker label="To" chosen={to} onChoose={choose('to')} />
      </search>
      {unknown.map((key) => (
        <p key={key} className="connect-unknown" role="alert">
          There is no actor <code>{key}</code> in the graph.
        </p>
      ))}
      {both && unknown.length === 0 && (
        <section className="connect-result" aria-labelledby="chain-title" aria-busy={loading}>
          <h2 id="chain-title">How they are connected</h2>
          {!data || (error && !isNotFound(error)) ? (
            <QueryState loading={loading} error={error} />
          ) : from && to && data.actorPath ? (
            <>
              <p className="chain-summary">{chainSummary(from.name, to.name, data.actorPath)}</p>
              <ActorChain path={data.actorPath} />
            </>
          ) : (
            from &&
            to && (
              <p className="chain-summary">
                No chain of claims and actors links {from.name} and {to.name} in the graph.
              </p>
            )
          )}
        </section>
      )}
    </section>
  );
}

function chainSummary(from: string, to: string, path: { length: number; nodes: { __typename?: string }[] }): string {
  if (path.length === 0) return `${from} is the actor you started from: choose another.`;
  const claims = path.nodes.filter((node) => node.__typename === 'Claim').length;
  const between = path.nodes.length - 2 - claims;
  const parts = [
    claims > 0 ? `${claims} ${claims === 1 ? 'claim' : 'claims'}` : null,
    between > 0 ? `${between} other ${between === 1 ? 'actor' : 'actors'}` : null,
  ].filter(Boolean);
  const through = parts.length > 0 ? ` through ${parts.join(' and ')}` : ' directly';
  return `${from} and ${to} are ${path.length} ${path.length === 1 ? 'step' : 'steps'} apart${through}:`;
}
