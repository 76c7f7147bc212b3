import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { ActorLink } from './ActorLink.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { KindBadge } from './KindBadge.tsx';
import { StatedOn } from './StatedOn.tsx';

export const ClaimCardFragment = graphql(`
  fragment ClaimCard_claim on Claim {
    key
    kind
    paraphrase
    quote
    speaker {
      ...ActorLink_actor
    }
    statedOn {
      ...StatedOn_date
    }
    provenance {
      origin
    }
  }
`);

/**
 * A claim in a list: who, what kind, the paraphrase (linking to the claim) and the quote; with
 * `highlight`, the search words in the paraphrase and the quote are marked.
 */
export function ClaimCard(props: {
  claim: FragmentType<typeof ClaimCardFragment>;
  highlight?: readonly string[];
  children?: React.ReactNode;
}) {
  const terms = props.highlight ?? [];
  const claim = getFragmentData(ClaimCardFragment, props.claim);
  return (
    <article className="claim-card">
      <header>
        <ActorLink actor={claim.speaker} /> <KindBadge kind={claim.kind} />
        {claim.provenance.origin === 'EXTRACTED' && <span className="machine-badge">machine-extracted</span>}
        {claim.statedOn && <StatedOn date={claim.statedOn} />}
      </header>
      <p className="paraphrase">
        <Link to={`/claims/${encodeURIComponent(claim.key)}`}>
          <HighlightedText text={claim.paraphrase} terms={terms} />
        </Link>
      </p>
      {claim.quote && (
        <blockquote>
          “<HighlightedText text={claim.quote} terms={terms} />”
        </blockquote>
      )}
      {props.children}
    </article>
  );
}
