import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql/index.ts';
import { KIND_COLOR } from '../kinds.ts';
import { ActorLink } from './ActorLink.tsx';
import { KindBadge } from './KindBadge.tsx';
import { LoadMore } from './LoadMore.tsx';
import { StatedOn } from './StatedOn.tsx';
import './Timeline.css';

export const TimelineFragment = graphql(`
  fragment Timeline_claims on ClaimConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        kind
        paraphrase
        speaker {
          ...ActorLink_actor
        }
        statedOn {
          date
          precision
          ...StatedOn_date
        }
      }
    }
  }
`);

const MONTH = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * Dated claims in the order they were said, grouped by month (or by year, for a claim the article
 * dates only to its year), as a list with a strip of kind-coloured marks beside it. Each period is
 * an h3: the timeline sits under its section's h2.
 */
export function Timeline(props: {
  claims: FragmentType<typeof TimelineFragment>;
  onLoadMore: (after: string) => Promise<unknown>;
}) {
  const claims = getFragmentData(TimelineFragment, props.claims);
  const nodes = claims.edges.map((edge) => edge.node);
  if (nodes.length === 0) return <p className="empty">No dated claims.</p>;
  const groups: { label: string; claims: typeof nodes }[] = [];
  for (const claim of nodes) {
    // Every timeline claim is dated; statedOn is nullable only in the schema's general Claim type.
    const statedOn = claim.statedOn!;
    const label =
      statedOn.precision === 'YEAR' ? statedOn.date.slice(0, 4) : MONTH.format(new Date(`${statedOn.date}T00:00:00Z`));
    const last = groups.at(-1);
    if (last?.label === label) last.claims.push(claim);
    else groups.push({ label, claims: [claim] });
  }
  const { endCursor } = claims.pageInfo;
  return (
    <>
      <ol className="timeline">
        {groups.map((group) => (
          <li key={group.label}>
            <h3 className="timeline-period">{group.label}</h3>
            <ol>
              {group.claims.map((claim) => (
                <li key={claim.key} className="timeline-claim">
                  <span className="timeline-mark" style={{ background: KIND_COLOR[claim.kind] }} aria-hidden="true" />
                  <div className="timeline-meta">
                    <StatedOn date={claim.statedOn!} /> <KindBadge kind={claim.kind} />{' '}
                    <ActorLink actor={claim.speaker} />
                  </div>
                  <Link to={`/claims/${encodeURIComponent(claim.key)}`}>{claim.paraphrase}</Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {claims.pageInfo.hasNextPage && endCursor && (
        <LoadMore
          shown={nodes.length}
          total={claims.totalCount}
          what="dated claims"
          onLoadMore={() => props.onLoadMore(endCursor)}
        />
      )}
    </>
  );
}
