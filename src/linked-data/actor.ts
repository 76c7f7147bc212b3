// An actor as a schema.org Person, Organization, GovernmentOrganization, NewsMediaOrganization or
// Country (and a PROV agent): its names, description, where it is based, and its ties to other
// actors as schema.org roles ("spokesman" of the White House).
import type { ActorKind } from '../model/vocabulary.ts';
import {
  ACTOR_SUMMARY,
  type ActorSummary,
  actorReference,
  actorTypes,
  type JsonLdNode,
  known,
  PLACE_SUMMARY,
  type PlaceSummary,
  pageUrl,
  place,
} from './nodes.ts';

export const ACTOR_DOCUMENT = `
  query ActorLinkedData($key: ID!) {
    actor(key: $key) {
      key
      name
      kind
      aliases
      description
      basedIn {
        ...PlaceSummary
      }
      affiliations {
        role
        actor {
          ...ActorSummary
        }
      }
      affiliates {
        role
        actor {
          ...ActorSummary
        }
      }
    }
  }
  ${ACTOR_SUMMARY}
  ${PLACE_SUMMARY}
`;

interface Tie {
  role: string;
  actor: ActorSummary;
}

export interface ActorData {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  basedIn: PlaceSummary | null;
  affiliations: Tie[];
  affiliates: Tie[];
}

export function actorNode(origin: string, actor: ActorData): JsonLdNode {
  // schema.org's Role pattern: the role sits between the two, under the property it qualifies.
  const role = (property: 'memberOf' | 'member') => (tie: Tie) => ({
    '@type': 'OrganizationRole',
    roleName: tie.role,
    [property]: actorReference(origin, tie.actor),
  });
  return known({
    '@id': pageUrl(origin, 'actors', actor.key),
    '@type': actorTypes(actor.kind),
    identifier: actor.key,
    url: pageUrl(origin, 'actors', actor.key),
    name: actor.name,
    alternateName: actor.aliases,
    description: actor.description,
    location: actor.basedIn && place(actor.basedIn),
    memberOf: actor.affiliations.map(role('memberOf')),
    member: actor.affiliates.map(role('member')),
  });
}
