import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { ClaimCard } from './ClaimCard.tsx';
import './LinkedClaims.css';

export const LinkedClaimsFragment = graphql(`
  fragment LinkedClaims_connection on ClaimConnection {
    totalCount
    edges {
      rationale
      node {
        key
        ...ClaimCard_claim
      }
    }
  }
`);

/**
 * Claims that dispute or support a claim (or that it disputes or supports), each with the reason
 * it bears on the other; nothing when there are none.
 */
export function LinkedClaims(props: { id: string; title: string; claims: FragmentType<typeof LinkedClaimsFragment> }) {
  const claims = getFragmentData(LinkedClaimsFragment, props.claims);
  if (claims.totalCount === 0) return null;
  const headingId = `${props.id}-title`;
  return (
    <section className="linked-claims" id={props.id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title} <span className="count">({claims.totalCount})</span>
      </h2>
      {claims.edges.map(({ node, rationale }) => (
        <ClaimCard key={node.key} claim={node}>
          {rationale && (
            <p className="rationale">
              <span className="rationale-label">Why: </span>
              {rationale}
            </p>
          )}
        </ClaimCard>
      ))}
    </section>
  );
}
