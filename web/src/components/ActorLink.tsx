import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { kindLabel } from '../kinds.ts';

export const ActorLinkFragment = graphql(`
  fragment ActorLink_actor on Actor {
    key
    name
    kind
  }
`);

/** An actor's name linking to its page, with its kind for screen readers and on hover. */
export function ActorLink(props: { actor: FragmentType<typeof ActorLinkFragment> }) {
  const actor = getFragmentData(ActorLinkFragment, props.actor);
  return (
    <Link to={`/actors/${encodeURIComponent(actor.key)}`} className="actor-link" title={kindLabel(actor.kind)}>
      {actor.name}
    </Link>
  );
}
