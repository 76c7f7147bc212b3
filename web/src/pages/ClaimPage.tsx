import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ActorLink } from '../components/ActorLink.tsx';
import { EvidenceInSentence } from '../components/EvidenceInSentence.tsx';
import { KindBadge } from '../components/KindBadge.tsx';
import { LinkedClaims } from '../components/LinkedClaims.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { StatedOn } from '../components/StatedOn.tsx';
import type { AboutRole, ClaimPageQuery as ClaimPageData } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { isNotFound } from '../graphql-errors.ts';
import { usePageTitle } from '../page-title.ts';
import './ClaimPage.css';

// A claim has a handful of evidence passages and links; a page of 50 shows them all.
const ClaimPageQuery = graphql(`
  query ClaimPage($key: ID!) {
    claim(key: $key) {
      key
      kind
      paraphrase
      quote
      cue
      speaker {
        ...ActorLink_actor
      }
      onBehalfOf {
        ...ActorLink_actor
      }
      channel {
        ...ActorLink_actor
      }
      statedOn {
        text
        ...StatedOn_date
      }
      about {
        role
        actor {
          key
          ...ActorLink_actor
        }
      }
      locations {
        key
        name
      }
      events {
        key
        name
      }
      provenance {
        origin
        extractor
        extractorVersion
        confidence
      }
      evidence(first: 50) {
        totalCount
        edges {
          node {
            key
            ...EvidenceInSentence_evidence
          }
        }
      }
      disputes(first: 50) {
        totalCount
        ...LinkedClaims_connection
      }
      disputedBy(first: 50) {
        totalCount
        ...LinkedClaims_connection
      }
      supports(first: 50) {
        totalCount
        ...LinkedClaims_connection
      }
      supportedBy(first: 50) {
        totalCount
        ...LinkedClaims_connection
      }
    }
  }
`);

type Claim = NonNullable<ClaimPageData['claim']>;

const ROLE_LABEL: Record<AboutRole, string> = { SUBJECT: 'subject', TARGET: 'target', MENTIONED: 'mentioned' };

export function ClaimPage() {
  const { key = '' } = useParams();
  const { data, loading, error } = useQuery(ClaimPageQuery, { variables: { key } });
  usePageTitle(data?.claim?.paraphrase);
  if (isNotFound(error) || data?.claim === null) return <NotFound what="claim" name={key} />;
  if (!data?.claim) return <QueryState loading={loading} error={error} />;
  const claim = data.claim;
  return (
    <article className="claim-page" aria-labelledby="claim-title">
      <header className="claim-heading">
        <p className="claim-kind">
          <KindBadge kind={claim.kind} />
          {claim.provenance.origin === 'EXTRACTED' && <span className="machine-badge">machine-extracted</span>}
        </p>
        <h1 id="claim-title">{claim.paraphrase}</h1>
        {claim.quote && (
          <figure className="claim-quote">
            <blockquote>
              <p>“{claim.quote}”</p>
            </blockquote>
            <figcaption>
              — <ActorLink actor={claim.speaker} />
            </figcaption>
          </figure>
        )}
      </header>

      <ClaimFacts claim={claim} />

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">
          Evidence <span className="count">({claim.evidence.totalCount})</span>
        </h2>
        <p className="section-note">The words of the articles that report this claim.</p>
        {claim.evidence.edges.map(({ node }) => (
          <EvidenceInSentence key={node.key} evidence={node} />
        ))}
      </section>

      <LinkedClaims id="disputes" title="Claims it disputes" claims={claim.disputes} />
      <LinkedClaims id="disputed-by" title="Disputed by" claims={claim.disputedBy} />
      <LinkedClaims id="supports" title="Claims it supports" claims={claim.supports} />
      <LinkedClaims id="supported-by" title="Supported by" claims={claim.supportedBy} />
      {[claim.disputes, claim.disputedBy, claim.supports, claim.supportedBy].every((c) => c.totalCount === 0) && (
        <p className="section-note">No other claim in the graph disputes or supports this one.</p>
      )}
    </article>
  );
}

/** Who said it, for whom, through what, when, about whom and what, and how it got into the graph. */
function ClaimFacts({ claim }: { claim: Claim }) {
  const { provenance } = claim;
  return (
    <dl className="claim-facts">
      <dt>Speaker</dt>
      <dd>
        <ActorLink actor={claim.speaker} />
      </dd>
      {claim.onBehalfOf && (
        <>
          <dt>On behalf of</dt>
          <dd>
            <ActorLink actor={claim.onBehalfOf} />
          </dd>
        </>
      )}
      {claim.channel && (
        <>
          <dt>Channel</dt>
          <dd>
            <ActorLink actor={claim.channel} />
          </dd>
        </>
      )}
      {claim.cue && (
        <>
          <dt>Cue</dt>
          <dd>“{claim.cue}”</dd>
        </>
      )}
      <dt>Said</dt>
      <dd>
        {claim.statedOn ? (
          <>
            <StatedOn date={claim.statedOn} />
            {claim.statedOn.text && (
              <span className="stated-text"> — “{claim.statedOn.text}”, as the article puts it</span>
            )}
          </>
        ) : (
          'The articles do not say when.'
        )}
      </dd>
      {claim.about.length > 0 && (
        <>
          <dt>About</dt>
          <dd>
            <ul className="inline-list">
              {claim.about.map(({ actor, role }) => (
                <li key={`${actor.key}-${role}`}>
                  <ActorLink actor={actor} /> <span className="role">{ROLE_LABEL[role]}</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {claim.locations.length > 0 && (
        <>
          <dt>Places</dt>
          <dd>
            <ul className="inline-list">
              {claim.locations.map((location) => (
                <li key={location.key}>{location.name}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {claim.events.length > 0 && (
        <>
          <dt>Events</dt>
          <dd>
            <ul className="inline-list">
              {claim.events.map((event) => (
                <li key={event.key}>{event.name}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>Provenance</dt>
      <dd className="provenance">
        {provenance.origin === 'CURATED' ? (
          'Curated: put into the graph by people.'
        ) : (
          <>
            Machine-extracted by <code>{provenance.extractor}</code>
            {provenance.extractorVersion && (
              <>
                {' '}
                version <code>{provenance.extractorVersion}</code>
              </>
            )}
            {provenance.confidence != null && <>, confidence {Math.round(provenance.confidence * 100)}%</>}.
          </>
        )}
      </dd>
    </dl>
  );
}
