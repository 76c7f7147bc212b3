// A chain of actors and claims, as the API's actorPath gives it: each step a card (an actor, or a
// claim as everywhere else), joined by what ties it to the one before, in words and read in the
// chain's order, whichever way the relationship is stored.
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { kindLabel } from '../kinds.ts';
import { ClaimCard } from './ClaimCard.tsx';
import './ActorChain.css';

export const ActorChainFragment = graphql(`
  fragment ActorChain_path on ActorPath {
    length
    nodes {
      __typename
      ... on Claim {
        key
        ...ClaimCard_claim
      }
      # Not ActorLink_actor: its kind (an ActorKind) would clash with the claim's kind in this union.
      ... on Actor {
        key
        name
        actorKind: kind
      }
    }
    links {
      type
      fromKey
      toKey
    }
  }
`);

/** What a relationship says read along its stored direction, and read against it. */
const TIE: Record<string, { along: string; against: string }> = {
  STATED: { along: 'stated', against: 'was stated by' },
  ABOUT: { along: 'is about', against: 'is spoken about in' },
  DISPUTES: { along: 'disputes', against: 'is disputed by' },
  SUPPORTS: { along: 'supports', against: 'is supported by' },
  ON_BEHALF_OF: { along: 'was made on behalf of', against: 'had this said on its behalf' },
  VIA: { along: 'reached the press through', against: 'carried' },
  AFFILIATED_WITH: { along: 'belongs to or speaks for', against: 'is represented by' },
};

function tieWords(link: { type: string; fromKey: string }, previousKey: string): string {
  const words = TIE[link.type] ?? { along: link.type.toLowerCase(), against: `${link.type.toLowerCase()} (reversed)` };
  return link.fromKey === previousKey ? words.along : words.against;
}

export function ActorChain(props: { path: FragmentType<typeof ActorChainFragment> }) {
  const path = getFragmentData(ActorChainFragment, props.path);
  return (
    <ol className="actor-chain">
      {path.nodes.map((node, index) => {
        const link = index > 0 ? path.links[index - 1] : undefined;
        const previous = path.nodes[index - 1];
        return (
          <li key={node.key} className={node.__typename === 'Claim' ? 'chain-claim' : 'chain-actor'}>
            {link && previous && (
              <p className="chain-tie">
                <span aria-hidden="true">↓ </span>
                {tieWords(link, previous.key)}
              </p>
            )}
            {node.__typename === 'Claim' ? (
              <ClaimCard claim={node} />
            ) : (
              <p className="chain-actor-card">
                <Link to={`/actors/${encodeURIComponent(node.key)}`} className="actor-link">
                  {node.name}
                </Link>{' '}
                <span className="chain-kind">{kindLabel(node.actorKind)}</span>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
