// The explorer's Apollo Client: one normalised cache that knows the schema's interfaces and unions
// (possibleTypes generated from the SDL) and merges connection pages relay-style, as the API's
// Apollo test configures it.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { isOutage, reportOutage } from './availability.ts';
import possibleTypes from './gql/possible-types.ts';

export function createExplorerClient(): ApolloClient {
  const cache = new InMemoryCache({
    possibleTypes: possibleTypes.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          claims: relayStylePagination(['filter', 'orderBy']),
          search: relayStylePagination(['text', 'targets']),
          timeline: relayStylePagination(['actor', 'from', 'to']),
        },
      },
      // Inherited by Person, Country… through possibleTypes.
      Actor: {
        fields: {
          claimsMade: relayStylePagination(['filter', 'orderBy']),
          claimsAbout: relayStylePagination(['filter', 'orderBy', 'role']),
        },
      },
    },
  });
  const client: ApolloClient = new ApolloClient({
    cache,
    link: new ErrorLink(({ error }) => {
      if (isOutage(error)) reportOutage(client);
    }).concat(new HttpLink({ uri: '/graphql' })),
  });
  return client;
}
