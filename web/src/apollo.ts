// The explorer's Apollo Client: one normalised cache that knows the schema's interfaces and unions
// (possibleTypes generated from the SDL) and merges connection pages relay-style, as the API's
// Apollo test configures it. Queries go as automatic persisted queries by GET: the hash alone, which
// the server knows in advance for every document here (web/src/gql/persisted-documents.json), so a
// page view is one request that a browser or a CDN may cache.

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { DocumentNode } from 'graphql';
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
    })
      .concat(new PersistedQueryLink({ generateHash: persistedHash, useGETForHashedQueries: true }))
      // A document the server does not know yet is sent as the manifest prints it, so that it hashes
      // to the hash it was sent under.
      .concat(
        new HttpLink({
          uri: '/graphql',
          print: (document) => printExecutableGraphQLDocument(document as DocumentNode),
        }),
      ),
  });
  return client;
}

/**
 * The SHA-256 codegen computed from the document's manifest text: no hashing in the browser, where
 * crypto.subtle exists only on https:// and localhost.
 */
function persistedHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash)
    throw new Error(
      'A document without its persisted hash: write it with graphql() from ./gql and run npm run codegen',
    );
  return hash;
}
