// What a client sees of an error the schema did not throw on purpose: a database that cannot be
// reached becomes UNAVAILABLE with a message saying to try again; anything else unexpected is masked
// by Yoga as INTERNAL_SERVER_ERROR, never a stack trace. Errors thrown on purpose (BAD_USER_INPUT,
// NOT_FOUND, …) pass through unchanged.
import { GraphQLError } from 'graphql';
import { maskError, type YogaServerOptions } from 'graphql-yoga';
import { ERROR_CODES } from '../graphql/errors.ts';
import { isDatabaseUnavailable } from '../neo4j/driver.ts';

export const maskedErrors: YogaServerOptions<object, object>['maskedErrors'] = {
  maskError(error, message, isDev) {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (isDatabaseUnavailable(original)) {
      return new GraphQLError('The graph database is unavailable; try again shortly.', {
        extensions: { code: ERROR_CODES.unavailable },
      });
    }
    return maskError(error, message, isDev);
  },
};
